// Paged browse lists, on the fixture site built under a base path with WENYUAN_PAGE_SIZE=1
// (tests/e2e/lib/base-build.ts): stable page URLs (numbered from the end of the list that does not
// grow, src/lib/paging.ts), an accessible pagination nav, rel=prev/next, keyboard use, both
// scripts, no JavaScript needed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { serveBaseSite } from './lib/base-server.ts';
import { OUT, PAGE_SIZE } from './lib/base-build.ts';
import { docSlugs } from './site-helpers.ts';

const server = serveBaseSite();
const total = docSlugs(OUT).length;
// Stable pages: the first page of a newest-first list takes PAGE_SIZE to 2 × PAGE_SIZE − 1 documents.
const pages = Math.max(1, Math.floor(total / PAGE_SIZE));

test('the fixture needs at least three pages for these tests', () => {
  expect(pages).toBeGreaterThanOrEqual(3);
});

test('newest first, page by page without JavaScript: every document once, URLs numbered from the oldest end, rel links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const seen: string[] = [];
  await page.goto(`${server.url}zh-hans/browse/newest/`);
  for (let n = 1; n <= pages; n++) {
    // Page n in reading order is number pages − n + 1 in its URL (the oldest page is 1/), so a
    // page keeps its documents while new ones are added at the front.
    await expect(page).toHaveURL(`${server.url}zh-hans/browse/newest/${n > 1 ? `${pages - n + 1}/` : ''}`);
    const nav = page.locator('nav.pagination');
    await expect(nav).toHaveAttribute('aria-label', new RegExp(`第 ${n} 页，共 ${pages} 页`));
    await expect(nav.locator('[aria-current="page"]')).toHaveText(String(n));
    // The list's length only on its first page (the others do not change when a document is added).
    if (n === 1) await expect(page.locator('.range')).toContainText(`共 ${total} 篇`);
    else await expect(page.locator('.range')).not.toContainText('篇');
    await expect(page.locator('h1 .count')).toHaveCount(n === 1 ? 1 : 0);
    seen.push(...(await page.locator('.doc-table td.title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))));
    await expect(page.locator('head link[rel="prev"]')).toHaveCount(n > 1 ? 1 : 0);
    await expect(page.locator('head link[rel="next"]')).toHaveCount(n < pages ? 1 : 0);
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(n > 1 ? 1 : 0);
    if (n < pages) await nav.locator('a[rel="next"]').click();
  }
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBe(total);
  // First and last jump to the ends; the first page has the list's own URL, the last (oldest) is 1/.
  await page.locator('nav.pagination li.first a').click();
  await expect(page).toHaveURL(`${server.url}zh-hans/browse/newest/`);
  await page.locator('nav.pagination li.last a').click();
  await expect(page).toHaveURL(`${server.url}zh-hans/browse/newest/1/`);
  await context.close();
});

test('keyboard: the pagination links are reachable and follow with Enter', async ({ page }) => {
  await page.goto(`${server.url}zh-hans/browse/oldest/`);
  const next = page.locator('nav.pagination a[rel="next"]');
  // Tab until the next-page link has focus (it comes after the table).
  for (let i = 0; i < 80 && !(await next.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${server.url}zh-hans/browse/oldest/2/`);
});

test('a group bigger than a page is paged too; the script switch keeps the page', async ({ page }) => {
  await page.goto(`${server.url}zh-hans/browse/issuer/`);
  const counts = await page.locator('.group-list .count').allTextContents();
  const sizes = counts.map((c) => Number(c.match(/\d+/)![0]));
  const big = sizes.findIndex((n) => n >= 2 * PAGE_SIZE);
  expect(big).toBeGreaterThanOrEqual(0);
  const groupPages = Math.floor(sizes[big]! / PAGE_SIZE);
  await page.locator('.group-list a').nth(big).click();
  const groupUrl = page.url();
  expect(groupUrl).toMatch(/\/browse\/issuer\/[a-z0-9-]+\/$/);
  await page.locator('nav.pagination a[rel="next"]').click();
  // The second page of a newest-first group is numbered from its oldest end.
  const second = `${groupPages - 1}/`;
  await expect(page).toHaveURL(`${groupUrl}${second}`);
  await expect(page).toHaveTitle(/第 2 页/);
  await page.locator('.site-nav a[hreflang="zh-Hant"]').click();
  await expect(page).toHaveURL(`${groupUrl.replace('/zh-hans/', '/zh-hant/')}${second}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('nav.pagination')).toHaveAttribute('aria-label', /分頁/);
  await expect(page.locator('nav.pagination a[rel="prev"]')).toContainText('上一頁');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: a middle page of a paged list (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.url}zh-hant/browse/newest/2/`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
  });
}

test('printing a list page leaves out the navigation', async ({ page }) => {
  await page.goto(`${server.url}zh-hans/browse/newest/2/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.pagination')).toBeHidden();
  await expect(page.locator('.doc-table')).toBeVisible();
});

test('a reading page links each of its groups at the page that lists it', async ({ page }) => {
  for (const slug of docSlugs(OUT)) {
    for (const route of ['zh-hans', 'zh-hant']) {
      await page.goto(`${server.url}${route}/${slug}/`);
      const links = await page.locator('.doc-meta a[href*="/browse/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of links) {
        await page.goto(href);
        await expect(page.locator(`main a[href$="/${route}/${slug}/"]`).first(), `${slug} on ${href}`).toBeVisible();
      }
    }
  }
});
