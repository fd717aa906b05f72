// On phones the header scrolls away, so a bar at the bottom keeps 简/繁 · 对照 · 目录 ·
// 搜索 at hand, and switching carries the place (the block at the top of the screen) from 简 to 繁
// to 对照 and back. At 390 px; the bar is hidden on wide screens.
import { expect, test, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, docSlugs } from './site-helpers.ts';

// The longest document: far enough down, the header and the top links are long gone.
const slug = docSlugs().sort((a, b) => statSync(join(DIST, 'zh-hans', b, 'index.html')).size - statSync(join(DIST, 'zh-hans', a, 'index.html')).size)[0]!;

/** The id of the block at the top of the screen. */
const topBlock = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.doc-body [id], .compare-body .row[id]')].find((el) => el.getBoundingClientRect().bottom > 99)?.id);

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('the bar stays on screen and keeps the place from 简 to 繁 to 对照 and back', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  // Scroll to a paragraph about two thirds down.
  const ids = await page.locator('.doc-body p[id]').evaluateAll((ps) => ps.map((p) => p.id));
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), ids[Math.floor(ids.length * 0.66)]!);
  const bar = page.locator('nav.phone-bar');
  await expect(bar).toBeInViewport();
  await expect(page.locator('.site-header')).not.toBeInViewport();
  const place = await topBlock(page);
  expect(place).toMatch(/^[\w-]+$/);

  await bar.locator('a[lang="zh-Hant"]').click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/${slug}/#${place}$`));
  await expect(page.locator(`[id="${place}"]`)).toBeInViewport();
  expect(await topBlock(page)).toBe(place);

  await page.locator('nav.phone-bar a[href*="/compare/"]').click();
  await expect(page).toHaveURL(new RegExp(`/compare/${slug}/#${place}$`));
  await expect(page.locator(`.row[id="${place}"]`)).toBeInViewport();

  await page.locator('nav.phone-bar a[lang="zh-Hans"], nav.phone-bar a[hreflang="zh-Hans"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/${slug}/#${place}$`));
  await expect(page.locator(`[id="${place}"]`)).toBeInViewport();
});

test('the bar opens the table of contents and search', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  await page.mouse.wheel(0, 4000);
  const bar = page.locator('nav.phone-bar');
  await bar.getByRole('link', { name: '目录' }).click();
  await expect(page.locator('details.toc')).toHaveJSProperty('open', true);
  await expect(page.locator('#toc a').first()).toBeInViewport();
  await bar.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('.wy-search-dialog')).toBeVisible();
  await expect(page.locator('#wy-search-input')).toBeFocused();
});

test('wide screens have no bar (the header is sticky there)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/zh-hans/${slug}/`);
  await expect(page.locator('nav.phone-bar')).toBeHidden();
});

test('the first line of the text is above the fold, clear of the bar, on every document', async ({ page }) => {
  for (const s of docSlugs()) {
    await page.goto(`/zh-hans/${s}/`);
    const first = await page.locator('.doc-body :is(p, h2, h3, li)').first().evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getClientRects()[0]?.bottom ?? Infinity;
    });
    const barTop = (await page.locator('nav.phone-bar').boundingBox())?.y ?? 844;
    expect(first, s).toBeLessThan(barTop);
  }
});

test('search filters are not crowded: each label above a menu of its own width', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  await page.locator('.wy-search-open').first().click();
  await page.locator('#wy-search-input').fill('改革');
  const fields = page.locator('.wy-controls .wy-field');
  // the sort menu is there at once; the filter menus come when the index's filters have loaded
  await expect(page.locator('.wy-filters .wy-field').first()).toBeVisible();
  const boxes = await fields.evaluateAll((ls) =>
    ls.map((l) => {
      const select = l.querySelector('select')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(l.firstChild!);
      const text = range.getBoundingClientRect();
      return { textBottom: text.bottom, selectTop: select.top, width: select.width };
    }),
  );
  expect(boxes.length).toBeGreaterThan(1);
  for (const b of boxes) {
    expect(b.textBottom).toBeLessThanOrEqual(b.selectTop + 1);
    expect(b.width).toBeGreaterThan(120);
  }
});
