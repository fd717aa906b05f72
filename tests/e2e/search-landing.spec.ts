// Opening a search hit lands in the hit's section, not at the first match on the page
// (a text fragment scrolled to the TOC). For passages far down long documents, in both scripts, at
// desktop and phone widths: after the click, the block at the top of the viewport belongs to the
// hit's section, and the query is marked inside that section only.
import { expect, test, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, searchFor, slugs, uniquePassage, type Passage } from './search-helpers.ts';

/** Long documents (largest pages first) and a unique passage past the middle of each. */
function deepPassages(count: number): Passage[] {
  const bySize = slugs().sort((a, b) => statSync(join(DIST, 'zh-hans', b, 'index.html')).size - statSync(join(DIST, 'zh-hans', a, 'index.html')).size);
  const out: Passage[] = [];
  for (const slug of bySize) {
    const passage = uniquePassage(slug, 'zh-hans', 8, DIST, 6);
    if (passage) out.push(passage);
    if (out.length === count) break;
  }
  return out;
}

/** Id of the block at the top of the viewport (below a sticky header), and the ids of the blocks
 * of the section `id` (its heading to the next heading of the same or higher level). */
async function topBlockAndSection(page: Page, id: string) {
  return page.evaluate((id) => {
    const header = document.querySelector('.site-header')!;
    const inset = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    const blocks = [...document.querySelectorAll<HTMLElement>('.doc-body :is(p, h2, h3, h4, h5, h6)[id]')];
    const top = blocks.find((b) => b.getBoundingClientRect().bottom > inset + 60)?.id;
    const level = (el: Element) => (/^H\d$/.test(el.tagName) ? Number(el.tagName[1]) : 0);
    const start = blocks.findIndex((b) => b.id === id);
    const section: string[] = [];
    for (const b of blocks.slice(start)) {
      if (section.length && level(b) && level(b) <= level(blocks[start]!)) break;
      section.push(b.id);
    }
    return { top, section };
  }, id);
}

const passages = deepPassages(2);

for (const [name, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  for (const route of ['zh-hans', 'zh-hant'] as const) {
    test(`${name}, ${route}: a hit far down a long document opens its section with the query marked there`, async ({ page }) => {
      expect(passages.length).toBeGreaterThan(0);
      await page.setViewportSize(viewport);
      for (const passage of passages) {
        const query = route === 'zh-hans' ? passage.text : uniquePassage(passage.slug, 'zh-hant', 8, DIST, 6)?.text;
        expect(query).toBeTruthy();
        await page.goto(`/${route}/${slugs().find((s) => s !== passage.slug)}/`);
        await searchFor(page, query!);
        const hit = page.locator(`.wy-hit-link[href*="/${route}/${passage.slug}/"]`).first();
        await expect(hit).toHaveAttribute('href', new RegExp(`\\?hl=[^#]+#${passage.sectionId}$`));
        await hit.click();
        await expect(page.locator('mark.hl').first()).toHaveText(query!);
        // The address is clean again (a copied or cited link carries no query).
        await expect(page).toHaveURL(new RegExp(`/${route}/${passage.slug}/#${passage.sectionId}$`));
        const { top, section } = await topBlockAndSection(page, passage.sectionId);
        expect(section, `top block ${top}`).toContain(top);
        // Marks only inside the section.
        const marked = await page.locator('mark.hl').evaluateAll((ms) => ms.map((m) => m.closest('[id]')?.id));
        for (const id of marked) expect(section).toContain(id);
      }
    });
  }
}

test('without script the hit link still opens the section by its id', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const passage = passages[0]!;
  await page.goto(`/zh-hans/${passage.slug}/?hl=${encodeURIComponent(passage.text)}#${passage.sectionId}`);
  await expect(page.locator(`[id="${passage.sectionId}"]`)).toBeInViewport();
  await context.close();
});
