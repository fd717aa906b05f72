// Home: every document listed with title, issuer, date, type; filter and sort progressively;
// grouped browse pages without JavaScript.
import { expect, test } from '@playwright/test';
import { docSlugs } from './site-helpers.ts';

const total = docSlugs().length;

test('home lists every document, newest first', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const rows = page.locator('.doc-table tbody tr');
  await expect(rows).toHaveCount(total);
  const dates = (await rows.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.date ?? ''))).filter(Boolean);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('filter by type and year narrows the list; sort flips the order', async ({ page }) => {
  await page.goto('/zh-hans/');
  const form = page.locator('form.list-filter');
  await expect(form).toBeVisible();
  const type = form.locator('select[name="type"]');
  const value = await type.locator('option').nth(1).getAttribute('value');
  await type.selectOption(value!);
  const visible = page.locator('.doc-table tbody tr:not([hidden])');
  const n = await visible.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(total);
  for (const t of await visible.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.type))) expect(t).toBe(value);
  await expect(form.locator('output')).toContainText(String(n));
  await type.selectOption('');
  await form.locator('select[name="sort"]').selectOption('asc');
  const dates = (await visible.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.date ?? ''))).filter(Boolean);
  expect(dates).toEqual([...dates].sort());
});

test('without JavaScript: no filter form, grouped browse pages instead', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('form.list-filter')).toBeHidden();
  for (const view of ['issuer', 'year', 'type', 'collection']) {
    await page.goto('/');
    await page.locator(`.views a[href$="browse/${view}/"]`).click();
    await expect(page.locator('.views [aria-current="page"]')).toHaveCount(1);
    await expect(page.locator('h2.group-title').first()).toBeVisible();
    await expect(page.locator('.doc-table tbody tr')).toHaveCount(total);
  }
  await context.close();
});

test('traditional home converts titles', async ({ page }) => {
  await page.goto('/zh-hant/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('.doc-table tbody tr')).toHaveCount(total);
  await expect(page.locator('h1')).toContainText('全部文件');
});
