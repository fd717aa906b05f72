// The document corpus as the pages need it: read once from config.corpusDir (no Astro content
// layer: its data store holds every body and rendering in memory and fails at 10,000 documents),
// validated, sorted, and indexed by slug, collection and source file. Bodies are read lazily.
import { readFileSync } from 'node:fs';
import { config } from './config.ts';
import { listMarkdown, parseDocFile, type DocEntry } from './corpus/load.ts';
import { compareByDate } from './corpus/order.ts';
import { applyStatus, loadStatusTable } from './status/apply.ts';

export type { DocEntry };
export { readBody, readSource } from './corpus/load.ts';
export { compareByDate };

const byOrder = (a: DocEntry, b: DocEntry): number => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.slug.localeCompare(b.data.slug);

/** Every lookup a page needs, built once per build so each page costs O(1), not O(N). */
export interface Corpus {
  /** newest first (compareByDate) */
  docs: DocEntry[];
  bySlug: Map<string, DocEntry>;
  /** collection slug → its articles in collection order */
  articles: Map<string, DocEntry[]>;
  /** raw file name → the documents converted from it, newest first */
  bySource: Map<string, DocEntry[]>;
}

/** Reads and validates every *.md file of `dir` (sorted by name). Throws on the first bad file. */
export function loadCorpus(dir: string, statusFile?: string): Corpus {
  const parsed = listMarkdown(dir).map((path) => parseDocFile(path, readFileSync(path, 'utf8')));
  const table = loadStatusTable(statusFile, new Set(parsed.map((e) => e.data.slug)));
  const entries = parsed.map((e) => ({ ...e, data: applyStatus(e.data, table.get(e.data.slug)) }));
  const bySlug = new Map<string, DocEntry>();
  for (const e of entries) {
    const seen = bySlug.get(e.data.slug);
    if (seen) {
      throw new Error(`${e.filePath}: slug "${e.data.slug}" is already used by ${seen.filePath}. Each file needs its own slug: change one of them (or re-run npm run convert).`);
    }
    bySlug.set(e.data.slug, e);
  }
  const docs = [...entries].sort(compareByDate);
  const articles = new Map<string, DocEntry[]>();
  const bySource = new Map<string, DocEntry[]>();
  for (const d of docs) {
    if (d.data.collection) push(articles, d.data.collection, d);
    push(bySource, d.data.source.file, d);
  }
  for (const list of articles.values()) list.sort(byOrder);
  return { docs, bySlug, articles, bySource };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let cached: Corpus | undefined;

/** The site's corpus (config.corpusDir), loaded once per process. */
export function corpus(): Corpus {
  cached ??= loadCorpus(config.corpusDir, config.statusFile);
  return cached;
}

export function yearOf(doc: DocEntry): string | null {
  return doc.data.date?.slice(0, 4) ?? null;
}

/** Articles of a compilation, in collection order. */
export function articlesOf(collectionSlug: string): DocEntry[] {
  return corpus().articles.get(collectionSlug) ?? [];
}

/** Groups in first-seen order of the key; entries keep their order. */
export function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) push(groups, key(item), item);
  return [...groups];
}
