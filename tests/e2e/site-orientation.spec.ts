// Orientation in long documents. The contents mark the section being read
// (aria-current) and a breadcrumb names it; a compilation's articles link to the previous and next
// one; a back-to-top link. Desktop and 390 px.
import { expect, test } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, DIST, docSlugs } from './site-helpers.ts';

const longest = docSlugs().sort((a, b) => statSync(join(DIST, 'zh-hans', b, 'index.html')).size - statSync(join(DIST, 'zh-hans', a, 'index.html')).size)[0]!;

for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
  test(`${name}: the contents and a breadcrumb follow the section being read`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/zh-hans/${longest}/`);
    const heads = await page.locator('.doc-body h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(heads.length).toBeGreaterThan(2);
    for (const id of [heads[1]!, heads.at(-1)!]) {
      // Scroll to a paragraph below the heading (the section, not its heading, is at the top).
      await page.evaluate((id) => {
        const h = document.getElementById(id)!;
        scrollTo(0, h.getBoundingClientRect().top + scrollY - 60 + (h.closest('.heading, .run-in-group') ?? h).getBoundingClientRect().height);
      }, id);
      // The section or the subsection of it that starts at the top.
      await expect(page.locator(`.toc li:has(> a[href="#${id}"]) a[aria-current="location"]`)).toHaveCount(1);
      await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
      const crumb = page.locator('nav.section-crumb');
      await expect(crumb).toBeVisible();
      await expect(crumb.locator(`a[href="#${id}"]`)).toHaveCount(1);
      // It names the section as the contents do (a run-in item by its title phrase, not its whole sentence).
      const entry = (await page.locator(`.toc a[href="#${id}"]`).first().textContent())!.trim().replace(/[。；，：]+$/, '');
      await expect(crumb.locator(`a[href="#${id}"]`)).toHaveText(entry);
      await expect(crumb).toBeInViewport();
    }
    // Back to top.
    const top = page.locator('.to-top a');
    if (name === 'desktop') await expect(top).toBeInViewport();
    await top.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(200);
    await expect(page.locator('nav.section-crumb')).toBeHidden();
  });
}

test('articles of a compilation link to the previous and the next one', async ({ page }) => {
  const article = docSlugs().find((s) => builtHtml(`zh-hans/${s}`).includes('rel="next"') && builtHtml(`zh-hans/${s}`).includes('rel="prev"'));
  expect(article, 'the bundled corpus has a compilation of three or more articles').toBeTruthy();
  await page.goto(`/zh-hans/${article}/`);
  const title = await page.locator('h1').innerText();
  await page.locator('.article-pager a[rel="next"]').click();
  await expect(page.locator('h1')).not.toHaveText(title);
  await page.locator('.article-pager a[rel="prev"]').click();
  await expect(page.locator('h1')).toHaveText(title);
});
