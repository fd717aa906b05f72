// Rewrites one built page for indexing: Chinese text inside the data-pagefind-body element gets
// spaces between words, so Pagefind indexes whole words instead of every character pair
// (which costs memory linear in text and makes Chinese indexing infeasible at 10,000 pages).
// The page on disk is untouched; only the copy handed to Pagefind is segmented.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';
import { spaceWords } from '../../src/components/search/lib/segment.ts';

const skip = new Set(['script', 'style', 'template', 'noscript']);

function segmentChildren(children: RootContent[]): void {
  for (const node of children) {
    if (node.type === 'text') node.value = spaceWords(node.value);
    else if (node.type === 'element' && !skip.has(node.tagName)) segmentChildren(node.children);
  }
}

function findBody(children: RootContent[]): Element | undefined {
  for (const node of children) {
    if (node.type !== 'element') continue;
    if (node.properties?.dataPagefindBody !== undefined) return node;
    const inner = findBody(node.children);
    if (inner) return inner;
  }
  return undefined;
}

export interface SegmentedPage { html: string; hasBody: boolean; lang: string | undefined }

export function segmentPage(html: string): SegmentedPage {
  const tree: Root = fromHtml(html);
  const body = findBody(tree.children);
  const htmlEl = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const lang = typeof htmlEl?.properties?.lang === 'string' ? htmlEl.properties.lang : undefined;
  if (body) segmentChildren(body.children);
  return { html: toHtml(tree), hasBody: Boolean(body), lang };
}
