// Accessibility: axe finds no violations on each page type, in light and dark schemes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();
const report = readdirSync(join(DIST, 'report')).sort()[0];
/** The largest report has paged lists (report/<file>/removals-punctuation/). */
const largestReport = readdirSync(join(DIST, 'report'))
  .filter((d) => existsSync(join(DIST, 'report', d, 'removals-punctuation')))
  .sort((a, b) => statSync(join(DIST, 'report', b, 'report.json')).size - statSync(join(DIST, 'report', a, 'report.json')).size)[0];
const pages = {
  home: '/',
  'home (traditional)': '/zh-hant/',
  'browse index': '/zh-hans/browse/',
  'browse by issuer': '/zh-hans/browse/issuer/',
  'browse list (traditional)': '/zh-hant/browse/newest/',
  'document (simplified)': `/zh-hans/${slug}/`,
  'document (traditional)': `/zh-hant/${slug}/`,
  compare: `/compare/${slug}/`,
  report: `/report/${report}/`,
  'report list': `/report/${largestReport}/removals-punctuation/`,
  '404': '/no-such-page/',
};

// Dark scheme on the page types whose colours differ most; axe is slow on a loaded machine.
const DARK = new Set(['home', 'document (traditional)', 'compare']);

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(pages)) {
    if (scheme === 'dark' && !DARK.has(name)) continue;
    test(`axe: ${name} (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000); // axe takes tens of seconds per page on a busy 2-core machine
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status()).toBe(name === '404' ? 404 : 200);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
      expect(summary).toEqual([]);
    });
  }
}

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('focus is visible on links', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  const link = page.locator('.doc-actions a').first();
  await link.focus();
  const outline = await link.evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).not.toBe('none');
});
