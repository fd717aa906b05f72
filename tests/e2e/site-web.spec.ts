// The public-web layer on the fixture site built under a base path with an origin (global-setup):
// sitemap, robots, favicon, feeds, canonical/hreflang/OpenGraph, JSON-LD, downloads, the 效力
// banner and search filter, and the offline package. Expected values come from the site's own
// data (status table, frontmatter), never from answers written for one file.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveBaseSite } from './lib/base-server.ts';
import { parseStatusTable } from '../../src/lib/status/table.ts';
import { BASE, OUT, SITE } from './lib/base-build.ts';
import { unzipTo } from './lib/unzip.ts';
import { searchFor, settled, slugs } from './search-helpers.ts';

const server = serveBaseSite();
const statusRows = () => [...parseStatusTable(readFileSync('tests/fixtures/site/status.tsv', 'utf8'), 'status.tsv').values()];

/** Parses XML in the browser; returns the root element's name and an error if any. */
async function parseXml(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  const text = await res.text();
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    const err = doc.querySelector('parsererror');
    return { root: doc.documentElement.localName, error: err?.textContent ?? null, locs: [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? ''), links: [...doc.getElementsByTagName('link')].map((l) => l.getAttribute('href') ?? ''), entries: doc.getElementsByTagName('entry').length, alternates: doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link').length };
  }, text);
}

test('sitemap, robots.txt and favicon', async ({ page }) => {
  await page.goto(server.url);
  const map = await parseXml(page, `${server.url}sitemap.xml`);
  expect(map.error).toBeNull();
  expect(map.root).toBe('urlset');
  const docs = slugs(OUT);
  // root + two homes + two reading pages and a compare page per document
  expect(map.locs).toHaveLength(3 + docs.length * 3);
  for (const loc of map.locs) expect(loc.startsWith(`${SITE}${BASE}`)).toBe(true);
  expect(map.alternates).toBe((2 + docs.length * 2) * 3);
  // every URL in it is a page of the site
  for (const loc of map.locs) expect((await page.request.get(loc.replace(`${SITE}${BASE}`, server.url))).status(), loc).toBe(200);
  const robots = await (await page.request.get(`${server.url}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  const icon = await page.request.get(`${server.url}favicon.svg`);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  const iconHref = await page.locator('link[rel="icon"]').evaluate((l) => (l as HTMLLinkElement).href);
  expect(iconHref).toBe(`${server.url}favicon.svg`);
});

test('Atom feeds in both scripts, linked from the home pages', async ({ page }) => {
  for (const lang of ['zh-hans', 'zh-hant']) {
    await page.goto(`${server.url}${lang}/`);
    const head = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    expect(await head.evaluate((l) => (l as HTMLLinkElement).href)).toBe(`${server.url}${lang}/feed.xml`);
    await page.locator('.feed-link a').click();
    const feed = await parseXml(page, `${server.url}${lang}/feed.xml`);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('feed');
    expect(feed.entries).toBeGreaterThan(0);
    for (const href of feed.links.filter((h) => !h.endsWith('feed.xml'))) {
      expect(href.startsWith(`${SITE}${BASE}${lang}/`)).toBe(true);
      expect((await page.request.get(href.replace(`${SITE}${BASE}`, server.url))).status(), href).toBe(200);
    }
  }
});

test('reading pages: canonical, hreflang, OpenGraph and JSON-LD', async ({ page }) => {
  const slug = slugs(OUT)[0]!;
  for (const [lang, code] of [['zh-hans', 'zh-Hans'], ['zh-hant', 'zh-Hant']] as const) {
    await page.goto(`${server.url}${lang}/${slug}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${BASE}${lang}/${slug}/`);
    await expect(page.locator('link[hreflang="zh-Hans"]').first()).toHaveAttribute('href', `${SITE}${BASE}zh-hans/${slug}/`);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute('href', `${SITE}${BASE}zh-hant/${slug}/`);
    await expect(page.locator('link[hreflang="x-default"]')).toHaveCount(1);
    const title = (await page.locator('h1').textContent())!;
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(title));
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}${BASE}${lang}/${slug}/`);
    expect((await page.locator('meta[property="og:description"]').getAttribute('content'))!.length).toBeGreaterThan(5);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Legislation');
    expect(ld.name).toBe(title);
    expect(ld.inLanguage).toBe(code);
    expect(ld.url).toBe(`${SITE}${BASE}${lang}/${slug}/`);
    expect(ld.isBasedOn.url).toMatch(new RegExp(`^${SITE}${BASE}report/`));
    for (const part of ld.hasPart ?? []) {
      const id = new URL(part.url).hash.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    }
  }
});

