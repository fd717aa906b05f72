// A page's HTML: the document's views (document-views.ts: the pre-rendered store, else rendered
// in-process) for the site's corpus, kept for the three pages of one document.
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { config } from '../config.ts';
import { corpus, readSource, type DocEntry } from '../docs.ts';
import { corpusXref } from '../xref/load.ts';
import { splitFrontmatter } from '../corpus/load.ts';
import type { Script } from '../script-view.ts';
import { documentViews, type FoundViews, type ViewsCorpus } from './document-views.ts';
import { readManifest } from './store.ts';

let site: ViewsCorpus | undefined;
const counts = { stored: 0, rendered: 0 };

function siteCorpus(): ViewsCorpus {
  site ??= { corpusDir: config.corpusDir, variant: config.variant, xref: corpusXref(corpus().docs, config.corpusDir), manifest: readManifest(config.corpusDir) };
  return site;
}

// The last document looked up: its three pages are generated one after the other (see
// getStaticPaths in src/pages/[...doc].astro), so its views are read (or rendered) once for all three.
let last: { id: string; source: string; found: Promise<FoundViews> } | undefined;

function lookup(entry: DocEntry): NonNullable<typeof last> {
  if (last?.id !== entry.id) {
    const source = readSource(entry);
    last = { id: entry.id, source, found: documentViews(entry, source, siteCorpus()) };
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
  const { source, found } = lookup(entry);
  const { views, from } = await found;
  counts[from === 'store' ? 'stored' : 'rendered'] += 1;
  const v = view === 'compare' ? { ...views.compare, headings: [] } : views.read[view];
  return { html: v.html, headings: v.headings, body: () => splitFrontmatter(source).body };
}

/** A reading page's HTML and headings. */
export const renderedRead = (entry: DocEntry, script: Script): Promise<PageRendering> => rendering(entry, script);

/** The compare page's HTML. */
export const renderedCompare = (entry: DocEntry): Promise<PageRendering> => rendering(entry, 'compare');
