import type { FileModels, FileReport } from './pipeline.ts';
import type { SectionNode } from './types.ts';

// What a run prints: a progress line per file as soon as it is converted (or read from the cache),
// then the summary table over the final reports (slug warnings included).

export interface FileOutcome {
  file: string;
  report: FileReport | null; // null: the file failed
  cached: boolean;
  ms: number;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

const countSections = (nodes: readonly SectionNode[]): number => nodes.reduce((a, n) => a + 1 + countSections(n.children), 0);

/** The file's line, from its models before slugs are settled across files (slug warnings come later). */
export function progressLine(file: string, result: FileModels, cached: boolean, ms: number): string {
  const r = result.report;
  const sections = result.models.reduce((a, m) => a + countSections(m.sections), 0);
  const how = cached ? 'cached' : `${ms.toFixed(0)} ms`;
  return `✓ ${pad(file, 28)} ${pad(r.encoding, 9)} ${padL(result.models.length, 3)} docs ${padL(sections, 5)} sections ${padL(r.removals.length, 5)} removals ${padL(r.warnings.length, 3)} warnings  ${how}`;
}

export function summaryTable(outcomes: readonly FileOutcome[], totalMs: number): string {
  const ok = outcomes.filter((o) => o.report);
  const depth: number[] = [];
  const kinds = new Map<string, number>();
  const warningKinds = new Map<string, number>();
  let docs = 0;
  let warnings = 0;
  let titleEdits = 0;
  for (const o of ok) {
    const r = o.report!;
    docs += r.documents.length;
    warnings += r.warnings.length;
    titleEdits += r.titleEdits?.length ?? 0; // absent in reports cached before title edits
    for (const d of r.documents) d.sectionsByDepth.forEach((n, i) => (depth[i] = (depth[i] ?? 0) + n));
    for (const x of r.removals) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
    for (const w of r.warnings) warningKinds.set(w.kind ?? 'other', (warningKinds.get(w.kind ?? 'other') ?? 0) + 1);
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
