// The site built under a non-root base path (fixture corpus, built once by global-setup.ts) works when
// served there: pages, assets, links, the 404 page.
import { expect, test } from '@playwright/test';
import { serveBaseSite } from './lib/base-server.ts';
import { BASE, OUT } from './lib/base-build.ts';
import { crawl } from './lib/crawl.ts';
import { logRequests, sampleDoc } from './site-helpers.ts';

const server = serveBaseSite();

test('crawler: links and anchors resolve under the base path', () => {
  const result = crawl(OUT, BASE);
  expect(result.broken).toEqual([]);
  expect(result.links).toBeGreaterThan(50);
});

test('pages, switcher and 404 work under the base path, all requests stay inside it', async ({ page }) => {
  const slug = sampleDoc(OUT);
  const origin = new URL(server.url).origin;
  const log = logRequests(page, `${origin}${BASE}`);
  await page.goto(server.url);
  await page.locator('.doc-table a').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}zh-hans/[^/]+/$`));
  await page.goto(`${server.url}zh-hans/${slug}/#s2`);
  await page.locator('.site-nav a[hreflang="zh-Hant"]').click();
  await expect(page).toHaveURL(`${server.url}zh-hant/${slug}/#s2`);
  const response = await page.goto(`${server.url}no/such/page/`);
  expect(response?.status()).toBe(404);
  await page.locator('main a[lang="zh-Hant"]').click();
  await expect(page).toHaveURL(`${server.url}zh-hant/`);
  expect(log.outside()).toEqual([]);
});

test('pages open from file:// and links lead to pages', async ({ page }) => {
  const slug = sampleDoc(OUT);
  const root = new URL(`../../${OUT}/`, import.meta.url);
  await page.goto(new URL(`zh-hans/${slug}/index.html`, root).href);
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('.site-nav a[hreflang="zh-Hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/[^/]+\/index\.html$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
});
