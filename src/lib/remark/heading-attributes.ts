// Honours a trailing attribute block on ATX headings: `## 一、标题 {#s1 .run-in}`.
// The block is removed from the text and becomes the heading's id and classes.
import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from './visit.ts';

export interface Options {
  /** Warn (file.message) when a heading has no id. Default false. */
  requireId?: boolean;
}

const ATTRIBUTE_BLOCK = /[ \t]*\{([^{}]*)\}[ \t]*$/;

export interface HeadingAttributes {
  id?: string;
  classes: string[];
}

/** Parses `#id .class .other` (the content between the braces). Returns null if a token is not understood. */
export function parseAttributes(source: string): HeadingAttributes | null {
  const result: HeadingAttributes = { classes: [] };
  for (const token of source.trim().split(/\s+/).filter(Boolean)) {
    if (/^#[A-Za-z][\w-]*$/.test(token)) result.id = token.slice(1);
    else if (/^\.[A-Za-z][\w-]*$/.test(token)) result.classes.push(token.slice(1));
    else return null;
  }
  return result;
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
      const attributes = parseAttributes(match[1] ?? '');
      if (!attributes) {
        file.message(`Cannot read heading attributes \`{${match[1]}}\`: use \`{#id .class}\``, node);
        return;
      }
      const text = last as Text;
      text.value = text.value.slice(0, match.index).replace(/[ \t]+$/, '');
      if (text.value === '') node.children.pop();
      const data = (node.data ??= {});
      const props = (data.hProperties ??= {}) as Record<string, unknown>;
      if (attributes.id) props.id = attributes.id;
      if (attributes.classes.length) props.className = attributes.classes;
    });
  };
}
