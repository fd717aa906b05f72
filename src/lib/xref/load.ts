// The corpus's cross-references from its entries (bodies read from disk), once per process and
// corpus folder; shared by the pre-render plan, the pages and the search index build.
import { readFileSync } from 'node:fs';
import { splitFrontmatter, type DocEntry } from '../corpus/load.ts';
import { scriptConverter } from '../script-view.ts';
import { buildCorpusXref, keyText, type CorpusXref } from './corpus.ts';

const cache = new Map<string, CorpusXref>();

export function corpusXref(entries: readonly DocEntry[], cacheKey?: string): CorpusXref {
  const hit = cacheKey ? cache.get(cacheKey) : undefined;
  if (hit) return hit;
  let t2s: ((s: string) => string) | undefined;
  const xref = buildCorpusXref(
    entries.map((e) => ({
      slug: e.data.slug,
      title: e.data.title,
      docNumber: e.data.docNumber,
      body: splitFrontmatter(readFileSync(e.filePath, 'utf8')).body,
      toSimplified: e.data.script === 'hant' ? (t2s ??= scriptConverter('hant', 'hans')) : (s: string) => s,
    })),
  );
  if (cacheKey) cache.set(cacheKey, xref);
  return xref;
}

/** keyText for a document of the corpus. */
export function keySource(source: string, xref: CorpusXref, slug: string): string {
  return keyText(source, xref.contexts.get(slug));
}
