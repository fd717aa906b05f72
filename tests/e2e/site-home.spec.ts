// Home: a short page (newest documents, ways to browse, group counts) that does not grow with the
// corpus; browse views and groups reachable without JavaScript; one page, so no pagination, on
// the seed site. Paging itself: site-browse.spec.ts (fixture site with a tiny page size).
import { expect, test } from '@playwright/test';
import { docSlugs } from './site-helpers.ts';

const total = docSlugs().length;
const RECENT = Number(process.env.WENYUAN_HOME_RECENT ?? 20);

test('home lists the newest documents, newest first, and counts all of them', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('h1')).toContainText(`共 ${total} 篇`);
  const rows = page.locator('#recent ~ .doc-table tbody tr');
  await expect(rows).toHaveCount(Math.min(total, RECENT));
  const dates = (await rows.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.date ?? ''))).filter(Boolean);
  expect(dates).toEqual([...dates].sort().reverse());
  // Group counts: each facet's groups add up to every document when none is cut off.
  for (const view of ['type', 'year']) {
    const counts = await page.locator(`[aria-labelledby="by-${view}"] .group-list .count`).allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    if (!(await page.locator(`[aria-labelledby="by-${view}"] .more`).count())) {
      expect(counts.reduce((n, c) => n + Number(c.match(/\d+/)![0]), 0)).toBe(total);
    }
  }
});

test('without JavaScript: every view from home, a group index, a group page and back', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/zh-hans/browse/newest/');
  // Everything fits one page on the seed site: no pagination, every document listed.
  await expect(page.locator('.doc-table tbody tr')).toHaveCount(total);
  await expect(page.locator('nav.pagination')).toHaveCount(0);
  for (const view of ['issuer', 'year', 'type', 'collection']) {
    await page.goto('/');
    await page.locator(`.views a[href$="browse/${view}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/browse/${view}/$`));
    await expect(page.locator(`.views a[aria-current="page"][href$="browse/${view}/"]`)).toHaveCount(1);
    const groups = page.locator('.group-list a');
    const counts = await page.locator('.group-list .count').allTextContents();
    expect(counts.reduce((n, c) => n + Number(c.match(/\d+/)![0]), 0)).toBe(total);
    const first = groups.first();
    const name = (await first.textContent())!;
    const n = Number(counts[0]!.match(/\d+/)![0]);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/browse/${view}/[a-z0-9-]+/$`));
    await expect(page.locator('h1')).toContainText(name);
    await expect(page.locator('.doc-table tbody tr')).toHaveCount(n);
    await expect(page.locator(`.views a[aria-current="true"][href$="browse/${view}/"]`)).toHaveCount(1);
    await page.locator(`.crumbs a[href$="browse/${view}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/browse/${view}/$`));
  }
  await context.close();
});

test('links people may have saved keep working', async ({ page }) => {
  for (const path of ['/zh-hans/', '/zh-hant/', '/zh-hans/browse/', '/zh-hans/browse/oldest/', '/zh-hans/browse/year/', '/zh-hant/browse/issuer/', '/zh-hans/browse/type/', '/zh-hans/browse/collection/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await page.goto('/zh-hans/browse/oldest/');
  const dates = (await page.locator('.doc-table tbody tr').evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.date ?? ''))).filter(Boolean);
  expect(dates).toEqual([...dates].sort());
});

test('traditional home and group pages: labels converted, same slugs', async ({ page }) => {
  await page.goto('/zh-hant/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('h1')).toContainText('全部文件');
  await expect(page.locator('#by-issuer')).toContainText('按發文機關');
  const hans = await (await page.request.get('/zh-hans/browse/type/')).text();
  const hant = await (await page.request.get('/zh-hant/browse/type/')).text();
  const slugsOf = (html: string) => [...html.matchAll(/browse\/type\/([a-z0-9-]+)\//g)].map((m) => m[1]).sort();
  expect(slugsOf(hant)).toEqual(slugsOf(hans));
  // Group names on the traditional index are in traditional script (no simplified-only forms).
  await page.goto('/zh-hant/browse/type/');
  const names = (await page.locator('.group-list a').allTextContents()).join('');
  expect(names).not.toMatch(/[决见报汇讲实]/);
});

test('issuer index: level links jump to their section; every issuer listed once', async ({ page }) => {
  await page.goto('/zh-hans/browse/issuer/');
  await expect(page.locator('h1')).toContainText('按发文机关');
  const letters = page.locator('nav[aria-label="按级别"] a');
  expect(await letters.count()).toBeGreaterThan(0);
  const target = (await letters.first().getAttribute('href'))!;
  await letters.first().click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  const hrefs = await page.locator('.group-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('browse index shows groups; issuers by level; a group page says where it is', async ({ page }) => {
  await page.goto('/zh-hans/browse/');
  // Not near-empty: each view's first groups are on the index itself.
  expect(await page.locator('.facets .group-list a').count()).toBeGreaterThan(4);
  await page.goto('/zh-hans/browse/issuer/');
  const levels = await page.locator('h2.group-title').allTextContents();
  const order = ['中央', '省级', '市级', '县级', '其他', '发文机关不详'];
  expect(levels.every((l) => order.includes(l.trim()))).toBe(true);
  expect(levels.map((l) => order.indexOf(l.trim()))).toEqual([...levels.map((l) => order.indexOf(l.trim()))].sort((a, b) => a - b));
  if (levels.includes('中央')) await expect(page.locator('#level-central + .group-list')).toContainText('中共中央');
  await page.goto('/zh-hans/browse/year/');
  await page.locator('.group-list a').first().click();
  const crumbs = page.locator('nav.crumbs');
  await expect(crumbs.locator('li[aria-current="page"]')).toHaveText((await page.locator('h1').textContent())!.replace(/\s*共.*$/, '').trim());
  expect((await crumbs.innerText()).trim()).not.toMatch(/›$/);
});
