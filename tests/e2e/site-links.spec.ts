// Every internal link and anchor of the built site resolves; no page loads anything from outside.
import { expect, test } from '@playwright/test';
import { crawl } from './lib/crawl.ts';
import { DIST, logRequests, sampleDoc } from './site-helpers.ts';

test('crawler: no broken internal links or anchors in dist/', () => {
  const result = crawl(DIST, process.env.WENYUAN_BASE ?? '/');
  expect(result.pages).toBeGreaterThan(5);
  expect(result.links).toBeGreaterThan(50);
  expect(result.broken.slice(0, 20)).toEqual([]);
  expect(result.slips).toEqual([]);
});

test('zero requests leave the site (every request logged)', async ({ page, baseURL }) => {
  const slug = sampleDoc();
  const log = logRequests(page, baseURL!);
  for (const path of ['/', '/zh-hant/', '/zh-hans/browse/year/', `/zh-hans/${slug}/`, `/zh-hant/${slug}/#s2`, `/compare/${slug}/`, '/nope/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  // Interactions that load more (search opens its UI on demand).
  await page.goto(`/zh-hans/${slug}/`);
  await page.keyboard.press('/');
  await page.waitForLoadState('networkidle');
  expect(log.urls.length).toBeGreaterThan(7);
  expect(log.outside()).toEqual([]);
});

test('reading pages ship little JavaScript', async ({ page }) => {
  const slug = sampleDoc();
  await page.goto(`/zh-hans/${slug}/`);
  const bytes = await page.evaluate(() =>
    // JSON-LD is data, not code: only scripts the browser runs count.
    [...document.scripts].filter((s) => s.type !== 'application/ld+json').reduce((n, s) => n + new TextEncoder().encode(s.src ? '' : s.textContent ?? '').length, 0),
  );
  const external = await page.evaluate(() => [...document.scripts].filter((s) => s.src).length);
  console.log(`reading page inline JS: ${bytes} bytes, external scripts: ${external}`);
  expect(external).toBe(0);
  expect(bytes).toBeLessThanOrEqual(2048 + 1536); // ~2 kB of ours plus the search loader
});
