// Adds a permalink to every citable block: headings and paragraphs with an id (reading view) and
// rows (compare view). The link is empty text with an aria-label (its mark comes from CSS), so it
// adds nothing to the indexed text and works without JavaScript.
// A heading's link goes after the heading, not inside it, so the heading's accessible name is its
// text alone: a normal heading is wrapped with its link in <div class="heading">; a run-in heading
// (inline lead of its paragraph, inside .run-in-group) is followed by its link directly.
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from '../remark/visit.ts';

export interface Options {
  /** Accessible name of the link, e.g. 本段链接. */
  label: string;
  /** Class of the link. Default 'pl'. */
  className?: string;
  /** Class of the element that wraps a heading and its link. Default 'heading'. */
  headingClassName?: string;
}

const HEADING = /^h[1-6]$/;

function classes(node: Element): unknown[] {
  const cls = node.properties?.className;
  return Array.isArray(cls) ? cls : [];
}

function isCitable(node: Element): boolean {
  if (typeof node.properties?.id !== 'string') return false;
  return HEADING.test(node.tagName) || node.tagName === 'p' || classes(node).includes('row');
}

export default function rehypePermalinks(options: Options) {
  const className = options.className ?? 'pl';
  const headingClassName = options.headingClassName ?? 'heading';
  const linkTo = (node: Element): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { className: [className], href: `#${String(node.properties.id)}`, ariaLabel: options.label },
    children: [],
  });
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!isCitable(node)) return;
      if (!HEADING.test(node.tagName)) {
        node.children.push(linkTo(node));
        return;
      }
      if (!parent || index === undefined) return;
      if (parent.type === 'element' && classes(parent).includes('run-in-group')) {
        parent.children.splice(index + 1, 0, linkTo(node));
        return [SKIP, index + 2];
      }
      const wrapper: ElementContent = {
        type: 'element',
        tagName: 'div',
        properties: { className: [headingClassName] },
        children: [node, linkTo(node)],
      };
      parent.children[index] = wrapper;
      return [SKIP, index + 1];
    });
  };
}
