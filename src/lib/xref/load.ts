// The corpus's cross-references from its entries (bodies read from disk), computed once per corpus
// and shared: the pre-render plan computes them and leaves them in the render store
// (xref-<corpus id>.json), and the pages and the search index build (other processes) read them
// from there when the corpus has not changed since (same files, sizes and times, same renderer
// code); else they compute them again. In-process results are kept per corpus folder.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter, type DocEntry } from '../corpus/load.ts';
import { compareByDate } from '../corpus/order.ts';
import { rendererHash } from '../render/cache-key.ts';
import { sha256 } from '../render/hash.ts';
import { scriptConverter } from '../script-view.ts';
import { buildCorpusXref, keyText, type CorpusXref } from './corpus.ts';
import { corpusId, storeDir } from '../render/store.ts';
import { writeJsonAtomic, readJsonFile } from './store-file.ts';

const cache = new Map<string, CorpusXref>();

function compute(entries: readonly DocEntry[]): CorpusXref {
  let t2s: ((s: string) => string) | undefined;
  return buildCorpusXref(
    entries.map((e) => ({
      slug: e.data.slug,
      title: e.data.title,
      docNumber: e.data.docNumber,
      body: splitFrontmatter(readFileSync(e.filePath, 'utf8')).body,
      toSimplified: e.data.script === 'hant' ? (t2s ??= scriptConverter('hant', 'hans')) : (s: string) => s,
    })),
  );
}

/** Cheap fingerprint of the corpus (stat only) and of the code that computes the references. */
function signature(entries: readonly DocEntry[]): string {
  const parts = entries.map((e) => {
    const st = statSync(e.filePath);
    return `${e.data.slug}\0${e.data.title}\0${e.data.docNumber ?? ''}\0${st.size}\0${st.mtimeMs}`;
  });
  return sha256(`${rendererHash()}\n${parts.sort().join('\n')}`);
}

interface Stored {
  version: 2;
  signature: string;
  refs: CorpusXref['refs'];
  contexts: [string, CorpusXref['contexts'] extends Map<string, infer V> ? V : never][];
  citedBy: [string, CorpusXref['citedBy'] extends Map<string, infer V> ? V : never][];
}

/** The cross-references of the corpus in `corpusDir` (its validated entries). */
export function corpusXref(entries: readonly DocEntry[], corpusDir?: string, dir = storeDir()): CorpusXref {
  const memo = corpusDir ?? '';
  const hit = cache.get(memo);
  if (hit) return hit;
  let xref: CorpusXref | undefined;
  const path = corpusDir ? join(dir, `xref-${corpusId(corpusDir)}.json`) : undefined;
  const sig = path ? signature(entries) : '';
  if (path) {
    const stored = readJsonFile(path) as Stored | null;
    if (stored?.version === 2 && stored.signature === sig) {
      xref = { refs: stored.refs, contexts: new Map(stored.contexts), citedBy: new Map(stored.citedBy) };
    }
  }
  if (!xref) {
    // In the corpus's order whoever asks (pages, pre-render, search build), as the signature is:
    // the stored result is then the same whichever of them computed it first.
    xref = compute([...entries].sort(compareByDate));
    if (path) writeJsonAtomic(path, { version: 2, signature: sig, refs: xref.refs, contexts: [...xref.contexts], citedBy: [...xref.citedBy] } satisfies Stored);
  }
  if (corpusDir) cache.set(memo, xref);
  return xref;
}

/** keyText for a document of the corpus. */
export function keySource(source: string, xref: CorpusXref, slug: string): string {
  return keyText(source, xref.contexts.get(slug));
}
