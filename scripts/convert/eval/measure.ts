import { oneForm } from './one-form.ts';
import type { DocumentModel, SectionNode } from '../types.ts';
import { isTableRow, readClean } from './ground-truth.ts';
import { furniture, pageNumbers } from './leftovers.ts';
import { articleId, markerOf } from './markers.ts';
import { clauseIds, structureIds, type IdScore } from './ids.ts';
import { outputText } from './output-text.ts';
import type { Expected } from './sources.ts';
import { scriptConverter } from '../../../src/lib/script-view.ts';

const toHans = scriptConverter('hant', 'hans');

// One raw file of the real-world set, measured: metadata of its first document against
// sources.tsv, headings against the clean original, what is left that should not be, and what is lost.

export const FIELDS = ['title', 'issuer', 'date', 'type', 'docNumber'] as const;
export type Field = (typeof FIELDS)[number];

export interface FileMeasure {
  file: string;
  documents: number;
  fields: Record<Field, { expected: string | null; got: string | null; ok: boolean }>;
  headings: { expected: number; found: number; matched: number; byKind: Record<string, { expected: number; found: number; matched: number }> };
  articleIds: { total: number; right: number; wrong: string[] };
  /** 编/章/节, articles and decimal headings with the id their number implies. */
  structureIds: IdScore;
  /** 款 of articles with two or more that have their anchor. */
  clauseIds: IdScore;
  tableHeadings: number; // headings made of a table row
  pageNumbersLeft: number;
  furnitureLeft: number;
  splitParagraphs: number;
  longParagraphs: number;
  charsLost: number;
  lostSample: string;
  warnings: number;
}

// Box-drawing characters (a table drawn ┌──┬──┐ │…│) are the table's markup, like tabs: not compared.
// zero-width characters are no text either (a line of them is an empty paragraph of a web copy)
const norm = (s: string) => oneForm(s.replace(/[\s\u3000\u00a0\ufeff\u200b-\u200d\u2060\u2500-\u257f]+/g, ''));
/** A line of a drawn table (its rows are compared as a table's: not as paragraphs). */
const DRAWN = /^[\s\u3000]*[\u2500-\u257f]/;

function field(model: DocumentModel, name: Field): string | null {
  const v = (model as unknown as Record<string, unknown>)[name];
  return typeof v === 'string' && v !== '' ? v : null;
}

function same(name: Field, expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  if (name === 'type') return toHans(expected) === toHans(got); // the type is a vocabulary word written in simplified (src/lib/format/doc-types.ts)
  return name === 'title' ? norm(expected) === norm(got) : expected === got;
}

function walk(sections: SectionNode[], out: SectionNode[] = []): SectionNode[] {
  for (const s of sections) {
    out.push(s);
    walk(s.children, out);
  }
  return out;
}

function multiset<T extends string>(items: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

export interface Converted {
  models: DocumentModel[];
  markdowns: string[];
  warnings: number;
}

export function measure(expected: Expected, cleanText: string, out: Converted): FileMeasure {
  const first = out.models[0];
  const fields = Object.fromEntries(
    FIELDS.map((name) => {
      const want = expected[name];
      const got = first ? field(first, name) : null;
      return [name, { expected: want, got, ok: same(name, want, got) }];
    }),
  ) as FileMeasure['fields'];

  const clean = readClean(cleanText);
  // Annexes are sections of their own after the main text.
  const nodes = out.models.flatMap((m) => walk([...m.sections, ...(m.annexes ?? [])]));
  const cleanRows = new Set(clean.paragraphs.filter(isTableRow).map(norm));
  const found = nodes.map((n) => markerOf(n.heading) ?? { kind: 'unmarked', key: `?${norm(n.heading).slice(0, 8)}` });
  const want = multiset(clean.headings.map((m) => `${m.kind} ${m.key}`));
  const got = multiset(found.map((m) => `${m.kind} ${m.key}`));
  const byKind: FileMeasure['headings']['byKind'] = {};
  const kindOf = (k: string) => (byKind[k.split(' ')[0]!] ??= { expected: 0, found: 0, matched: 0 });
  for (const [k, n] of want) kindOf(k).expected += n;
  for (const [k, n] of got) {
    kindOf(k).found += n;
    kindOf(k).matched += Math.min(n, want.get(k) ?? 0);
  }
  const matched = Object.values(byKind).reduce((a, b) => a + b.matched, 0);

  const articleIds: FileMeasure['articleIds'] = { total: 0, right: 0, wrong: [] };
  nodes.forEach((n, i) => {
    if (found[i]!.kind !== 'article') return;
    const id = articleId(found[i]!.key);
    if (!id) return;
    articleIds.total++;
    if (new RegExp(`(^|-)${id}$`).test(n.id)) articleIds.right++;
    else if (articleIds.wrong.length < 5) articleIds.wrong.push(`${found[i]!.key}→${n.id}`);
  });

  const text = outputText(out.markdowns);
  const lines = text.blocks.flatMap((b) => b.split('\n'));
  const cleanLines = clean.paragraphs;
  const joined = text.blocks.map(norm).join('\u0001');
  const long = clean.paragraphs.filter((p) => !isTableRow(p) && !DRAWN.test(p) && norm(p).length >= 40);
  const split = long.filter((p) => !joined.includes(norm(p)));

  const have = multiset([...norm(text.all)]);
  const lost: string[] = [];
  for (const ch of norm(clean.paragraphs.join(''))) {
    const n = have.get(ch) ?? 0;
    if (n > 0) have.set(ch, n - 1);
    else lost.push(ch);
  }

  return {
    file: expected.file,
    documents: out.models.length,
    fields,
    headings: { expected: clean.headings.length, found: nodes.length, matched, byKind },
    articleIds,
    structureIds: structureIds(nodes),
    clauseIds: clauseIds(clean.paragraphs, out.markdowns),
    tableHeadings: nodes.filter((n) => norm(n.heading).length >= 2 && [...cleanRows].some((r) => r.includes(norm(n.heading)))).length,
    pageNumbersLeft: Math.max(0, pageNumbers(lines) - pageNumbers(cleanLines)),
    furnitureLeft: Math.max(0, furniture(lines) - furniture(cleanLines)),
    splitParagraphs: split.length,
    longParagraphs: long.length,
    charsLost: lost.length,
    lostSample: lost.slice(0, 20).join(''),
    warnings: out.warnings,
  };
}
