// Run-in headings (`{.run-in}`) read as the bold lead of their paragraph, as in the printed
// original. The heading stays a heading with its id; this groups it with the paragraph that
// follows in a <div class="run-in"> so CSS can set both inline.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { container } from './container.ts';

export interface Options {
  /** Class that marks a run-in heading. Default 'run-in'. */
  className?: string;
}

function classesOf(node: Heading): string[] {
  const props = node.data?.hProperties as Record<string, unknown> | undefined;
  const c = props?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

export default function remarkRunIn(options: Options = {}) {
  const className = options.className ?? 'run-in';
  return (tree: Root) => {
    const out: RootContent[] = [];
    const kids = tree.children;
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (node.type !== 'heading' || !classesOf(node).includes(className)) {
        out.push(node);
        continue;
      }
      const next = kids[i + 1];
      const group: (Heading | Paragraph)[] = [node];
      if (next?.type === 'paragraph') {
        group.push(next);
        i += 1;
      }
      out.push(container(group, { className: [`${className}-group`] }));
    }
    tree.children = out;
  };
}
