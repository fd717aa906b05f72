// The copied citation is what a report writer pastes. The clipboard holds the chosen
// format (plain Chinese first), the place in words (no dangling 、), the page's address with the
// block's anchor; another format can be picked and is remembered; from file:// no file:/// path.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { DIST, sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Clicks the citation button of a section's heading (a run-in group has only that one). */
async function citeSection(page: Page, section: string) {
  await page.locator(`[id="${section}"]`).hover();
  await page.locator(`button.cite:has(+ a.pl[href="#${section}"])`).click();
  return section;
}

test('plain, GB/T 7714 and 法学引注 forms; the choice is remembered', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`/zh-hans/${slug}/`);
  const title = (await page.locator('h1').innerText()).trim();
  expect(await page.locator('#s1').getAttribute('data-cite')).toBe('一、');
  const own = (await page.locator('#s1-1').getAttribute('data-cite'))!.replace(/^一、/, '');
  // The two outline shapes of the seed corpus, in words (rules: src/lib/cite/marker-words.ts).
  const words = own === '（一）' ? '第一部分第（一）条' : own === '1.' ? '第一部分第1项' : undefined;
  expect(words, `s1-1 marker ${own}`).toBeTruthy();
  const heading = (await page.locator('#s1-1').innerText()).trim().slice(own.length).replace(/[。；：]$/, '');

  const id = await citeSection(page, 's1-1');
  const url = `${baseURL}/zh-hans/${slug}/#${id}`;
  await expect(page.locator('#cite-status')).toContainText('已复制');
  expect(await clipboard(page)).toMatch(new RegExp(`^[^《]*《${title.replace(/[()（）]/g, '.')}》(（[^）]+）)?${words}“${heading.replace(/[()（）]/g, '.')}”，${url}$`));

  // The panel offers the other formats; the current one is pressed.
  const panel = page.locator('.cite-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('button[aria-pressed="true"]')).toHaveText('行文引用');
  await panel.locator('button[data-format="gbt"]').click();
  expect(await clipboard(page)).toMatch(new RegExp(`\\[EB/OL\\]\\. (\\(\\d{4}-\\d\\d-\\d\\d\\))?\\[\\d{4}-\\d\\d-\\d\\d\\]\\. ${url}$`));
  await panel.locator('button[data-format="law"]').click();
  expect(await clipboard(page)).toMatch(new RegExp(`^《.+》.*${words}，载文渊，${url}，最后访问日期：\\d{4}年\\d{1,2}月\\d{1,2}日。$`));
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // Remembered on the next page.
  await page.goto(`/zh-hant/${slug}/`);
  await citeSection(page, 's1-1');
  await expect(page.locator('#cite-status')).toContainText('已複製');
  expect(await clipboard(page)).toMatch(/第一部分第.+，載文渊，.+，最後訪問日期：/);
});

test('a section heading is cited in words, without a dangling 、', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`/zh-hans/${slug}/#s1`);
  await page.locator('button.cite:has(+ a.pl[href="#s1"])').click();
  const text = await clipboard(page);
  expect(text).toMatch(/》(（[^）]+）)?第一部分“/);
  expect(text).not.toMatch(/、\s|、，/);
});

test('from file:// the citation carries no file:/// path', async ({ page }) => {
  await page.goto(`file://${resolve(DIST, 'zh-hans', slug, 'index.html')}`);
  await citeSection(page, 's1-1');
  await expect(page.locator('#cite-status')).toContainText('《');
  await expect(page.locator('#cite-status')).not.toContainText('file:');
});
