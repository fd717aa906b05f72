// Reading pages in both scripts: anchors, script switcher keeping the place, copy citation, dark
// mode, table of contents.
import { expect, test } from '@playwright/test';
import { sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();

test.describe('reading pages', () => {
  for (const [lang, route] of [['zh-Hans', 'zh-hans'], ['zh-Hant', 'zh-hant']] as const) {
    test(`${lang}: lang, landmarks, anchors`, async ({ page }) => {
      await page.goto(`/${route}/${slug}/#s1-1`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('main#main')).toHaveCount(1);
      await expect(page.locator('header.site-header')).toHaveCount(1);
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
      await expect(page.locator('#s1-1')).toBeInViewport();
      await page.goto(`/${route}/${slug}/#s2`);
      await expect(page.locator('#s2')).toBeInViewport();
      await expect(page.locator('.doc-body p[id="p1"]')).toHaveCount(1);
    });
  }

  test('issuer, year and type lead to browse pages that list the document', async ({ page }) => {
    for (const route of ['zh-hans', 'zh-hant']) {
      for (const nth of [0, 1, 2]) {
        await page.goto(`/${route}/${slug}/`);
        const link = page.locator('.doc-meta dd a[href*="/browse/"]').nth(nth);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${route}/browse/(issuer|year|type)/[a-z0-9-]+/$`));
        await expect(page.locator(`main a[href$="/${route}/${slug}/"]`).first()).toBeVisible();
      }
    }
  });

  test('both scripts carry the same anchors', async ({ page }) => {
    const ids = async (route: string) => {
      await page.goto(`/${route}/${slug}/`);
      return page.locator('.doc-body [id]:is(h2,h3,h4,h5,h6,p)').evaluateAll((els) => els.map((e) => e.id));
    };
    const hans = await ids('zh-hans');
    expect(hans.length).toBeGreaterThan(3);
    expect(await ids('zh-hant')).toEqual(hans);
  });

  test('the traditional page is converted, the simplified one is not', async ({ page }) => {
    await page.goto(`/zh-hans/${slug}/`);
    const hans = await page.locator('.doc-body').innerText();
    await page.goto(`/zh-hant/${slug}/`);
    const hant = await page.locator('.doc-body').innerText();
    expect(hant).not.toEqual(hans);
  });

  test('script switcher keeps the hash', async ({ page }) => {
    await page.goto(`/zh-hans/${slug}/#s2`);
    await page.locator('.site-nav a[hreflang="zh-Hant"]').click();
    await expect(page).toHaveURL(new RegExp(`/zh-hant/${slug}/#s2$`));
    await expect(page.locator('#s2')).toBeInViewport();
    await page.locator('.site-nav a[hreflang="zh-Hans"]').click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/${slug}/#s2$`));
  });

  test('script switcher without a hash keeps the scrolled-to place', async ({ page }) => {
    await page.goto(`/zh-hans/${slug}/`);
    await page.locator('#s2').evaluate((e) => e.scrollIntoView());
    await page.locator('.site-nav a[hreflang="zh-Hant"]').click(); // sticky header on wide screens
    await expect(page).toHaveURL(new RegExp(`/zh-hant/${slug}/#[a-z][\\w-]*$`));
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(page.locator('#s2')).toBeInViewport();
  });

  test('copy citation puts issuer, title, the place in words and the URL on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(`/zh-hans/${slug}/`);
    const heading = page.locator('#s1-1');
    const title = (await page.locator('h1').innerText()).trim().replace(/[()（）]/g, '.');
    expect(await page.locator('#s1').getAttribute('data-cite')).toBe('一、');
    await heading.hover();
    await page.locator('button.cite:has(+ a.pl[href="#s1-1"])').click();
    await expect(page.locator('#cite-status')).not.toBeEmpty();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Plain form (src/lib/cite/format.ts; every form's exact strings: tests/unit/site/cite-format.test.ts).
    expect(copied).toMatch(new RegExp(`^[^《]*《${title}》(（[^）]+）)?第一部分第[^“]+“[^”]+”，${baseURL}/zh-hans/${slug}/#s1-1$`));
  });

  test('a paragraph citation names its section', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(`/zh-hant/${slug}/`);
    const para = page.locator('.doc-body .heading:has(> h2#s2) ~ p[id], .doc-body .heading:has(> h2#s2) ~ div p[id]').first();
    const id = await para.getAttribute('id');
    await para.hover();
    await para.locator('> button.cite').click();
    await expect(page.locator('#cite-status')).toContainText(`#${id}`); // copying code loads on first use
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^[^《]*《.+》(（[^）]+）)?第二部分.*「[^」]+」，${baseURL}/zh-hant/${slug}/#${id}$`));
  });

  test('permalinks work without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/zh-hans/${slug}/`);
    const link = page.locator('a.pl[href="#s2"]');
    await expect(link).toHaveAttribute('href', '#s2');
    await expect(page.locator('button.cite')).toHaveCount(0);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#s2$/);
    await context.close();
  });

  test('appearance: dark applies and is remembered; "follow system" goes back to the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/zh-hans/${slug}/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    const pick = page.locator('#theme-pick');
    await expect(pick).toHaveValue('');
    await pick.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bg()).not.toBe(light);
    await page.goto(`/zh-hant/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('#theme-pick')).toHaveValue('dark');
    await page.locator('#theme-pick').selectOption('');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await bg()).toBe(light);
    await page.reload();
    await expect(page.locator('#theme-pick')).toHaveValue('');
  });

  test('system dark preference applies without a stored choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/zh-hans/${slug}/`);
    await expect(page.locator('#theme-pick')).toHaveValue('');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
  });

  test('table of contents: open on desktop, collapsed on phones', async ({ browser, baseURL }) => {
    for (const [width, open] of [[1280, true], [390, false]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, baseURL });
      const page = await context.newPage();
      await page.goto(`/zh-hans/${slug}/`);
      await expect(page.locator('details.toc')).toHaveJSProperty('open', open);
      await expect(page.locator('details.toc a[href="#s1"]')).toBeVisible({ visible: open });
      await context.close();
    }
  });

  test('run-in headings read as the bold lead of their paragraph', async ({ page }) => {
    await page.goto(`/zh-hans/${slug}/`);
    const group = page.locator('.run-in-group').first();
    expect(await group.count(), 'the bundled corpus has run-in headings').toBeGreaterThan(0);
    const heading = group.locator('> :is(h2,h3,h4,h5,h6)');
    await expect(heading).toHaveAttribute('id', /^[a-z]/);
    const [hBox, pBox] = [await heading.boundingBox(), await group.locator('> p').boundingBox()];
    expect(await heading.evaluate((e) => getComputedStyle(e).display)).toBe('inline');
    expect(Number(await heading.evaluate((e) => getComputedStyle(e).fontWeight))).toBeGreaterThanOrEqual(600);
    expect(pBox!.y).toBeLessThanOrEqual(hBox!.y + 2); // paragraph starts on the heading's line
  });
});
