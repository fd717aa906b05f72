// Search in the built site: cross-script queries, landing on the section, filters, keyboard,
// empty state, no outside requests, accessibility with the dialog open, file:// message.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { DIST, originalScript, searchFor, settled, showAll, slugs, uniquePassage } from './search-helpers.ts';

// Stock opencc-js on purpose: a reader's traditional spelling need not match the site's dictionary.
const toHant = { convert: OpenCC.Converter({ from: 'cn', to: 'tw' }) };
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

test('a simplified query finds a passage of a traditional-original document and opens its section', async ({ page }) => {
  const slug = slugs().find((s) => originalScript(s) === 'hant');
  expect(slug, 'the bundled corpus has a traditional-original document').toBeTruthy();
  const passage = uniquePassage(slug!, 'zh-hans');
  expect(passage, 'a unique passage under a numbered section').toBeTruthy();
  await page.goto(`zh-hans/${slugs().find((s) => s !== slug)}/`);
  await searchFor(page, passage!.text);
  const first = page.locator('.wy-hit-link').first();
  await expect(first).toHaveAttribute('href', new RegExp(`/zh-hans/${slug}/\\?hl=[^#]+#${passage!.sectionId}$`));
  await expect(page.locator('.wy-hit').first()).toContainText('原文繁体');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/${slug}/#${passage!.sectionId}$`));
  await expect(page.locator(`#${passage!.sectionId}`)).toBeInViewport();
});

test('a traditional query finds simplified documents, and a simplified query works on traditional pages', async ({ page }) => {
  const slug = slugs().find((s) => originalScript(s) === 'hans')!;
  const passage = uniquePassage(slug, 'zh-hans')!;
  await page.goto(`zh-hans/${slug}/`);
  await searchFor(page, toHant.convert(passage.text));
  await expect(page.locator('.wy-hit-link').first()).toHaveAttribute('href', new RegExp(`/zh-hans/${slug}/`));
  await page.goto(`zh-hant/${slug}/`);
  await searchFor(page, passage.text);
  await expect(page.locator('.wy-hit-link').first()).toHaveAttribute('href', new RegExp(`/zh-hant/${slug}/`));
  await expect(page.locator('.wy-status')).toContainText('找到');
});

test('filters narrow the results', async ({ page }) => {
  await page.goto(`zh-hans/${slugs()[0]}/`);
  await searchFor(page, '治理');
  const count = async () => Number(/(\d+)/.exec((await page.locator('.wy-status').textContent()) ?? '')?.[1] ?? 0);
  await showAll(page);
  await expect(page.locator('.wy-status')).toContainText('找到');
  const all = await count();
  const year = page.locator('select[data-filter="year"]');
  const values = await year.locator('option').evaluateAll((o) => (o as HTMLOptionElement[]).map((x) => x.value).filter(Boolean));
  expect(values.length).toBeGreaterThan(1);
  await year.selectOption(values[0]!);
  await page.waitForTimeout(50);
  await settled(page);
  await showAll(page);
  const some = await count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  for (const meta of await page.locator('.wy-hit-meta').allTextContents()) expect(meta).toContain(values[0]!);
});

test('keyboard: "/" opens, arrows move through results, Escape closes; empty state', async ({ page }) => {
  await page.goto(`zh-hans/${slugs()[0]}/`);
  await searchFor(page, '现代化');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.wy-hit-link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.wy-hit-link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#wy-search-input')).toBeFocused();
  await page.locator('#wy-search-input').fill('量子计算机芯片');
  await expect(page.locator('.wy-status')).toContainText('没有文件包含“量子计算机芯片”');
  await expect(page.locator('.wy-hit')).toHaveCount(0);
  // Punctuation alone has nothing the index keeps: say so, not "no document contains 。".
  await page.locator('#wy-search-input').fill('。，——');
  await expect(page.locator('.wy-status')).toHaveText('“。，——”只有标点或符号，没有可搜索的文字。请输入词语或数字。');
  await expect(page.locator('.wy-hit')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('.wy-search-dialog')).not.toBeVisible();
});

