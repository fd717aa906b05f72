// Records each heading's numbering path (二、（三）4.) as data-cite, for the "copy citation" button.
// The path is the chain of markers of the heading and its ancestors, read from the displayed text,
// so it is in the page's own script. Runs after script conversion.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingMarker } from './markers.ts';

export default function remarkSectionPaths() {
  return (tree: Root) => {
    const stack: { depth: number; marker: string }[] = [];
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const heading = node as Heading;
      while (stack.length && stack.at(-1)!.depth >= heading.depth) stack.pop();
      const marker = headingMarker(toString(heading));
      stack.push({ depth: heading.depth, marker });
      const path = stack.map((s) => s.marker).join('');
      if (!path) continue;
      const props = ((heading.data ??= {}).hProperties ??= {}) as Record<string, unknown>;
      props.dataCite = path;
    }
  };
}
