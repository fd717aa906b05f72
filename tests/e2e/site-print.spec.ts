// Print. Page 1 starts with the site, the published address and the print date; no
// screen furniture; site links print as text (no local addresses); anchors are printed after
// headings but never inside a run-in paragraph; the text starts at the top of page 1.
import { expect, test } from '@playwright/test';
import { sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();

test('a printed reading page', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const head = page.locator('.print-head');
  await expect(head).toBeVisible();
  await expect(head.locator('.print-date')).toHaveText(/\d{4}/);
  await expect(head).not.toContainText('127.0.0.1'); // the address only when WENYUAN_SITE gives it
  for (const hidden of ['.site-header', '.toc', '.phone-bar', '.doc-actions', '.provenance', '.to-top']) await expect(page.locator(hidden).first()).toBeHidden();
  // Nothing but the print head above the title: no blank band.
  const top = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeLessThan(80);
  // Site links print as text; run-in headings carry no anchor mid-paragraph.
  const after = await page.evaluate(() => [...document.querySelectorAll('.doc-body a:not(.pl), .doc-meta a')].map((a) => getComputedStyle(a, '::after').content).filter((c) => c && c !== 'none' && c !== 'normal'));
  expect(after.filter((c) => /127\.0\.0\.1|\.\.\//.test(c))).toEqual([]);
  const runIn = await page.locator('.run-in').first().evaluate((h) => getComputedStyle(h, '::after').content);
  expect(runIn).toMatch(/^(none|normal)$/);
  const h2 = await page.locator('.doc-body h2[id]').first().evaluate((h) => getComputedStyle(h, '::after').content);
  expect(h2).toContain('#');
});
