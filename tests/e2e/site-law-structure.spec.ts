// A law with 编/分编, 千 numerals, 条之一 and 款 (tests/fixtures/site/docs/2020-05-28-sfmsfd.md,
// converted from tests/fixtures/structure/law-parts/input.txt) on the fixture site built under a
// base path: every level has its anchor and permalink, 款 paragraphs are addressable, and the
// citation copied names the whole path in the page's script.
import { expect, test } from '@playwright/test';
import { serveBaseSite } from './lib/base-server.ts';

const slug = '2020-05-28-sfmsfd';
const server = serveBaseSite();

test('编, 分编, 章, 条之一 and 款 have their own ids and permalinks', async ({ page }) => {
  await page.goto(`${server.url}zh-hans/${slug}/`);
  for (const id of ['pt3', 'pt3-sub1', 'pt3-sub1-ch1', 'pt4', 'pt4-ch2', 'art1015', 'art1015a1', 'art1015-p2', 'art1015-p2-1']) {
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    await expect(page.locator(`a.pl[href="#${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('#art1015a1')).toHaveText('第一千零一十五条之一');
  await expect(page.locator('#art1015-p2')).toContainText('有下列情形之一的，不得选取');
  // The TOC lists the 编 and the chapters inside them.
  await expect(page.locator('.toc a[href="#pt4"]')).toHaveCount(1);
  await expect(page.locator('.toc a[href="#pt4-ch2"]')).toHaveCount(1);
});

test('citation paths name 编, 章, 条 and 款 in the page script', async ({ page }) => {
  await page.goto(`${server.url}zh-hant/${slug}/`);
  await expect(page.locator('#art1015-p2')).toHaveAttribute('data-cite', '第四編 第二章 第一千零一十五條 第二款');
  await expect(page.locator('#art1015-p2-1')).toHaveAttribute('data-cite', '第四編 第二章 第一千零一十五條 第二款（一）');
  await expect(page.locator('#art1015a1')).toHaveAttribute('data-cite', '第四編 第二章 第一千零一十五條之一');
  await expect(page.locator('#pt3-sub1-ch1')).toHaveAttribute('data-cite', '第三編 第一分編 第一章');
});

test('copying the citation of a 款 after an item list names the article and the 款, not the last item', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.goto(`${server.url}zh-hans/${slug}/`);
  const para = page.locator('#art1015-p2');
  await para.hover();
  await para.locator('> button.cite').click();
  await expect(page.locator('#cite-status')).toContainText('#art1015-p2');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/《示范民事法典》(（[^）]+）)?第四编第二章第一千零一十五条第二款，\S+\/zh-hans\/2020-05-28-sfmsfd\/#art1015-p2$/);
  expect(copied).not.toContain('第二项');
});
