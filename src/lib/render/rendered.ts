// The one place that decides where a page's HTML comes from: the pre-rendered store when it has
// an up-to-date entry for this document (same Markdown, variant and renderer), else an
// in-process rendering (astro dev, or astro build without `tsx scripts/render/cli.ts` first).
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { config } from '../config.ts';
import { corpus, readSource, type DocEntry } from '../docs.ts';
import { corpusXref, keySource } from '../xref/load.ts';
import { splitFrontmatter } from '../corpus/load.ts';
import type { Script } from '../script-view.ts';
import type { PrerenderedDoc } from './prerendered.ts';
import { renderViews, type DocViews } from './render-views.ts';
import { readManifest, readPrerendered, type Manifest } from './store.ts';

let manifest: Manifest | null | undefined;
const counts = { stored: 0, rendered: 0 };

/** The corpus's cross-references, computed once (src/lib/xref/). */
const xref = () => corpusXref(corpus().docs, config.corpusDir);

function lookup(entry: DocEntry, source: string): PrerenderedDoc | null {
  manifest ??= readManifest(config.corpusDir);
  // readPrerendered also checks that the entry was made by the current renderer, with the same
  // cross-reference context.
  return readPrerendered(config.corpusDir, entry.id, keySource(source, xref(), entry.id), config.variant, { manifest });
}

// The last document looked up: its three pages are generated one after the other (see
// getStaticPaths in src/pages/[...doc].astro), so each entry is read and parsed once for all three.
// Without an entry, all three views are rendered together from one parse and kept likewise.
let last: { id: string; source: string; hit: PrerenderedDoc | null; views?: Promise<DocViews> } | undefined;

function lookupCached(entry: DocEntry): NonNullable<typeof last> {
  if (last?.id !== entry.id) {
    const source = readSource(entry);
    last = { id: entry.id, source, hit: lookup(entry, source) };
  }
  return last;
}

// One line at the end of a build, so a build that silently rendered everything itself is visible.
process.once('exit', () => {
  if (counts.stored + counts.rendered > 0) {
    console.log(`render: ${counts.stored} page(s) from the pre-rendered store, ${counts.rendered} rendered in-process${counts.rendered > 0 ? ' (run tsx scripts/render/cli.ts before astro build to pre-render on all cores)' : ''}`);
  }
});

export interface PageRendering {
  html: string;
  headings: MarkdownHeading[];
  /** the Markdown body (some pages look at its links) */
  body: () => string;
}

async function rendering(entry: DocEntry, view: 'compare' | Script): Promise<PageRendering> {
  const cached = lookupCached(entry);
  const { source, hit } = cached;
  const body = () => splitFrontmatter(source).body;
  if (hit) {
    counts.stored += 1;
    const v = view === 'compare' ? { ...hit.compare, headings: [] } : hit.read[view];
    return { html: v.html, headings: v.headings, body };
  }
  counts.rendered += 1;
  cached.views ??= renderViews({ body: body(), data: entry.data, filePath: entry.filePath, xref: xref().contexts.get(entry.id) }, config.variant);
  const views = await cached.views;
  const v = view === 'compare' ? views.compare : views.read[view];
  return { html: v.html, headings: v.headings, body };
}

/** A reading page's HTML and headings. */
export const renderedRead = (entry: DocEntry, script: Script): Promise<PageRendering> => rendering(entry, script);

/** The compare page's HTML. */
export const renderedCompare = (entry: DocEntry): Promise<PageRendering> => rendering(entry, 'compare');
