// Annexes, tables and issued texts on the fixture site (built under a base path by global-setup.ts):
// a notice and the plan it issues link to each other in both scripts; an annex is a section of
// its own (permalink, TOC entry); its table shows as a table in both scripts and in the compare
// view, its rows are never headings, and search finds text that is only in a table cell.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { serveBaseSite } from './lib/base-server.ts';
import { searchFor } from './search-helpers.ts';

const server = serveBaseSite();
const NOTICE = '2019-01-24-notice';
const PLAN = '2019-01-24-plan';
const ANNEX = '2018-12-23-annex-table';

test('an issued text names the notice that issues it, with a link, and the notice lists it (both scripts)', async ({ page }) => {
  await page.goto(`${server.url}zh-hans/${PLAN}/`);
  const by = page.locator('.doc-issued');
  await expect(by).toHaveText('由《国务院关于印发国家职业教育改革实施方案的通知》印发');
  await by.locator('a').click();
  await expect(page).toHaveURL(`${server.url}zh-hans/${NOTICE}/`);
  await expect(page.locator('.doc-issued li a')).toHaveText(['《国家职业教育改革实施方案》']);
  await page.locator('.doc-issued li a').click();
  await expect(page).toHaveURL(`${server.url}zh-hans/${PLAN}/`);
  // The plan's sections are its own: it starts at 一、 (#s1), not after the notice.
  await expect(page.locator('.toc a').first()).toHaveAttribute('href', '#s1');
  await page.goto(`${server.url}zh-hant/${PLAN}/`);
  await expect(page.locator('.doc-issued')).toHaveText('由《國務院關於印發國家職業教育改革實施方案的通知》印發');
  await expect(page.locator('.doc-issued a')).toHaveAttribute('href', new RegExp(`zh-hant/${NOTICE}/$`));
});

test('an annex is a section of its own: permalink and TOC entry; its table rows are not headings', async ({ page }) => {
  await page.goto(`${server.url}zh-hans/${ANNEX}/#annex1`);
  const heading = page.locator('h2#annex1');
  await expect(heading).toHaveText('附件 第二批支持创新相关改革举措推广清单');
  await expect(page.locator('a.pl[href="#annex1"]')).toHaveCount(1);
  await expect(page.locator('.toc a[href="#annex1"]')).toHaveCount(1);
  await expect(page.locator('#annex1-s1')).toHaveCount(1);
  // 一、知识产权保护方面 is a group row of the table, not a heading of the document.
  const headings = await page.locator('.doc-body :is(h2, h3, h4, h5, h6)').allTextContents();
  expect(headings.filter((h) => h.includes('方面（共'))).toEqual([]);
  const table = page.locator('.doc-body .table-wrap table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('thead th')).toHaveText(['序号', '改革举措', '主要内容', '推广范围']);
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('tbody tr').nth(1).locator('td').nth(1)).toHaveText('知识产权民事、刑事、行政案件“三合一”审判');
});

test('the table shows in traditional script and side by side in the compare view, row for row', async ({ page }) => {
  await page.goto(`${server.url}zh-hant/${ANNEX}/`);
  await expect(page.locator('.doc-body table thead th')).toHaveText(['序號', '改革舉措', '主要內容', '推廣範圍']);
  await page.goto(`${server.url}compare/${ANNEX}/`);
  const row = page.locator('.row', { has: page.locator('table') });
  await expect(row).toHaveCount(1);
  const left = row.locator('.cell[lang="zh-Hans"] table tr');
  const right = row.locator('.cell[lang="zh-Hant"] table tr');
  await expect(left).toHaveCount(6);
  await expect(right).toHaveCount(6);
  await expect(row.locator('.cell[lang="zh-Hant"] td').filter({ hasText: '區域性股權市場設置科技創新專板' })).toHaveCount(1);
  // The annex heading row comes right before the table row.
  const ids = await page.locator('.row').evaluateAll((rows) => rows.map((r) => r.id || (r.querySelector('table') ? 'TABLE' : '')));
  expect(ids[ids.indexOf('annex1') + 1]).toBe('TABLE');
});

test('search finds text that is only in a table cell, and links to the annex', async ({ page }) => {
  await page.goto(`${server.url}zh-hans/${ANNEX}/`);
  await searchFor(page, '科技创新专板');
  const hit = page.locator('.wy-hit-link').first();
  await expect(hit).toHaveAttribute('href', new RegExp(`${ANNEX}/(\\?hl=[^#]*)?#annex1(:~:text=.*)?$`));
});

for (const slug of [ANNEX, PLAN]) {
  test(`axe: ${slug} (tables, issued-by links)`, async ({ page }) => {
    await page.goto(`${server.url}zh-hans/${slug}/`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
