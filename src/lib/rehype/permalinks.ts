// Adds a permalink to every citable block: headings and paragraphs with an id (reading view) and
// rows (compare view). The link is empty text with an aria-label (its mark comes from CSS), so it
// adds nothing to the indexed text and works without JavaScript.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Accessible name of the link, e.g. 本段链接. */
  label: string;
  /** Class of the link. Default 'pl'. */
  className?: string;
}

const CITABLE = /^(h[1-6]|p)$/;

function isCitable(node: Element): boolean {
  if (typeof node.properties?.id !== 'string') return false;
  if (CITABLE.test(node.tagName)) return true;
  const cls = node.properties.className;
  return Array.isArray(cls) && cls.includes('row');
}

export default function rehypePermalinks(options: Options) {
  const className = options.className ?? 'pl';
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!isCitable(node)) return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: [className], href: `#${String(node.properties.id)}`, ariaLabel: options.label },
        children: [],
      });
    });
  };
}
