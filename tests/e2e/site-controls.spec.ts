// Permalinks and citation buttons for keyboard and screen-reader users: a heading's accessible
// name is its text alone; one tab stop per block (the permalink), the citation button joins the
// tab order once its block is the target; the copying code loads on first use, also from file://.
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { DIST, logRequests, sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();

test('headings are named by their text; their permalinks are labelled', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  await page.locator('h1').hover(); // the reader's first move loads the reading aids (citation buttons)
  for (const id of ['s2', 's1-1']) {
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading.locator('a, button')).toHaveCount(0);
    await expect(heading).toHaveAccessibleName((await heading.innerText()).trim());
    await expect(page.locator(`a.pl[href="#${id}"]`)).toHaveAccessibleName(/\S/);
    await expect(page.locator(`button.cite:has(+ a.pl[href="#${id}"])`)).toHaveCount(1);
  }
});

test('one tab stop per block; the citation button is reachable once its block is the target', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`/zh-hans/${slug}/`);
  const link = page.locator('a.pl[href="#s2"]');
  await link.focus();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.className);
  expect(next).toBe('pl'); // the next block's permalink, not a citation button
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#s2$/);
  const cite = page.locator('button.cite:has(+ a.pl[href="#s2"])');
  await expect(cite).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(cite).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#cite-status')).toContainText(`#s2`);
  await expect(cite).toBeFocused();
});

test('the citation code loads on first use, not with the page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const log = logRequests(page, baseURL!);
  await page.goto(`/zh-hant/${slug}/`);
  await page.waitForLoadState('networkidle');
  expect(log.urls.filter((u) => /\.js(\?|$)/.test(u))).toEqual([]);
  const para = page.locator('.doc-body > p[id]').first();
  await para.hover();
  await para.locator('> button.cite').click();
  await expect(page.locator('#cite-status')).not.toBeEmpty();
  expect(log.urls.filter((u) => /\.js(\?|$)/.test(u))).toEqual([expect.stringMatching(/\/_assets\/reader-[\w-]+\.js$/)]);
});

test('copy citation also works from file://', async ({ page }) => {
  await page.goto(`file://${resolve(DIST, 'zh-hans', slug, 'index.html')}`);
  const para = page.locator('.doc-body > p[id]').first();
  await para.hover();
  await para.locator('> button.cite').click();
  // Copied, or refused by this browser's file:// clipboard policy: either way the code ran.
  await expect(page.locator('#cite-status')).toContainText('《');
});
