// Stress measurement of the line-wrap decision: the real set's clean texts re-wrapped as PDF-like
// copies (stress-copy.ts) at several widths, with and without indents, page numbers between pages,
// cleaned, and the paragraph breaks of the result compared with the clean text's: a break the clean
// text does not have is a split paragraph, a break it has that is missing is a wrong merge.
// The real set shows only what its copies happen to contain; this shows what a rule costs elsewhere.
import { oneForm } from './one-form.ts';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../decode.ts';
import { clean } from '../clean/index.ts';
import { stressCopy, type StressLayout } from './stress-copy.ts';
import { readClean } from './ground-truth.ts';

export const STRESS_WIDTHS = [22, 28, 35, 40] as const;
export const STRESS_SEED = 20261207;

export interface StressCount {
  /** Breaks in the output the clean text does not have. */
  split: number;
  /** Breaks of the clean text missing from the output. */
  merged: number;
  /** … of which after a sentence end (。！？). */
  mergedAtStop: number;
  splitAtStop: number;
  /** Breaks of the clean text (after the head), for scale. */
  breaks: number;
  /** Characters of the clean text not found in the output (page numbers left are extra, not counted). */
  lost: number;
  wrapWarnings: number;
  examples: string[];
}

// Compared as a reader would: whitespace ignored, punctuation and digits in the form the converter writes.
const norm = (s: string) => oneForm(s.replace(/[\s\u3000\u00a0\ufeff]+/g, ''));

/** The characters of some lines as one string, and the offsets where a line ends (not the last). */
function stream(lines: readonly string[]): { text: string; breaks: Set<number> } {
  let text = '';
  const breaks = new Set<number>();
  for (const l of lines) {
    const n = norm(l);
    if (n === '') continue;
    if (text !== '') breaks.add(text.length);
    text += n;
  }
  return { text, breaks };
}

/**
 * For each offset of `a`, the offset of the same character in `b` (or -1): walks both, and where they
 * differ (a page number left, a changed mark) finds the nearest place where 6 characters agree again.
 */
function align(a: string, b: string): Int32Array {
  const map = new Int32Array(a.length + 1).fill(-1);
  let i = 0;
  let j = 0;
  const K = 6;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      map[i++] = j++;
      continue;
    }
    let synced = false;
    for (let d = 1; d <= 80 && !synced; d++) {
      for (let di = 0; di <= d; di++) {
        const dj = d - di;
        if (a.substr(i + di, K) === b.substr(j + dj, K) && i + di < a.length) {
          i += di;
          j += dj;
          synced = true;
          break;
        }
      }
    }
    if (!synced) {
      i++;
      j++;
    }
  }
  map[a.length] = b.length;
  return map;
}

export function stressFile(cleanText: string, layout: StressLayout, file: string): StressCount {
  const copy = stressCopy(cleanText, layout);
  const cleaned = clean(decode(file, Buffer.from(copy.text, 'utf8')));
  const label = `${file} w${layout.width}${layout.indent ? ' indent' : ''}`;
  return { ...breakErrors(cleanText, cleaned.text, copy.headLines, label), wrapWarnings: cleaned.warnings.filter((w) => w.kind === 'wrap?').length };
}

/**
 * The paragraph breaks of a cleaned text against its clean original (one paragraph per line), after
 * the first `headLines` lines: breaks too many (split), breaks missing (merged), characters missing.
 */
export function breakErrors(cleanText: string, cleanedText: string, headLines: number, label: string): StressCount {
  const paragraphs = readClean(cleanText).paragraphs; // a document's own 目录 is removed, rightly
  const want = stream(paragraphs);
  const got = stream(cleanedText.split('\n'));
  const map = align(want.text, got.text);
  const back = new Map<number, number>();
  map.forEach((j, i) => j >= 0 && back.set(j, i));
  const headEnd = stream(paragraphs.slice(0, headLines + 1)).text.length - norm(paragraphs[headLines] ?? '').length;
  const stop = (s: string, at: number) => /[。！？][”’」』）)]*$/.test(s.slice(Math.max(0, at - 3), at));
  const count: StressCount = { split: 0, merged: 0, mergedAtStop: 0, splitAtStop: 0, breaks: 0, lost: 0, wrapWarnings: 0, examples: [] };
  const show = (s: string, at: number) => `${label}: …${s.slice(Math.max(0, at - 12), at)}⏎${s.slice(at, at + 8)}…`;
  for (const at of want.breaks) {
    if (at <= headEnd) continue;
    count.breaks++;
    const j = map[at]!;
    if (j >= 0 && !got.breaks.has(j)) {
      count.merged++;
      if (stop(want.text, at)) count.mergedAtStop++;
      if (count.examples.length < 50) count.examples.push(`merged ${show(want.text, at)}`);
    }
  }
  for (const j of got.breaks) {
    const at = back.get(j);
    if (at === undefined || at <= headEnd || want.breaks.has(at)) continue;
    count.split++;
    if (stop(want.text, at)) count.splitAtStop++;
    if (count.examples.length < 50) count.examples.push(`split  ${show(want.text, at)}`);
  }
  count.lost = [...map.slice(0, want.text.length)].filter((j) => j < 0).length;
  return count;
}

