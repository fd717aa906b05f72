// npm run screenshots: PNGs of every page type of the built site (dist/) at 1440 and 390 px, in the
// light and dark schemes, into screenshots/, for review. Picks representative documents and the
// largest report from the built pages themselves.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './serve/static-server.ts';
import { envValue } from '../src/lib/config/env-vars.ts';

const root = envValue(process.env, 'WENYUAN_OUT_DIR')!;
const outDir = 'screenshots';
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const MAX_HEIGHT = 2600;

function pickDocs(): { reading?: string; hantOriginal?: string; compilation?: string } {
  const dir = join(root, 'zh-hans');
  const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'index.html'))).sort();
  const html = (s: string) => readFileSync(join(dir, s, 'index.html'), 'utf8');
  return {
    reading: slugs.find((s) => html(s).includes('run-in-group')) ?? slugs[0],
    hantOriginal: slugs.find((s) => /原文字体<\/dt><dd[^>]*>繁體/.test(html(s))),
    // A compilation: its article list, or its type 汇编 (its body may list the articles itself).
    compilation: slugs.find((s) => html(s).includes('class="articles"')) ?? slugs.find((s) => /<dt>文种<\/dt><dd>(<a[^>]*>)?汇编</.test(html(s))),
  };
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`screenshots: ${root}/index.html is missing; run npm run build first`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const docs = pickDocs();
const reports = readdirSync(join(root, 'report')).filter((d) => existsSync(join(root, 'report', d, 'report.json')));
const largestReport = reports.sort((a, b) => statSync(join(root, 'report', b, 'report.json')).size - statSync(join(root, 'report', a, 'report.json')).size)[0];
// Its longest list (the most pages).
const pagesOf = (d: string) => readdirSync(join(root, 'report', largestReport!, d)).length;
const firstList = largestReport && readdirSync(join(root, 'report', largestReport)).filter((d) => existsSync(join(root, 'report', largestReport, d, 'index.html'))).sort((a, b) => pagesOf(b) - pagesOf(a))[0];
const firstYear = readdirSync(join(root, 'zh-hans/browse/year')).find((d) => /^\d{4}$/.test(d));
const pages: [string, string][] = [
  ['home', ''],
  ['home-hant', 'zh-hant/'],
  ['browse-index', 'zh-hans/browse/'],
  ['browse-newest', 'zh-hans/browse/newest/'],
  ['browse-issuer', 'zh-hans/browse/issuer/'],
  ...(firstYear ? [['browse-group', `zh-hans/browse/year/${firstYear}/`] as [string, string]] : []),
  ...(largestReport ? [['report', `report/${largestReport}/`] as [string, string]] : []),
  ...(firstList ? [['report-list', `report/${largestReport}/${firstList}/`] as [string, string]] : []),
  ['report-links', 'report/links/'],
  ['not-found', 'no-such-page/'],
];
if (docs.reading) {
  pages.push(['doc-hans', `zh-hans/${docs.reading}/`], ['doc-hant', `zh-hant/${docs.reading}/`], ['compare', `compare/${docs.reading}/`]);
  pages.push(['doc-hans-anchor', `zh-hans/${docs.reading}/#s2`]);
}
if (docs.hantOriginal) pages.push(['doc-hant-original', `zh-hant/${docs.hantOriginal}/`]);
if (docs.compilation) pages.push(['compilation', `zh-hans/${docs.compilation}/`]);

const server = await startServer({ root, port: 0, base: envValue(process.env, 'WENYUAN_BASE')! });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, isMobile: device === 'phone', hasTouch: device === 'phone' });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = join(outDir, `${name}-${device}${scheme === 'dark' ? '-dark' : ''}.png`);
        const anchored = path.includes('#');
        await page.screenshot({ path: file, fullPage: !anchored, clip: anchored ? undefined : { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) } });
        console.log(file);
      }
      // The search dialog with results and filters.
      await page.goto(`${server.url}zh-hans/${docs.reading ?? ''}`);
      await page.locator('.wy-search-open').first().click();
      await page.locator('#wy-search-input').fill('改革');
      await page.waitForTimeout(1500);
      const file = join(outDir, `search-${device}${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
  // Print stylesheet: a reading page as it prints (links written out, no navigation).
  if (docs.reading) {
    const page = await browser.newPage({ viewport: viewports.desktop });
    await page.goto(`${server.url}zh-hans/${docs.reading}/`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.screenshot({ path: join(outDir, 'doc-hans-print.png') });
    console.log(join(outDir, 'doc-hans-print.png'));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
