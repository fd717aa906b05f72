// A conversion report as lists a person can read: every array of records (removals, warnings,
// corrections, …) split by kind, counted, and cut into pages of ROWS_PER_PAGE rows, so no report
// page grows with the raw file (a 4,000-change compilation is a summary plus 100-row pages).
import { labelOf } from './labels.ts';
import { kindLabel } from './kinds.ts';

export type Row = Record<string, unknown>;
export const ROWS_PER_PAGE = 100;
/** Rows the summary page shows of each list; a list no longer than this has no pages of its own. */
export const PREVIEW_ROWS = 10;
/** Fields shown elsewhere on the summary page, not as lists. */
const NOT_LISTS = new Set(['documents']);

export interface ReportList {
  /** Report field (removals, warnings, …) and the kind its rows share ('' when they have none). */
  key: string;
  kind: string;
  /** URL segment, unique within the report: removals-punctuation, warnings-wrap-q. */
  slug: string;
  label: string;
  note: string;
  rows: Row[];
  /** Pages of its own (report/<file>/<list>/…): 0 when the summary shows every row. */
  pages: number;
  /** Characters of source text the rows remove or replace (for lists with a text field). */
  chars: number;
}

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const asRow = (v: unknown): Row | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : typeof v === 'string' ? { message: v } : null);

const segment = (s: string) => s.toLowerCase().replace(/\?/g, '-q').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

/** The report's lists, field by field in report order, kinds by count (largest first). */
export function reportLists(report: Record<string, unknown>): ReportList[] {
  const out: ReportList[] = [];
  const taken = new Set<string>();
  for (const [key, value] of Object.entries(report)) {
    if (NOT_LISTS.has(key) || !Array.isArray(value) || value.length === 0) continue;
    const rows = value.map(asRow);
    if (rows.some((r) => !r)) continue;
    const byKind = new Map<string, Row[]>();
    for (const r of rows as Row[]) {
      const kind = typeof r.kind === 'string' ? r.kind : '';
      byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
    }
    const kinds = [...byKind].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
    for (const [kind, list] of kinds) {
      let slug = [segment(key), segment(kind)].filter(Boolean).join('-') || 'list';
      for (let n = 2; taken.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
      taken.add(slug);
      const { label, note } = kind ? kindLabel(kind) : { label: labelOf(key), note: '' };
      const chars = list.reduce((n, r) => n + (typeof r.text === 'string' ? [...r.text].length : 0), 0);
      out.push({ key, kind, slug, label, note, rows: list, pages: list.length > PREVIEW_ROWS ? Math.ceil(list.length / ROWS_PER_PAGE) : 0, chars });
    }
  }
  return out;
}

/** How a fact's value is said (the rest as written). */
const SAY: Record<string, (v: string) => string> = {
  conservation: (v) => (v === 'ok' ? '通过（保留 + 删除 = 输入）' : v),
  encoding: (v) => v.toUpperCase(),
  lineEnds: (v) => ({ lf: 'LF（Unix）', crlf: 'CRLF（Windows）', cr: 'CR（旧 Mac）', mixed: '混合' })[v] ?? v,
};

/** The report's own facts (file, encoding, …): its scalar fields. */
export function reportFacts(report: Record<string, unknown>): [string, string][] {
  return Object.entries(report)
    .filter(([, v]) => isScalar(v))
    .map(([k, v]) => [k, v === null ? '—' : (SAY[k] ?? String)(String(v))]);
}

/** Rows of page `page` (1-based) of a list. */
export function pageOf(list: ReportList, page: number): Row[] {
  return list.rows.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);
}

/** Columns of a table of rows, and the columns every row has the same value in (said once above it). */
export function columnsOf(rows: Row[]): { columns: string[]; shared: [string, unknown][] } {
  const all = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => c !== 'kind');
  const same = (c: string) => rows.length > 1 && rows.every((r) => JSON.stringify(r[c]) === JSON.stringify(rows[0]![c]));
  return { columns: all.filter((c) => !same(c)), shared: all.filter(same).map((c) => [c, rows[0]![c]]) };
}
