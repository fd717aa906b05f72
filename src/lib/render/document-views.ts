// The one place that decides where a document's views come from, for the pages and the search
// index build alike: the pre-rendered store when it holds an up-to-date entry (readPrerendered:
// same Markdown and cross-reference context, variant and renderer), else the renderer itself,
// in-process (astro dev, astro build or build:search run without the pre-render step).
// Either way the result is the same.
import { splitFrontmatter, type DocEntry } from '../corpus/load.ts';
import type { CorpusXref } from '../xref/corpus.ts';
import { keySource } from '../xref/load.ts';
import type { Variant } from '../script-view.ts';
import type { DocViews } from './prerendered.ts';
import { readPrerendered, type Manifest } from './store.ts';

export interface ViewsCorpus {
  corpusDir: string;
  variant: Variant;
  /** the corpus's cross-references (part of every store key, and input of the renderer) */
  xref: CorpusXref;
  /** the corpus's store manifest (null: none, render everything) */
  manifest: Manifest | null;
  /** store folder (default: WENYUAN_RENDER_DIR) */
  storeDir?: string;
}

export interface FoundViews {
  views: DocViews;
  from: 'store' | 'rendered';
}

/** A document's three views; `source` is its Markdown file's text. */
export async function documentViews(entry: DocEntry, source: string, corpus: ViewsCorpus): Promise<FoundViews> {
  const hit = corpus.manifest
    ? readPrerendered(corpus.corpusDir, entry.id, keySource(source, corpus.xref, entry.id), corpus.variant, { manifest: corpus.manifest, ...(corpus.storeDir ? { dir: corpus.storeDir } : {}) })
    : null;
  if (hit) return { views: { read: hit.read, compare: hit.compare }, from: 'store' };
  // Loaded on a miss only: a build from the store never loads the plugins.
  const { renderViews } = await import('./render-views.ts');
  const xref = corpus.xref.contexts.get(entry.id);
  const views = renderViews({ body: splitFrontmatter(source).body, data: entry.data, filePath: entry.filePath, ...(xref ? { xref } : {}) }, corpus.variant);
  return { views, from: 'rendered' };
}
