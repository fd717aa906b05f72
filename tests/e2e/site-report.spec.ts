// The conversion report is a page for people — Chinese labels, a summary by kind with
// counts first, long lists closed and paged, the JSON behind a disclosure, a phone layout with
// headings in scale and no token broken mid-word, and no report page over 100 kB.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site-helpers.ts';

const reportDir = join(DIST, 'report');
/** The seed corpus's largest report (by its JSON): the page that grew to 500 kB before paging. */
const largest = readdirSync(reportDir)
  .filter((d) => statSync(join(reportDir, d)).isDirectory() && d !== 'links')
  .map((d) => ({ d, size: statSync(join(reportDir, d, 'report.json'), { throwIfNoEntry: false })?.size ?? 0 }))
  .sort((a, b) => b.size - a.size)[0]!.d;
const json = JSON.parse(readFileSync(join(reportDir, largest, 'report.json'), 'utf8')) as { removals: { kind: string }[] };

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pagesUnder(join(dir, e.name)) : e.name === 'index.html' ? [join(dir, e.name)] : []));
}

test('every report page is under 100 kB, the largest report included', () => {
  const pages = pagesUnder(reportDir);
  expect(pages.filter((p) => p.includes(largest)).length).toBeGreaterThan(1);
  const big = pages.map((p) => [p, statSync(p).size] as const).filter(([, size]) => size >= 100 * 1024);
  expect(big).toEqual([]);
});

test('the summary comes first: removals by kind with counts, lists closed, JSON behind a disclosure', async ({ page }) => {
  await page.goto(`/report/${largest}/`);
  const rows = page.locator('table.report-summary').first().locator('tbody tr');
  const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.num')?.textContent)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(json.removals.length);
  await expect(rows.first().locator('th')).toHaveText(/^[\u4e00-\u9fff]/); // a Chinese label, not 'punctuation'
  // Every list starts closed; a long one links to its pages, which page on.
  expect(await page.locator('.report details[open]').count()).toBe(0);
  const more = page.locator('.report details .more a').first();
  const href = await more.getAttribute('href');
  await page.goto(new URL(href!, page.url()).href);
  await expect(page.locator('table.report-rows tbody tr')).toHaveCount(100);
  await expect(page.locator('nav.pagination')).toBeVisible();
  await page.goto(`/report/${largest}/`);
  const disclosure = page.locator('details.report-json');
  await expect(disclosure).not.toHaveAttribute('open');
  const jsonHref = await disclosure.locator('a').getAttribute('href');
  const response = await page.request.get(new URL(jsonHref!, page.url()).href);
  expect(response.status()).toBe(200);
  expect((await response.json()).removals.length).toBe(json.removals.length);
});

test('on a phone the headings are in scale and no token breaks mid-word', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [`/report/${largest}/`, `/report/${largest}/removals-punctuation/`]) {
    await page.goto(path);
    const size = (sel: string) => page.locator(sel).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    if (await page.locator('.report h2').count()) expect(await size('.report h2')).toBeLessThan(await size('.report h1'));
    // Tokens (file names, kinds, offsets, counts) sit on one line each.
    const broken = await page.locator('.report :is(h1 code, summary code, td.num, td.c-offset, th)').evaluateAll((els) =>
      els.filter((e) => (e.textContent ?? '').trim() && !/\s/.test((e.textContent ?? '').trim())).filter((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      }).map((e) => e.textContent),
    );
    expect(broken).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});

test('the links report names kinds of reference in Chinese', async ({ page }) => {
  await page.goto('/report/links/');
  const kinds = await page.locator('.report table').first().locator('tbody td:first-child').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  for (const k of kinds) expect(k).toMatch(/[\u4e00-\u9fff]/);
  // Reasons are sentences in Chinese too, never the data's codes or English.
  const results = await page.locator('.report details td:last-child').allTextContents();
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) expect(r).not.toMatch(/\b(the|no|in|of)\b|-[a-z]+-/);
});

test('a short list lives on the summary: its link opens it there, and it has no page of its own', async ({ page }) => {
  await page.goto(`/report/${largest}/`);
  const short = page.locator('table.report-summary a[href^="#"]').first();
  const id = (await short.getAttribute('href'))!.slice(1);
  await short.click();
  await expect(page.locator(`details#${id}`)).toHaveAttribute('open', '');
  await expect(page.locator(`details#${id} table.report-rows tbody tr`).first()).toBeVisible();
  expect(statSync(join(reportDir, largest, id), { throwIfNoEntry: false })).toBeUndefined();
});
