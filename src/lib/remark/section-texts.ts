// Collects each section's own text for the search index: `file.data.sections: SectionText[]`.
// Runs in the read views after script conversion, so texts are in the page's script, and works
// before or after run-in grouping (containers are looked into). A section is a heading and the
// blocks up to the next heading of any depth (its subsections are sections of their own); the
// text before the first heading is the section with id ''. Ids come from heading-attributes.
import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import type { SectionText } from '../render/prerendered.ts';

declare module 'vfile' {
  interface DataMap {
    sections: SectionText[];
  }
}

export interface Options {
  /** Separator between the blocks of one section's text. Default '\n'. */
  separator?: string;
}

function headingId(node: Heading): string | undefined {
  const id = (node.data?.hProperties as Record<string, unknown> | undefined)?.id;
  return typeof id === 'string' && id ? id : undefined;
}

/** Top-level blocks in document order, with containers (run-in groups) opened up. */
function* blocks(children: RootContent[]): Generator<RootContent> {
  for (const node of children) {
    if (node.type === 'container') yield* blocks(node.children);
    else yield node;
  }
}

/** A table's cells are separate words: one row per line, cells separated by a space (toString would glue them). */
function blockText(node: RootContent): string {
  if (node.type !== 'table') return toString(node);
  return node.children.map((row) => row.children.map((cell) => toString(cell)).filter(Boolean).join(' ')).join('\n');
}

export function collectSections(tree: Root, separator = '\n'): SectionText[] {
  const out: SectionText[] = [];
  const stack: { depth: number; id: string; text: string }[] = [];
  let current: { section: SectionText; parts: string[] } = { section: { id: '', depth: 0, path: [], text: '' }, parts: [] };
  const flush = () => {
    const text = current.parts.join(separator);
    // The text before the first heading is kept only when there is some.
    if (current.section.depth > 0 || text.trim()) out.push({ ...current.section, text });
  };
  for (const node of blocks(tree.children)) {
    if (node.type === 'heading') {
      flush();
      const text = toString(node);
      while (stack.length && stack.at(-1)!.depth >= node.depth) stack.pop();
      // A heading without an id cannot be linked to: its section answers to the nearest
      // enclosing heading that has one (the path still names it).
      const id = headingId(node) ?? stack.findLast((s) => s.id)?.id ?? '';
      stack.push({ depth: node.depth, id: headingId(node) ?? '', text });
      current = { section: { id, depth: node.depth, path: stack.map((s) => s.text), text: '' }, parts: [text] };
      continue;
    }
    const text = blockText(node);
    if (text.trim()) current.parts.push(text);
  }
  flush();
  return out;
}

export default function remarkSectionTexts(options: Options = {}) {
  const separator = options.separator ?? '\n';
  return (tree: Root, file: VFile) => {
    file.data.sections = collectSections(tree, separator);
  };
}
