import { FIELDS, type Field, type FileMeasure } from './measure.ts';
import { groupOf } from './sources.ts';

// Per-group and overall numbers of an evaluation, and the targets they are held to.

export interface Summary {
  group: string; // 'all', or g / l / t
  files: number;
  fieldsRight: Record<Field, number>; // share of files
  allFieldsRight: number; // share of files with every field right
  heading: { precision: number; recall: number; f1: number };
  articleIds: number; // share of article headings with the right id
  structureIds: number; // share of 编/章/节/条/decimal headings with the id their number implies
  clauseIds: number; // share of 款 (in articles of two or more) with their own anchor
  tableHeadings: number;
  pageNumbersLeft: number;
  furnitureLeft: number;
  splitParagraphs: number;
  charsLost: number;
}

export const GROUP_NAMES: Record<string, string> = { all: 'all', g: 'policy (g)', l: 'laws (l)', t: 'Taiwan (t)' };

/** The targets; `npm run eval:convert -- --check` compares with a ratchet file instead. */
export const targets = { allFieldsRight: 0.95, headingF1: 0.98, articleIds: 1, structureIds: 1, clauseIds: 1, tableHeadings: 0, pageNumbersLeft: 0, furnitureLeft: 0, splitParagraphs: 0, charsLost: 0 };

const share = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function summarise(group: string, files: FileMeasure[]): Summary {
  const sum = (f: (m: FileMeasure) => number) => files.reduce((a, m) => a + f(m), 0);
  const fieldsRight = Object.fromEntries(FIELDS.map((k) => [k, share(files.filter((m) => m.fields[k].ok).length, files.length)])) as Record<Field, number>;
  const matched = sum((m) => m.headings.matched);
  const precision = share(matched, sum((m) => m.headings.found));
  const recall = share(matched, sum((m) => m.headings.expected));
  return {
    group,
    files: files.length,
    fieldsRight,
    allFieldsRight: share(files.filter((m) => FIELDS.every((k) => m.fields[k].ok)).length, files.length),
    heading: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    articleIds: share(sum((m) => m.articleIds.right), sum((m) => m.articleIds.total)),
    structureIds: share(sum((m) => m.structureIds.right), sum((m) => m.structureIds.total)),
    clauseIds: share(sum((m) => m.clauseIds.right), sum((m) => m.clauseIds.total)),
    tableHeadings: sum((m) => m.tableHeadings),
    pageNumbersLeft: sum((m) => m.pageNumbersLeft),
    furnitureLeft: sum((m) => m.furnitureLeft),
    splitParagraphs: sum((m) => m.splitParagraphs),
    charsLost: sum((m) => m.charsLost),
  };
}

export function summariseAll(files: FileMeasure[]): Summary[] {
  const groups = [...new Set(files.map((m) => groupOf(m.file)))].sort();
  return [summarise('all', files), ...groups.map((g) => summarise(g, files.filter((m) => groupOf(m.file) === g)))];
}

/** Lines naming each way a summary misses the targets (empty when all are met). */
export function missedTargets(rows: Summary[]): string[] {
  const out: string[] = [];
  const all = rows.find((r) => r.group === 'all')!;
  if (all.allFieldsRight < targets.allFieldsRight) out.push(`metadata: all five fields right on ${pct(all.allFieldsRight)} of files (target ≥ ${pct(targets.allFieldsRight)})`);
  for (const r of rows) if (r.group !== 'all' && r.heading.f1 < targets.headingF1) out.push(`headings ${GROUP_NAMES[r.group] ?? r.group}: F1 ${r.heading.f1.toFixed(3)} (target ≥ ${targets.headingF1})`);
  if (all.articleIds < targets.articleIds) out.push(`article ids: ${pct(all.articleIds)} right (target 100%)`);
  for (const r of rows) if (r.group !== 'all' && r.structureIds < targets.structureIds) out.push(`structure ids ${GROUP_NAMES[r.group] ?? r.group}: ${pct(r.structureIds)} right (target 100%)`);
  if (all.clauseIds < targets.clauseIds) out.push(`款 ids: ${pct(all.clauseIds)} addressable (target 100%)`);
  for (const k of ['tableHeadings', 'pageNumbersLeft', 'furnitureLeft', 'splitParagraphs', 'charsLost'] as const) if (all[k] > targets[k]) out.push(`${k}: ${all[k]} (target 0)`);
  return out;
}

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
