// Honours the trailing attribute block the converter writes (format/attributes.ts) on ATX headings,
// `## 一、标题 {#s1 .run-in marker=一、}`, and on 款 paragraphs, `…文字。 {#art4-p2 marker=第二款}`.
// The block is removed from the text and becomes the node's id and classes; the marker is kept in
// `node.data.marker` for citation paths (section-paths.ts), never written to the HTML.
import type { Heading, Paragraph, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { ATTRIBUTE_BLOCK, parseAttributes } from '../format/attributes.ts';
import { visit } from './visit.ts';

export { parseAttributes } from '../format/attributes.ts';

declare module 'mdast' {
  interface Data {
    /** What this block adds to a citation path (from the converter's `marker=`). */
    marker?: string;
  }
}

export interface Options {
  /** Warn (file.message) when a heading has no id. Default false. */
  requireId?: boolean;
}

/** A paragraph's block must be written as one (an escaped `\{…}` from source text is text). */
const UNESCAPED_BLOCK = /(?<!\\)\{[^{}]*\}[ \t]*$/;

function apply(node: Heading | Paragraph, file: VFile, last: Text, match: RegExpExecArray): void {
  const attributes = parseAttributes(match[1] ?? '');
  if (!attributes) {
    file.message(`Cannot read attributes \`{${match[1]}}\`: use \`{#id .class marker=…}\``, node);
    return;
  }
  last.value = last.value.slice(0, match.index).replace(/[ \t]+$/, '');
  if (last.value === '') node.children.pop();
  const data = (node.data ??= {});
  const props = (data.hProperties ??= {}) as Record<string, unknown>;
  if (attributes.id) props.id = attributes.id;
  if (attributes.classes.length) props.className = attributes.classes;
  if (attributes.marker) data.marker = attributes.marker;
}

export default function remarkHeadingAttributes(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      const match = last?.type === 'text' ? ATTRIBUTE_BLOCK.exec(last.value) : null;
      if (!last || !match) {
        if (options.requireId) file.message('Heading has no `{#id}` attribute block; its anchor will not be stable', node);
        return;
      }
      apply(node, file, last as Text, match);
    });
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    visit(tree, 'paragraph', (node: Paragraph) => {
      const last = node.children.at(-1);
      const match = last?.type === 'text' ? ATTRIBUTE_BLOCK.exec(last.value) : null;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!match || start === undefined || end === undefined || !UNESCAPED_BLOCK.test(source.slice(start, end))) return;
      apply(node, file, last as Text, match);
    });
  };
}
