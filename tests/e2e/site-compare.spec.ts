// Compare view: one row per heading/paragraph, the same ids as the reading pages, each column in
// its own language, pairs stacked on phones.
import { expect, test } from '@playwright/test';
import { sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();

test('rows align with the document, one pair per heading and paragraph', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  const blocks = await page
    .locator('.doc-body :is(h2,h3,h4,h5,h6,p)[id]')
    .evaluateAll((els) => els.filter((e) => !e.closest('.articles')).map((e) => e.id));
  await page.goto(`/compare/${slug}/`);
  const rows = page.locator('.compare-body .row');
  expect(await rows.evaluateAll((els) => els.map((e) => e.id))).toEqual(blocks);
  await expect(page.locator('.compare-body .row > .cell[lang="zh-Hans"]')).toHaveCount(blocks.length);
  await expect(page.locator('.compare-body .row > .cell[lang="zh-Hant"]')).toHaveCount(blocks.length);
  // Row i holds the same kind of block on both sides.
  const kinds = await rows.evaluateAll((els) =>
    els.map((row) => [...row.querySelectorAll(':scope > .cell')].map((c) => c.firstElementChild?.tagName).join('|')),
  );
  for (const k of kinds) expect(k.split('|')[0]).toBe(k.split('|')[1]);
});

test('cells match the reading pages of each script', async ({ page }) => {
  await page.goto(`/zh-hant/${slug}/`);
  // Heading text without the permalink/citation controls.
  const textOf = (sel: string) => page.locator(sel).evaluate((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim());
  const hantHeading = await textOf('#s2');
  await page.goto(`/compare/${slug}/#s2`);
  await expect(page.locator('#s2')).toBeInViewport();
  expect(await textOf('#s2 > .cell[lang="zh-Hant"] > h2')).toBe(hantHeading);
});

test('side by side on desktop, stacked on phones', async ({ browser, baseURL }) => {
  for (const [width, sideBySide] of [[1280, true], [390, false]] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL });
    const page = await context.newPage();
    await page.goto(`/compare/${slug}/`);
    const row = page.locator('.compare-body .row').nth(1);
    const left = await row.locator('> .cell').nth(0).boundingBox();
    const right = await row.locator('> .cell').nth(1).boundingBox();
    if (sideBySide) expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    else expect(right!.y).toBeGreaterThanOrEqual(left!.y + left!.height - 1);
    await context.close();
  }
});

test('links back to both scripts keep the hash', async ({ page }) => {
  await page.goto(`/compare/${slug}/#s1-1`);
  await page.locator('.doc-actions a[hreflang="zh-Hant"]').click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/${slug}/#s1-1$`));
});
