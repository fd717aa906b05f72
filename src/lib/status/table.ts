// content/status.tsv: 效力 facts a text cannot know about itself (repealed later, replaced by a
// newer text, partly void), one document per line, with where the fact comes from. Parsed and
// validated here; every error names the file and line and says what to do.
//   # comment lines and blank lines are ignored; the first other line is the header:
//   slug	status	effective	repealed	replacedBy	replaces	source
// Empty cells mean "not known". replacedBy / replaces hold slugs separated by commas.
import { STATUSES, type Status } from './vocabulary.ts';
import type { Frontmatter } from '../format/frontmatter.ts';

/** What the table says of a document: the frontmatter's status fields, which a row overrides. */
export type DocStatus = Pick<Frontmatter, 'status' | 'effective' | 'repealed' | 'replacedBy' | 'replaces'>;

export interface StatusRow extends DocStatus {
  slug: string;
  /** provenance: the notice, gazette or URL that says so */
  source: string;
  line: number;
}

export const STATUS_COLUMNS = ['slug', 'status', 'effective', 'repealed', 'replacedBy', 'replaces', 'source'] as const;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export class StatusTableError extends Error {}

/** Parses the table. `knownSlugs` (when given) must contain every slug named. */
export function parseStatusTable(text: string, file: string, knownSlugs?: ReadonlySet<string>): Map<string, StatusRow> {
  const rows = new Map<string, StatusRow>();
  const errors: string[] = [];
  let header: string[] | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    const fail = (msg: string) => errors.push(`${file}:${line}: ${msg}`);
    if (!header) {
      header = cells;
      const missing = STATUS_COLUMNS.filter((c) => !cells.includes(c));
      const extra = cells.filter((c) => !(STATUS_COLUMNS as readonly string[]).includes(c));
      if (missing.length || extra.length) fail(`header must name the columns ${STATUS_COLUMNS.join(', ')} (tab-separated)${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}`);
      return;
    }
    if (cells.length > header.length) return void fail(`${cells.length} cells but the header has ${header.length} columns (cells are separated by one tab)`);
    const get = (col: string) => cells[header!.indexOf(col)] ?? '';
    const slug = get('slug');
    if (!SLUG.test(slug)) return void fail(`slug "${slug}" is not a slug (lower-case letters, digits, hyphens; the part of the URL after zh-hans/)`);
    if (knownSlugs && !knownSlugs.has(slug)) return void fail(`no document has the slug "${slug}" (check content/slug-registry.tsv)`);
    if (rows.has(slug)) return void fail(`"${slug}" already has a line (${rows.get(slug)!.line}); keep one line per document`);
    const row: StatusRow = { slug, source: get('source'), line };
    const status = get('status');
    if (status) {
      if (!(STATUSES as readonly string[]).includes(status)) fail(`status "${status}" is not one of ${STATUSES.join(' / ')}`);
      else row.status = status as Status;
    }
    for (const col of ['effective', 'repealed'] as const) {
      const v = get(col);
      if (v && !ISO.test(v)) fail(`${col} "${v}" must be an ISO date yyyy-mm-dd`);
      else if (v) row[col] = v;
    }
    for (const col of ['replacedBy', 'replaces'] as const) {
      const list = get(col).split(/[,，]/).map((s) => s.trim()).filter(Boolean);
      for (const s of list) {
        if (!SLUG.test(s)) fail(`${col}: "${s}" is not a slug`);
        else if (knownSlugs && !knownSlugs.has(s)) fail(`${col}: no document has the slug "${s}"`);
        else if (s === slug) fail(`${col}: a document cannot replace itself`);
      }
      if (list.length) row[col] = list;
    }
    if (!row.source) fail('source is empty: say where the status comes from (the repealing notice, a gazette, a URL)');
    if (row.repealed && row.status && row.status !== '已废止' && row.status !== '部分失效') fail(`repealed is set but status is ${row.status} (use 已废止 or 部分失效, or leave status empty)`);
    if (!row.status && !row.effective && !row.repealed && !row.replacedBy && !row.replaces) fail('the line says nothing: fill status, effective, repealed, replacedBy or replaces');
    rows.set(slug, row);
  });
  if (errors.length) throw new StatusTableError(`${errors.join('\n')}\n(content/status.tsv format: see README, "Recording a repeal")`);
  return rows;
}