export interface StressRow extends Omit<StressCount, 'examples'> {
  layout: string;
}

/** Every clean text of a real set (dir/clean) at every stress layout; one row per layout and a total. */
export function stressSet(dir: string): { rows: StressRow[]; examples: string[] } {
  const files = readdirSync(join(dir, 'clean')).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => [f, readFileSync(join(dir, 'clean', f), 'utf8')] as const);
  const rows: StressRow[] = [];
  const examples: string[] = [];
  const total: StressRow = { layout: 'all', split: 0, merged: 0, mergedAtStop: 0, splitAtStop: 0, breaks: 0, lost: 0, wrapWarnings: 0 };
  for (const width of STRESS_WIDTHS) {
    for (const indent of [false, true]) {
      const row: StressRow = { layout: `${width} chars${indent ? ', indented' : ''}`, split: 0, merged: 0, mergedAtStop: 0, splitAtStop: 0, breaks: 0, lost: 0, wrapWarnings: 0 };
      texts.forEach(([file, text], k) => {
        const c = stressFile(text, { width, indent, seed: STRESS_SEED + 7919 * k + width }, file);
        examples.push(...c.examples);
        for (const key of ['split', 'merged', 'mergedAtStop', 'splitAtStop', 'breaks', 'lost', 'wrapWarnings'] as const) {
          row[key] += c[key];
          total[key] += c[key];
        }
      });
      rows.push(row);
    }
  }
  rows.push(total);
  return { rows, examples };
}

export function stressTable(rows: StressRow[]): string {
  const head = ['layout', 'breaks', 'split (at 。)', 'wrong merges (at 。)', 'split + merges', 'wrap? warnings', 'chars lost'];
  const line = (r: StressRow) =>
    [r.layout, r.breaks, `${r.split} (${r.splitAtStop})`, `${r.merged} (${r.mergedAtStop})`, r.split + r.merged, r.wrapWarnings, r.lost].join(' | ');
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${line(r)} |`)].join('\n');
}

/** The errors reached so far (stress.json): `check` fails (1) when split paragraphs + wrong merges or characters lost rose. */
export function stressFloor(path: string, total: StressRow, mode: 'check' | 'update' | null): number {
  const errors = { split: total.split, merged: total.merged, errors: total.split + total.merged, lost: total.lost };
  if (mode === 'update') {
    writeFileSync(path, JSON.stringify(errors, null, 2) + '\n');
    console.log(`wrote ${path}`);
  } else if (mode === 'check') {
    if (!existsSync(path)) {
      console.error(`eval:convert --stress: ${path} is missing; run \`npm run eval:convert -- --stress --update\` and commit it`);
      return 1;
    }
    const floor = JSON.parse(readFileSync(path, 'utf8')) as typeof errors;
    if (errors.errors > floor.errors) {
      console.error(`eval:convert --stress: ${errors.errors} split paragraphs + wrong merges, worse than ${floor.errors} in ${path}. Fix the regression, or if it is intended, run \`npm run eval:convert -- --stress --update\` and say why in the commit.`);
      return 1;
    }
    if (errors.lost > (floor.lost ?? 0)) {
      console.error(`eval:convert --stress: ${errors.lost} characters of the clean texts lost, more than ${floor.lost ?? 0} in ${path}: a cleaning rule removed text (the examples name the copy). Fix the rule; text is never lost on purpose.`);
      return 1;
    }
  }
  return 0;
}
