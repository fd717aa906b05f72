// The corpus's one order, wherever a list of documents is made (pages, cross-references).
import type { DocEntry } from './load.ts';

/** Newest first; undated documents last; ties by collection order, then slug (deterministic). */
export function compareByDate(a: DocEntry, b: DocEntry): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
  const oa = a.data.order ?? 0;
  const ob = b.data.order ?? 0;
  return oa - ob || a.data.slug.localeCompare(b.data.slug);
}
