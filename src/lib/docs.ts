// The document collection as the pages need it: sorted, grouped, looked up by slug.
import { getCollection, type CollectionEntry } from 'astro:content';

export type DocEntry = CollectionEntry<'docs'>;

/** Newest first; undated documents last; ties by collection order, then slug (deterministic). */
export function compareByDate(a: DocEntry, b: DocEntry): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
  const oa = a.data.order ?? 0;
  const ob = b.data.order ?? 0;
  return oa - ob || a.data.slug.localeCompare(b.data.slug);
}

let cached: Promise<DocEntry[]> | undefined;

export function allDocs(): Promise<DocEntry[]> {
  cached ??= getCollection('docs').then((docs) => [...docs].sort(compareByDate));
  return cached;
}

export function yearOf(doc: DocEntry): string | null {
  return doc.data.date?.slice(0, 4) ?? null;
}

/** Articles of a compilation, in collection order. */
export function articlesOf(docs: DocEntry[], collectionSlug: string): DocEntry[] {
  return docs
    .filter((d) => d.data.collection === collectionSlug)
    .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.slug.localeCompare(b.data.slug));
}

/** Groups in first-seen order of the key; entries keep their order. */
export function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}
