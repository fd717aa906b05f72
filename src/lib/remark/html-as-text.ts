// Source documents are plain text: anything that Markdown would read as raw HTML (`<script>`,
// `<b>`) is shown literally, never passed into the page. Escaping is left to the serialiser.
import type { Paragraph, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from './visit.ts';

export interface Options {
  /** Report each occurrence as a file message (default true). */
  warn?: boolean;
}

export default function remarkHtmlAsText(options: Options = {}) {
  const warn = options.warn ?? true;
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (warn) file.message('Raw HTML in the Markdown is shown as text; escape it in the source (`\\<`)', node);
      const text: Text = { type: 'text', value: node.value, position: node.position };
      // Block-level HTML sits directly in the document: give it a paragraph of its own.
      const replacement: Text | Paragraph = parent.type === 'root' ? { type: 'paragraph', children: [text], position: node.position } : text;
      parent.children.splice(index, 1, replacement as never);
    });
  };
}
