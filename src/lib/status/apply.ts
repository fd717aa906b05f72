// A document's 效力 as the site shows it: its frontmatter (what the converter read in the text,
// e.g. 施行日期) overlaid with the status table (what happened later). A row's repeal implies
// 已废止 when the row gives no status; nothing else is inferred: no data, no banner.
import { readFileSync, existsSync } from 'node:fs';
import type { DocMeta } from '../../schemas/doc.ts';
import { parseStatusTable, type DocStatus, type StatusRow } from './table.ts';

export function applyStatus(data: DocMeta, row?: StatusRow): DocMeta {
  if (!row) return data;
  const out: DocMeta = { ...data };
  if (row.effective) out.effective = row.effective;
  if (row.repealed) out.repealed = row.repealed;
  if (row.replacedBy) out.replacedBy = row.replacedBy;
  if (row.replaces) out.replaces = row.replaces;
  const status = row.status ?? (row.repealed ? '已废止' : undefined);
  if (status) out.status = status;
  return out;
}

/** The status table of a corpus, or an empty one when the file does not exist. */
export function loadStatusTable(file: string | undefined, knownSlugs?: ReadonlySet<string>): Map<string, StatusRow> {
  if (!file || !existsSync(file)) return new Map();
  return parseStatusTable(readFileSync(file, 'utf8'), file, knownSlugs);
}

/** Whether a document has anything to show in a status banner. */
export const hasStatus = (d: DocStatus): boolean => Boolean(d.status || d.repealed || d.replacedBy?.length || d.replaces?.length);
