// Test data for the search specs, picked from the built site itself (no per-document answers):
// a passage under a numbered section, unique in the corpus, from a document of a given
// original script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, RootContent } from 'hast';

export const DIST = process.env.WENYUAN_OUT_DIR ?? 'dist';
const squash = (s: string) => s.replace(/\s+/g, '');

export interface Passage { slug: string; sectionId: string; text: string }

function pageText(root: string, dir: string, slug: string): string {
  return squash(readFileSync(join(root, dir, slug, 'index.html'), 'utf8').replace(/<[^>]+>/g, ''));
}

export function slugs(root = DIST): string[] {
  const dir = join(root, 'zh-hans');
  return readdirSync(dir).filter((s) => s !== 'browse' && existsSync(join(dir, s, 'index.html'))).sort();
}

/** The original script of a document, from the site's own metadata (data-pagefind-meta script or frontmatter). */
export function originalScript(slug: string, docs = 'content/docs'): 'hans' | 'hant' | undefined {
  const f = join(docs, `${slug}.md`);
  if (!existsSync(f)) return undefined;
  const m = /^script:\s*(hans|hant)\s*$/m.exec(readFileSync(f, 'utf8'));
  return m ? (m[1] as 'hans' | 'hant') : undefined;
}

function elements(children: RootContent[], out: Element[] = []): Element[] {
  for (const n of children) if (n.type === 'element') { out.push(n); elements(n.children, out); }
  return out;
}

/** A `len`-character passage from a paragraph under a numbered section, found on no other page;
 * `skip` numbered sections are passed first (a section far down a long page). */
export function uniquePassage(slug: string, dir: 'zh-hans' | 'zh-hant', len = 8, root = DIST, skip = 0): Passage | undefined {
  const tree = fromHtml(readFileSync(join(root, dir, slug, 'index.html'), 'utf8'));
  const others = slugs(root).filter((s) => s !== slug).map((s) => pageText(root, dir, s));
  let section: string | undefined;
  let seen = 0;
  for (const el of elements(tree.children)) {
    const id = typeof el.properties?.id === 'string' ? el.properties.id : '';
    if (/^h[2-5]$/.test(el.tagName) && /^(s|ch|art)\d/.test(id)) { section = id; seen++; }
    if (el.tagName !== 'p' || !section || seen <= skip || !/^p\d+$/.test(id)) continue;
    const text = squash(toString(el));
    for (let at = 6; at + len <= text.length; at += 7) {
      const cand = text.slice(at, at + len);
      if (!/^[\p{Script=Han}]+$/u.test(cand)) continue;
      if (others.some((o) => o.includes(cand))) continue;
      return { slug, sectionId: section, text: cand };
    }
  }
  return undefined;
}

/** Opens search with the keyboard shortcut and types a query; waits for a final status. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  const input = page.locator('#wy-search-input');
  await input.waitFor();
  await input.fill(query);
  await settled(page);
}

/** Waits until the results are verified and shown (the list's aria-busy is false). */
export async function settled(page: Page): Promise<void> {
  await page.locator('#wy-search-results[aria-busy="false"]').waitFor({ timeout: 20_000 });
}

/** Shows every result ("more" until done). */
export async function showAll(page: Page): Promise<void> {
  const more = page.locator('.wy-more');
  while (await more.isVisible()) {
    await more.click();
    await settled(page);
  }
}
