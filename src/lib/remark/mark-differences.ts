// Compare view: in the converted column, the characters that differ from the original column are
// wrapped in <span class="d"> (runs of them, one span each), so a reader sees at a glance what the
// script conversion changed. A one-to-many character (干→幹/乾/干) gets its own <span class="m">
// whose title says which forms were possible and what chose (see src/lib/script/one-to-many.ts).
// The two cells are clones of one block, so their text nodes pair up in order; a pair whose
// lengths differ (a phrase converted to another length) is left unmarked.
import type { Nodes, PhrasingContent, Text } from 'mdast';
import { visit } from './visit.ts';

/** A note on one character of the converted text: the form it should have, and what chose it. */
export interface Note { output: string; note: string }
/** For the text of the original cell: one note per code point (a one-to-many choice), or undefined. */
export type Explain = (original: string) => (Note | undefined)[];

function texts(tree: Nodes): Text[] {
  const out: Text[] = [];
  visit(tree, 'text', (node: Text) => void out.push(node));
  return out;
}

function span(value: string, className: string[], title?: string): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className, ...(title ? { title } : {}) } }, children: [{ type: 'text', value }] };
}

/** The pieces of `text` with the runs that differ from `original` as spans, notes on their own. */
export function differenceRuns(original: string, text: string, notes: readonly (Note | undefined)[] = []): PhrasingContent[] {
  const a = [...original], b = [...text];
  if (a.length !== b.length || (original === text && !notes.some(Boolean))) return [{ type: 'text', value: text }];
  const out: PhrasingContent[] = [];
  let run = '', differs = false;
  const flush = () => {
    if (run) out.push(differs ? span(run, ['d']) : { type: 'text', value: run });
    run = '';
  };
  b.forEach((ch, i) => {
    const d = ch !== a[i];
    const note = notes[i];
    if (note && note.output === ch) {
      flush();
      out.push(span(ch, d ? ['d', 'm'] : ['m'], note.note));
      return;
    }
    if (d !== differs) (flush(), (differs = d));
    run += ch;
  });
  flush();
  return out;
}

/** Marks in `converted` (a cell) what differs from `original` (the other cell of the same block). */
export function markDifferences(original: Nodes, converted: Nodes, explain?: Explain): void {
  const from = texts(original);
  // The converted cell's text nodes with their parents, in one walk (the tree walk of ./visit.ts).
  const to: { node: Text; parent: { children: PhrasingContent[] } | undefined }[] = [];
  visit(converted, 'text', (node: Text, _i, parent) => void to.push({ node, parent }));
  if (from.length !== to.length) return;
  to.forEach(({ node, parent }, i) => {
    const source = from[i]!.value;
    const runs = differenceRuns(source, node.value, explain?.(source));
    if (runs.length === 1 && runs[0]!.type === 'text') return;
    if (!parent) return;
    parent.children.splice(parent.children.indexOf(node), 1, ...runs);
  });
}
