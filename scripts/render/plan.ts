// What the pre-render step has to do: every document of the corpus with its store key, split into
// the ones already in the store (reused) and the ones to render.
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../src/lib/docs.ts';
import { entryKey, rendererHash } from '../../src/lib/render/cache-key.ts';
import type { CorpusXref, XrefContext } from '../../src/lib/xref/corpus.ts';
import { corpusXref, keySource } from '../../src/lib/xref/load.ts';
import { entryComplete } from '../../src/lib/render/store.ts';
import type { Variant } from '../../src/lib/script-view.ts';

export interface Task {
  slug: string;
  filePath: string;
  key: string;
  /** characters of the Markdown file (the pool's memory budget weighs tasks by it) */
  chars: number;
  /** cross-reference context (src/lib/xref/), part of the key */
  xref?: XrefContext;
}

export interface Plan {
  all: Task[];
  todo: Task[];
  reused: number;
  /** the corpus's cross-references (counts printed by the CLI) */
  xref: CorpusXref;
}

/** Loads and validates the corpus (throws on a bad file), then keys every document. */
export function makePlan(corpusDir: string, variant: Variant, storeDir: string, root = process.cwd()): Plan {
  const renderer = rendererHash(root);
  const docs = loadCorpus(corpusDir).docs;
  const xref = corpusXref(docs, corpusDir, storeDir);
  const all = docs.map((d) => {
    const context = xref.contexts.get(d.id);
    const text = readFileSync(d.filePath, 'utf8');
    return { slug: d.id, filePath: d.filePath, key: entryKey(keySource(text, xref, d.id), variant, renderer), chars: text.length, ...(context ? { xref: context } : {}) };
  });
  all.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  // A stored entry cut short (full disk, interrupted copy) is rendered again, not reused forever
  // while every page silently falls back to rendering in-process.
  const todo = all.filter((t) => !entryComplete(t.key, storeDir));
  return { all, todo, reused: all.length - todo.length, xref };
}