test('downloads: Markdown and plain text in each script', async ({ page }) => {
  const slug = slugs(OUT)[0]!;
  for (const lang of ['zh-hans', 'zh-hant']) {
    await page.goto(`${server.url}${lang}/${slug}/`);
    const title = (await page.locator('h1').textContent())!;
    for (const ext of ['md', 'txt']) {
      const href = (await page.locator(`.downloads a[href$=".${ext}"]`).getAttribute('href'))!;
      const res = await page.request.get(new URL(href, page.url()).href);
      expect(res.status()).toBe(200);
      const text = await res.text();
      if (ext === 'txt') {
        expect(text.startsWith(title)).toBe(true);
        expect(text).not.toMatch(/\{#|^#/m);
      } else expect(text).toMatch(/^---\n[^]*\n---\n/);
    }
  }
});

test('status: banner on every view in both scripts, none without data, search filter', async ({ page }) => {
  const repealed = statusRows().find((r) => r.repealed || r.status === '已废止')!;
  for (const route of [`zh-hans/${repealed.slug}/`, `zh-hant/${repealed.slug}/`, `compare/${repealed.slug}/`]) {
    await page.goto(`${server.url}${route}`);
    const banner = page.locator('.status-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(route.startsWith('zh-hant') ? '已廢止' : '已废止');
    if (repealed.repealed) await expect(banner).toContainText(repealed.repealed);
    for (const slug of repealed.replacedBy ?? []) {
      await banner.locator(`a[href*="/${slug}/"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${slug}/`));
      await page.goBack();
    }
  }
  const ld = JSON.parse((await page.goto(`${server.url}zh-hans/${repealed.slug}/`), await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce');
  const listed = new Set(statusRows().map((r) => r.slug));
  const plain = slugs(OUT).find((s) => !listed.has(s))!;
  await page.goto(`${server.url}zh-hans/${plain}/`);
  await expect(page.locator('.status-banner')).toHaveCount(0);
  // the search filter lists the status and narrows to it
  await searchFor(page, '治理');
  const filter = page.locator('select[data-filter="status"]');
  await filter.selectOption('已废止');
  await page.waitForTimeout(50);
  await settled(page);
  const hrefs = await page.locator('.wy-hit-link').evaluateAll((a) => (a as HTMLAnchorElement[]).map((x) => x.href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toContain(`/${repealed.slug}/`);
});

test('npm run package: the zipped site works from file://', async ({ page }) => {
  const out = '.cache/web-package';
  rmSync(out, { recursive: true, force: true });
  execFileSync('node_modules/.bin/tsx', ['scripts/package.ts', '--dist', OUT, '--out', `${out}.zip`], { stdio: 'pipe' });
  expect(unzipTo(`${out}.zip`, out)).toBeGreaterThan(10);
  const root = new URL(`../../${out}/web-package/`, import.meta.url);
  await page.goto(new URL('index.html', root).href);
  await page.locator('.listing table a, .listing a[href*="zh-hans/"]').first().click();
  await expect(page).toHaveURL(/index\.html/);
  await expect(page.locator('h1')).toBeVisible();
});

test('cross-references: a click lands on the article in both scripts and the compare view; 被引用 lists the citing section', async ({ page }) => {
  const report = JSON.parse(readFileSync(`${OUT}/report/links.json`, 'utf8')) as { refs: { slug: string; section: string; text: string; kind: string; outcome: { ok: boolean; slug?: string; id?: string } }[] };
  const internal = report.refs.find((r) => r.kind === 'article' && r.outcome.ok && r.outcome.id)!;
  const external = report.refs.find((r) => r.kind === 'document' && r.outcome.ok)!;
  expect(internal).toBeDefined();
  expect(external).toBeDefined();
  for (const view of ['zh-hans', 'zh-hant', 'compare']) {
    await page.goto(`${server.url}${view}/${internal.slug}/`);
    const link = page.locator(`a.xref[href="#${internal.outcome.id}"]`).first();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${internal.outcome.id}$`));
    await expect(page.locator(`[id="${internal.outcome.id}"]`)).toBeInViewport();
  }
  for (const view of ['zh-hans', 'zh-hant']) {
    await page.goto(`${server.url}${view}/${external.slug}/`);
    await page.locator(`a.xref[href^="../${external.outcome.slug}/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${view}/${external.outcome.slug}/`));
    const cited = page.locator('.cited-by');
    await expect(cited).toBeVisible();
    await cited.locator(`a[href*="/${external.slug}/#${external.section}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${view}/${external.slug}/#${external.section}$`));
  }
  // not linked: an article of a text named without 《》, and a title no document has
  const others = report.refs.filter((r) => !r.outcome.ok);
  expect(others.length).toBeGreaterThan(0);
  await page.goto(`${server.url}zh-hans/${internal.slug}/`);
  for (const r of others.filter((o) => o.slug === internal.slug && o.kind === 'document')) await expect(page.locator('a.xref', { hasText: r.text })).toHaveCount(0);
});
