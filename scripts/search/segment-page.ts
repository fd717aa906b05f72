// Rewrites one built page for indexing: Chinese text inside the data-pagefind-body element gets
// spaces between words, so Pagefind indexes whole words instead of every character pair
// (which costs memory linear in text and makes Chinese indexing infeasible at 10,000 pages).
// The page on disk is untouched; only the copy handed to Pagefind is segmented.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import { spaceWords } from '../../src/components/search/lib/segment.ts';
import type { PagefindField } from './doc-meta.ts';

const skipTags = new Set(['script', 'style', 'template', 'noscript']);

export interface ParsedPage { tree: Root; body: Element | undefined; lang: string | undefined }

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
  const htmlEl = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const lang = htmlEl?.properties?.lang;
  return { tree, body: findBody(tree.children), lang: typeof lang === 'string' ? lang : undefined };
}

/** An element whose own text is a Pagefind metadata value: leave it as written. */
function isValueSource(el: Element): boolean {
  for (const key of ['dataPagefindMeta', 'dataPagefindFilter', 'dataPagefindSort'] as const) {
    const v = el.properties?.[key];
    if (typeof v === 'string' && !v.includes(':')) return true;
  }
  return false;
}

function visitText(children: RootContent[], fn: (node: { value: string }) => void): void {
  for (const node of children) {
    if (node.type === 'text') fn(node);
    else if (node.type === 'element' && !skipTags.has(node.tagName) && !isValueSource(node)) visitText(node.children, fn);
  }
}

/** The body's indexed text nodes in document order (used to learn the script mapping): not
 * what Pagefind ignores, and not text marked as another language (the script switcher). */
export function bodyTexts(page: ParsedPage): string[] {
  const out: string[] = [];
  const walk = (children: RootContent[]) => {
    for (const node of children) {
      if (node.type === 'text') out.push(node.value);
      else if (node.type === 'element' && !skipTags.has(node.tagName) && node.properties?.dataPagefindIgnore === undefined
        && (node.properties?.lang === undefined || node.properties.lang === page.lang)) walk(node.children);
    }
  };
  if (page.body) walk(page.body.children);
  return out;
}

/**
 * Pagefind stores every element with an id as an anchor holding its full text, so paragraph ids
 * (p1, p2, …) would store the page's text twice in each fragment. Only headings are needed to
 * place a match in its section.
 */
function dropNonHeadingIds(el: Element): void {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (!/^h[1-6]$/.test(c.tagName) && c.properties?.id !== undefined) delete c.properties.id;
    dropNonHeadingIds(c);
  }
}

const attr = { meta: 'dataPagefindMeta', filter: 'dataPagefindFilter', sort: 'dataPagefindSort' } as const;

/** Pagefind fields the page already declares, as "kind:key" (e.g. filter:issuer). */
function declaredFields(body: Element): Set<string> {
  const out = new Set<string>();
  const walk = (el: Element) => {
    for (const [kind, prop] of Object.entries(attr)) {
      const v = el.properties?.[prop];
      if (typeof v === 'string') for (const part of v.split(/(?<!\\),/)) out.add(`${kind}:${part.split(':')[0]!.trim()}`);
    }
    for (const c of el.children) if (c.type === 'element') walk(c);
  };
  walk(body);
  return out;
}

/** Filter values the page declares (key:value, or key with the element's text as value). */
export function declaredFilters(page: ParsedPage): [string, string][] {
  const out: [string, string][] = [];
  const walk = (el: Element) => {
    const v = el.properties?.dataPagefindFilter;
    if (typeof v === 'string') {
      for (const part of v.split(/(?<!\\),/)) {
        const at = part.indexOf(':');
        const key = (at < 0 ? part : part.slice(0, at)).trim();
        const value = (at < 0 ? toString(el) : part.slice(at + 1).replace(/\\,/g, ',')).trim();
        if (key && value) out.push([key, value]);
      }
    }
    for (const c of el.children) if (c.type === 'element') walk(c);
  };
  if (page.body) walk(page.body);
  return out;
}

/**
 * Segments the body text and adds the fields the page does not declare itself, each on an
 * empty hidden element (one field per element: Pagefind's comma lists are easy to get wrong).
 * Returns the HTML to hand to Pagefind.
 */
export function segmentedHtml(page: ParsedPage, fields: PagefindField[] = []): string {
  if (!page.body) return toHtml(page.tree);
  visitText(page.body.children, (n) => { n.value = spaceWords(n.value); });
  dropNonHeadingIds(page.body);
  const declared = declaredFields(page.body);
  for (const f of fields) {
    if (declared.has(`${f.kind}:${f.key}`)) continue;
    page.body.children.push({ type: 'element', tagName: 'span', properties: { hidden: true, [attr[f.kind]]: `${f.key}:${f.value}` }, children: [] });
  }
  return toHtml(page.tree);
}

/** Everything Pagefind would read as the page's content (whitespace kept), for ground truth. */
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
