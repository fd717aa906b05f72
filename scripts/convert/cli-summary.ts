import type { FileModels, FileReport } from './pipeline.ts';
import type { SectionNode } from './types.ts';

// What a run prints: a progress line per file as soon as it is converted (or read from the cache),
// then the summary table over the final reports (slug warnings included).

export interface FileOutcome {
  file: string;
  report: FileReport | null; // null: the file failed (or its tally is given)
  /** the report's counts, when the report itself was not loaded (cli-memo.ts) */
  tally?: Tally;
  cached: boolean;
  ms: number;
}

/** What the summary counts of one file's report. */
export interface Tally { docs: number; depth: number[]; removals: Record<string, number>; warnings: Record<string, number>; titleEdits: number }

export function tally(r: FileReport): Tally {
  const t: Tally = { docs: r.documents.length, depth: [], removals: {}, warnings: {}, titleEdits: r.titleEdits?.length ?? 0 }; // titleEdits absent in reports cached before title edits
  for (const d of r.documents) d.sectionsByDepth.forEach((n, i) => (t.depth[i] = (t.depth[i] ?? 0) + n));
  for (const x of r.removals) t.removals[x.kind] = (t.removals[x.kind] ?? 0) + 1;
  for (const w of r.warnings) t.warnings[w.kind] = (t.warnings[w.kind] ?? 0) + 1;
  return t;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

const countSections = (nodes: readonly SectionNode[]): number => nodes.reduce((a, n) => a + 1 + countSections(n.children), 0);

/** The file's line, from its models before slugs are settled across files (slug warnings come later). */
export function progressLine(file: string, result: FileModels | ProgressNumbers, cached: boolean, ms: number): string {
  const p: ProgressNumbers = 'models' in result
    ? { encoding: result.report.encoding, docs: result.models.length, sections: result.models.reduce((a, m) => a + countSections(m.sections), 0), removals: result.report.removals.length, warnings: result.report.warnings.length }
    : result;
  const how = cached ? 'cached' : `${ms.toFixed(0)} ms`;
  return `✓ ${pad(file, 28)} ${pad(p.encoding, 9)} ${padL(p.docs, 3)} docs ${padL(p.sections, 5)} sections ${padL(p.removals, 5)} removals ${padL(p.warnings, 3)} warnings  ${how}`;
}

/** A progress line's numbers (kept in cli-memo.ts for files not loaded). */
export interface ProgressNumbers { encoding: string; docs: number; sections: number; removals: number; warnings: number }

export function summaryTable(outcomes: readonly FileOutcome[], totalMs: number): string {
  const ok = outcomes.filter((o) => o.report || o.tally);
  const depth: number[] = [];
  const kinds = new Map<string, number>();
  const warningKinds = new Map<string, number>();
  let docs = 0;
  let warnings = 0;
  let titleEdits = 0;
  for (const o of ok) {
    const t = o.tally ?? tally(o.report!);
    docs += t.docs;
    titleEdits += t.titleEdits;
    t.depth.forEach((n, i) => (depth[i] = (depth[i] ?? 0) + (n ?? 0)));
    for (const [k, n] of Object.entries(t.removals)) kinds.set(k, (kinds.get(k) ?? 0) + n);
    for (const [k, n] of Object.entries(t.warnings)) {
      warnings += n;
      warningKinds.set(k, (warningKinds.get(k) ?? 0) + n);
    }
  }
  const rows: [string, string][] = [
    ['files', `${outcomes.length} (${ok.length} ok, ${outcomes.length - ok.length} failed, ${ok.filter((o) => o.cached).length} cached)`],
    ['documents', String(docs)],
    ['sections by level', Array.from(depth, (n, i) => `L${i + 1} ${n ?? 0}`).join(', ') || '0'],
    ['removals by kind', [...kinds.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ') || '0'],
    ['title edits', String(titleEdits)],
    ['warnings', warnings === 0 ? '0' : `${warnings}: ${[...warningKinds.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ')}`],
    ['time', `${totalMs.toFixed(0)} ms`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${pad(k, w)}  ${v}`).join('\n');
}
