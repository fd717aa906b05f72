// Compare view: one row per heading/paragraph, the same ids as the reading pages, each column in
// its own language, pairs stacked on phones.
import { expect, test } from '@playwright/test';
import { sampleDoc } from './site-helpers.ts';

const slug = sampleDoc();

test('rows align with the document, one pair per heading and paragraph', async ({ page }) => {
  // The document's blocks in reading order (a run-in group is its heading and its paragraph, head
  // and closing blocks their lines; a heading's permalink and citation button follow it, in
  // .heading or in the group).
  await page.goto(`/zh-hans/${slug}/`);
  const blocks = await page.locator('.doc-body').evaluate((body) =>
    [...body.children]
      .filter((e) => !e.matches('.articles'))
      .flatMap((e) => (e.matches('.run-in-group, .heading, .doc-head, .doc-closing') ? [...e.children] : [e]))
      .filter((e) => !e.matches('.pl, .cite'))
      .map((e) => `${e.tagName}#${e.id}`),
  );
  expect(blocks.filter((b) => /^(H\d|P)#./.test(b)).length).toBeGreaterThan(5);
  await page.goto(`/compare/${slug}/`);
  const rows = page.locator('.compare-body .row');
  const pairs = await rows.evaluateAll((els) =>
    els.map((row) => [...row.querySelectorAll(':scope > .cell')].map((c) => `${c.firstElementChild?.tagName}#${row.id}`)),
  );
  // Row i holds block i, on both sides.
  expect(pairs.map((p) => p[0])).toEqual(blocks);
  expect(pairs.map((p) => p[1])).toEqual(blocks);
  await expect(page.locator('.compare-body .row > .cell[lang="zh-Hans"]')).toHaveCount(blocks.length);
  await expect(page.locator('.compare-body .row > .cell[lang="zh-Hant"]')).toHaveCount(blocks.length);
});

test('cells match the reading pages of each script', async ({ page }) => {
  await page.goto(`/zh-hant/${slug}/`);
  // Heading text without the permalink/citation controls.
  const textOf = (sel: string) =>
    page.locator(sel).evaluate((e) => {
      const copy = e.cloneNode(true) as Element;
      copy.querySelectorAll('.pl, .cite').forEach((c) => c.remove());
      return (copy.textContent ?? '').trim();
    });
  const hantHeading = await textOf('#s2');
  await page.goto(`/compare/${slug}/#s2`);
  await expect(page.locator('#s2')).toBeInViewport();
  expect(await textOf('#s2 > .cell[lang="zh-Hant"] > h2')).toBe(hantHeading);
});

test('side by side on desktop, stacked on phones', async ({ browser, baseURL }) => {
  for (const [width, sideBySide] of [[1280, true], [390, false]] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL });
    const page = await context.newPage();
    await page.goto(`/compare/${slug}/`);
    const row = page.locator('.compare-body .row').nth(1);
    const left = await row.locator('> .cell').nth(0).boundingBox();
    const right = await row.locator('> .cell').nth(1).boundingBox();
    if (sideBySide) expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    else expect(right!.y).toBeGreaterThanOrEqual(left!.y + left!.height - 1);
    await context.close();
  }
});

test('links back to both scripts keep the hash', async ({ page }) => {
  await page.goto(`/compare/${slug}/#s1-1`);
  await page.locator('.doc-actions a[hreflang="zh-Hant"]').click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/${slug}/#s1-1$`));
});

test('the converted column marks the characters that differ; the column labels stay in view', async ({ page }) => {
  await page.goto(`/compare/${slug}/`);
  const marked = page.locator('.cell .d');
  expect(await marked.count()).toBeGreaterThan(10);
  // Every marked character differs from the one at the same place in the other column.
  const wrong = await page.locator('.row').evaluateAll((rows) => {
    const out: string[] = [];
    for (const row of rows.slice(0, 40)) {
      const [a, b] = [...row.querySelectorAll('.cell')];
      if (!a || !b) continue;
      const marks = b.querySelectorAll('.d').length ? b : a;
      const other = marks === b ? a : b;
      const otherText = [...(other.textContent ?? '')];
      let at = 0;
      const walk = (n: Node) => {
        for (const c of n.childNodes) {
          if (c.nodeType === 3) {
            for (const ch of c.textContent ?? '') {
              if ((c.parentElement as Element).classList.contains('d') && otherText[at] === ch) out.push(`${row.id}: ${ch}`);
              at++;
            }
          } else if (!(c as Element).matches('.pl, .cite')) walk(c);
        }
      };
      walk(marks);
    }
    return out;
  });
  expect(wrong).toEqual([]);
  // One-to-many characters carry the forms possible and the rule that chose.
  const flagged = await page.locator('.cell .m[title]').evaluateAll((els) => els.map((e) => `${e.textContent}|${e.getAttribute('title')}`));
  expect(flagged.length).toBeGreaterThan(0);
  for (const f of flagged) expect(f).toMatch(/^(.)\|.→\1（[^）]+\/[^）]+）· \S/u);
  await page.mouse.wheel(0, 3000);
  await expect(page.locator('.compare-cols')).toBeInViewport();
});

test('phones get their own introduction (pairs, not columns)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/compare/${slug}/`);
  await expect(page.locator('.compare-hint .narrow')).toBeVisible();
  for (const wide of await page.locator('.compare-hint .wide').all()) await expect(wide).toBeHidden();
  expect(await page.locator('.compare-hint').innerText()).not.toContain('左栏');
});
