// Converts the script of every text node under a Markdown node. Only `text` nodes are touched:
// ids, classes, URLs and code stay exactly as written, and escaping is left to the HTML serialiser.
import type { Nodes } from 'mdast';
import { visit } from './visit.ts';

export function convertTextNodes(tree: Nodes, convert: (text: string) => string): void {
  visit(tree, 'text', (node) => {
    node.value = convert(node.value);
  });
}