test('traditional pages show the search UI in traditional script', async ({ page }) => {
  await page.goto(`zh-hant/${slugs()[0]}/`);
  await expect(page.locator('.site-header .wy-search-open')).toContainText('搜尋');
  await searchFor(page, '治理');
  await expect(page.locator('.wy-search-dialog h2')).toHaveText('全文搜尋');
  await expect(page.locator('.wy-badge').first()).toHaveText('繁體');
});

test('no request leaves the site, and axe finds no violations with search open', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseURL!) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
  await page.goto(`zh-hans/${slugs()[0]}/`);
  await searchFor(page, '数字化改革');
  await page.locator('select[data-filter]').first().waitFor();
  expect(outside).toEqual([]);
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('from file:// titles and headings are searched in both scripts, with a note that full text needs the site served', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // A heading far down a long document, looked for from the other script's page.
  const slug = slugs().sort((a, b) => statSync(join(DIST, 'zh-hans', b, 'index.html')).size - statSync(join(DIST, 'zh-hans', a, 'index.html')).size)[0]!;
  const html = readFileSync(join(DIST, 'zh-hant', slug, 'index.html'), 'utf8');
  const [, id, heading] = /<h2 id="([\w-]+)"[^>]*>([^<]{8,})</.exec(html.slice(html.length / 2)) ?? [];
  expect(heading, 'a top-level heading in the second half of the page').toBeTruthy();
  const query = [...heading!.replace(/^[（(][^）)]+[）)]|^[^、]+、|^\d+[.．]/, '')].slice(0, 6).join('');
  await page.goto(`file://${resolve(DIST, 'zh-hans', slugs().find((s) => s !== slug)!, 'index.html')}`);
  await page.locator('.wy-search-open').first().click();
  const dialog = page.locator('dialog.wy-lite');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('要搜索全文，请通过网站地址访问');
  await expect(dialog).not.toContainText('npm start');
  await page.locator('#wy-search-input').fill(toHans(query));
  const link = dialog.locator(`a.wy-section-link[href$="/zh-hans/${slug}/index.html#${id}"]`);
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/${slug}/index.html#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  // Traditional page, traditional dialog, the same index folded: a simplified query finds the traditional title.
  await page.goto(`file://${resolve(DIST, 'zh-hant', slug, 'index.html')}`);
  await page.keyboard.press('/');
  const title = (await page.locator('h1').innerText()).trim();
  await page.locator('#wy-search-input').fill(toHans([...title].slice(2, 8).join('')));
  await expect(page.locator('dialog.wy-lite a.wy-hit-link', { hasText: title })).toHaveCount(1);
  await expect(page.locator('dialog.wy-lite')).toContainText('要搜尋全文');
  await page.locator('#wy-search-input').fill('《》');
  await expect(page.locator('dialog.wy-lite .wy-status')).toHaveText('「《》」只有標點或符號，沒有可搜尋的文字。請輸入詞語或數字。');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:') && !/^(data|blob):/.test(u))).toEqual([]);
  expect(requests.filter((u) => /\.wasm|pagefind\.js|search-ui/.test(u))).toEqual([]);
});

test('a document is listed once; its other matching sections open under "n more" and link to their section', async ({ page }) => {
  await page.goto(`zh-hans/${slugs()[0]}/`);
  await searchFor(page, '治理');
  const pages = await page.locator('.wy-hit').evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.page));
  expect(new Set(pages).size).toBe(pages.length);
  const more = page.locator('.wy-hit-more').first();
  await expect(more.locator('summary')).toContainText(/本文另有 \d+ 处/);
  await more.locator('summary').click();
  const link = more.locator('a.wy-section-link').first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /\/zh-hans\/[^/]+\/\?hl=[^#]+#[a-z][\w-]*$/);
  await expect(link.locator('mark')).toHaveText('治理');
});
