// The text of a built reading page as a reader searches it (the ground truth of the evaluation):
// everything inside data-pagefind-body except what is marked data-pagefind-ignore, scripts and
// styles. Read from the HTML on purpose, independently of the records the index is built from.
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

const skipTags = new Set(['script', 'style', 'template', 'noscript']);

export interface ParsedPage { tree: Root; body: Element | undefined }

function findBody(children: RootContent[]): Element | undefined {
  for (const node of children) {
    if (node.type !== 'element') continue;
    if (node.properties?.dataPagefindBody !== undefined) return node;
    const inner = findBody(node.children);
    if (inner) return inner;
  }
  return undefined;
}

export function parsePage(html: string): ParsedPage {
  const tree = fromHtml(html);
  return { tree, body: findBody(tree.children) };
}

/** The body's searchable text (whitespace kept; a space after each element). */
export function bodyText(page: ParsedPage): string {
  let out = '';
  const walk = (children: RootContent[]) => {
    for (const node of children) {
      if (node.type === 'text') out += node.value;
      else if (node.type === 'element' && !skipTags.has(node.tagName) && node.properties?.dataPagefindIgnore === undefined) {
        walk(node.children);
        out += ' ';
      }
    }
  };
  if (page.body) walk(page.body.children);
  return out;
}
