// The metadata block shows what a reader cites (发文机关, 成文日期, 发文字号, 施行日期,
// 文种) and no internals; where the text came from is collapsed in "来源与转换" at the end; the
// switch and report links appear once; words of the other script carry their lang.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, DIST, docSlugs, sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();

for (const [route, own, other, provenance] of [['zh-hans', 'zh-Hans', '繁體', '来源与转换'], ['zh-hant', 'zh-Hant', '简体', '來源與轉換']] as const) {
  test(`${route}: metadata block without internals, provenance collapsed at the end`, async ({ page }) => {
    await page.goto(`/${route}/${slug}/`);
    const meta = page.locator('.doc-meta');
    await expect(meta).not.toContainText(/原文字[体體]|来源文件|來源檔案|日期不[详詳]|\.txt/);
    await expect(meta.locator('dt').first()).toHaveText(/发文机关|發文機關|成文日期|文[种種]/);
    const details = page.locator('details.provenance');
    await expect(details).toHaveJSProperty('open', false);
    await expect(details.locator('summary')).toHaveText(provenance);
    await details.locator('summary').click();
    await expect(details.locator('code')).toHaveText(/\.\w+$/);
    await expect(details.locator('a[href*="/report/"]')).toHaveCount(1);
    // The report and the other script are each linked once in the page's header area.
    await expect(page.locator('.doc-head a[href*="/report/"]')).toHaveCount(0);
    await expect(page.locator(`header a[hreflang]:not([hreflang="${own}"])`)).toHaveCount(1);
    // Every text of the other script's name sits in an element carrying that script's lang.
    const stray = await page.evaluate(([own, other]) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.includes(other)) continue;
        const lang = n.parentElement!.closest('[lang]')!.getAttribute('lang');
        if (lang === own) out.push(n.parentElement!.outerHTML.slice(0, 120));
      }
      return out;
    }, [own, other] as const);
    expect(stray).toEqual([]);
  });
}

test('a document without a known date shows no date row', async ({ page }) => {
  const undated = docSlugs().find((s) => /^date: null$/m.test(readFileSync(join(DIST, 'zh-hans', `${s}.md`), 'utf8')));
  expect(undated, 'the bundled corpus has an undated document').toBeTruthy();
  await page.goto(`/zh-hans/${undated}/`);
  await expect(page.locator('.doc-meta dt')).not.toHaveText([/日期/]);
  await expect(page.locator('.doc-meta')).not.toContainText('日期');
});

test('typography: CJK faces first, justified text, contents entries without a closing 。, one citation button per run-in block', async ({ page }) => {
  await page.goto(`/zh-hans/${slug}/`);
  const family = await page.locator('h1').evaluate((e) => getComputedStyle(e).fontFamily);
  expect(family.split(',')[0]).toMatch(/PingFang|Hiragino|YaHei|Noto|Source Han|WenQuanYi|Songti|STSong|SimSun/);
  expect(family.indexOf('system-ui')).toBeGreaterThan(family.indexOf('WenQuanYi'));
  expect(await page.locator('.doc-body > p[id]').first().evaluate((e) => getComputedStyle(e).textAlign)).toBe('justify');
  const entries = await page.locator('.toc a').allInnerTexts();
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.filter((e) => /[。；，：]$/.test(e.trim()))).toEqual([]);
  const group = page.locator('.run-in-group').first();
  await group.hover();
  // The citation buttons come with the lazy reading aids (loaded on the first pointer move), and fade in.
  const visible = () => page.locator('button.cite').evaluateAll((bs) => bs.filter((b) => getComputedStyle(b).visibility === 'visible' && getComputedStyle(b).display !== 'none' && Number(getComputedStyle(b).opacity) > 0).length);
  await expect.poll(visible).toBe(1);
});

test('head and closing lines keep their alignment: 发文字号, history note and decree cover centred, signature and date set right', async ({ page }) => {
  const roles = /class="(doc-number|history-note|decree-cover|signer|sign-date)"/;
  const slugs = docSlugs().filter((s) => roles.test(builtHtml(`zh-hans/${s}`)));
  expect(slugs.length, 'the bundled corpus has documents with head or closing lines').toBeGreaterThan(0);
  for (const s of slugs) {
    await page.goto(`/zh-hans/${s}/`);
    const wrong = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.doc-body p:is(.doc-number, .history-note, .decree-cover, .signer, .sign-date)')]
      .map((p) => [p.className, getComputedStyle(p).textAlign] as const)
      .filter(([c, align]) => align !== (/signer|sign-date/.test(c) ? 'right' : 'center')));
    expect(wrong, s).toEqual([]);
  }
});
