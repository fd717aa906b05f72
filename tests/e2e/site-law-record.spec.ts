// A Taiwan law-database copy's head (tests/fixtures/site/docs/mmfsxxz.md, the converter's output for
// tests/fixtures/structure/head-taiwan-law-history/input.txt) on the fixture site built under a base
// path: its record fields (法規名稱：… 修正日期：…) and its 沿革 entries stay in the document's head,
// set flush left (not justified like the body, not centred like a mainland history note), and each
// 沿革 entry hangs: its first line starts 2em left of the lines it wraps to (src/styles/reading.css).
import { expect, test } from '@playwright/test';
import { serveBaseSite } from './lib/base-server.ts';

const slug = 'mmfsxxz';
const server = serveBaseSite();

for (const route of ['zh-hant', 'zh-hans'] as const) {
  test(`${route}: the law record and its 沿革 are head lines, flush left, each entry a hanging line`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${server.url}${route}/${slug}/`);
    const records = page.locator('.doc-head p.law-record');
    const history = page.locator('.doc-head p.law-history');
    await expect(records).toHaveCount(3);
    await expect(history).toHaveCount(5); // 沿革： and four entries
    await expect(page.locator('.doc-body > p.law-record, .doc-body > p.law-history')).toHaveCount(0); // none loose in the text

    for (const p of [...(await records.all()), ...(await history.all())]) {
      expect(await p.evaluate((e) => getComputedStyle(e).textAlign), await p.innerText()).toMatch(/^(left|start)$/);
    }
    for (const p of await records.all()) expect(await p.evaluate((e) => getComputedStyle(e).textIndent)).toBe('0px');

    // every entry: a negative first-line indent that the left padding gives back (hanging by 2em)
    for (const p of await history.all()) {
      const box = await p.evaluate((e) => {
        const s = getComputedStyle(e);
        return { indent: parseFloat(s.textIndent), padding: parseFloat(s.paddingLeft), em: parseFloat(s.fontSize) };
      });
      expect(box.padding).toBeCloseTo(2 * box.em, 0);
      expect(box.indent).toBeCloseTo(-box.padding, 0);
    }

    // as drawn: the longest entry wraps, and its first line starts left of its second, by the hang
    const lines = await history.nth(3).evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e.firstChild!); // the text, not the permalink after it (drawn in the margin)
      const tops = new Map<number, number>();
      for (const r of range.getClientRects()) if (r.width > 0) tops.set(Math.round(r.top), Math.min(tops.get(Math.round(r.top)) ?? Infinity, r.left));
      return { lefts: [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, left]) => left), em: parseFloat(getComputedStyle(e).fontSize) };
    });
    expect(lines.lefts.length, 'the longest 沿革 entry wraps at 800 px').toBeGreaterThan(1);
    expect(lines.lefts[1]! - lines.lefts[0]!).toBeCloseTo(2 * lines.em, 0);

    // the body stays justified: the head's left alignment is its own
    expect(await page.locator('.doc-body > p[id]').first().evaluate((e) => getComputedStyle(e).textAlign)).toBe('justify');
  });
}
