// Anchor stability: an analyst cites …/doc#art15-2 or #s3-2, and the link must point at the same place
// whichever copy of the text was converted. Each clean original of a set is converted as it is and as
// copies that differ only in how they are set (full-width digits, law levels and list items set apart
// from their text by wide gaps or a tab, indented paragraphs); the ids of the original that a variant
// lacks, or places elsewhere in the order, are counted.
import { lowerBound } from '../../lib/lower-bound.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStages } from '../cli-stages.ts';
import { convertFile } from '../pipeline.ts';
import { loadExpected } from './sources.ts';

const LEVEL = /^([ \u3000]*第[一二三四五六七八九十百千零〇两0-9]+(?:分[编編]|[编編章节節条條])(?:之[一二三四五六七八九十]+)?)[ \u3000]?/gm;
const ITEM = /^([ \u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、))/gm;

/** How a copy may differ from the clean original without differing in text. */
export const VARIANTS: Readonly<Record<string, (text: string) => string>> = {
  'full-width digits': (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  'levels spaced (第一条　　…)': (t) => t.replace(LEVEL, '$1\u3000\u3000'),
  'levels tabbed (第一条\\t…)': (t) => t.replace(LEVEL, '$1\t'),
  'items spaced (（一）　　…)': (t) => t.replace(ITEM, '$1\u3000\u3000'),
  'paragraphs indented': (t) => t.replace(/^(?=\S)/gm, '\u3000\u3000'),
};

export interface StabilityRow {
  variant: string;
  files: number;
  /** Files where some id of the original is missing or out of order. */
  differing: number;
  ids: number;
  /** Ids of the original found in the variant, in the same order. */
  kept: number;
  examples: string[];
}

/** Ids in document order (headings, 款 anchors), per document joined: `art1 art2 art2-p1 …`. */
function idsOf(file: string, text: string, stages: ReturnType<typeof loadStages>): string[] {
  return convertFile(file, Buffer.from(text), stages).docs.flatMap((d, k) => [...d.markdown.matchAll(/\{#([A-Za-z0-9-]+)/g)].map((m) => `${k}:${m[1]}`));
}

/** Ids of `a` kept by `b` in the same order (a longest common subsequence, by ids: they are unique). */
export function keptInOrder(a: readonly string[], b: readonly string[]): number {
  const at = new Map(b.map((id, i) => [id, i]));
  const seq = a.map((id) => at.get(id)).filter((i): i is number => i !== undefined);
  const tails: number[] = []; // longest increasing subsequence of positions
  for (const x of seq) tails[lowerBound(tails, x)] = x;
  return tails.length;
}

export function stabilitySet(dir: string): StabilityRow[] {
  const stages = loadStages(join(dir, 'no-corrections'));
  const originals = loadExpected(dir).map(({ file }) => {
    const text = readFileSync(join(dir, 'clean', file), 'utf8');
    return { file, text, ids: idsOf(file, text, stages) };
  });
  return Object.entries(VARIANTS).map(([variant, make]) => {
    const row: StabilityRow = { variant, files: 0, differing: 0, ids: 0, kept: 0, examples: [] };
    for (const o of originals) {
      const copy = make(o.text);
      const kept = copy === o.text ? o.ids.length : keptInOrder(o.ids, idsOf(o.file, copy, stages));
      row.files++;
      row.ids += o.ids.length;
      row.kept += kept;
      if (kept < o.ids.length) {
        row.differing++;
        if (row.examples.length < 5) row.examples.push(`${o.file}: ${o.ids.length - kept} of ${o.ids.length} ids lost`);
      }
    }
    return row;
  });
}

export function stabilityTable(rows: readonly StabilityRow[]): string {
  const pct = (r: StabilityRow) => (r.ids === 0 ? '–' : `${((100 * r.kept) / r.ids).toFixed(2)}%`);
  return ['| copy differs by | files | files with ids lost | ids | kept in order |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.variant} | ${r.files} | ${r.differing} | ${r.ids} | ${pct(r)} |`)].join('\n');
}
