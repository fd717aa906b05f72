// The one place that decides where a page's HTML comes from: the pre-rendered store when it has
// an up-to-date entry for this document (same Markdown, variant and renderer), else an
// in-process rendering (astro dev, or astro build without `tsx scripts/render/cli.ts` first).
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { config } from '../config.ts';
import { readSource, type DocEntry } from '../docs.ts';
import { splitFrontmatter } from '../corpus/load.ts';
import type { Script } from '../script-view.ts';
import { entryKey, rendererHash } from './cache-key.ts';
import type { PrerenderedDoc } from './prerendered.ts';
import { renderMarkdown } from './render-doc.ts';
import { readManifest, readPrerendered, type Manifest } from './store.ts';

let manifest: Manifest | null | undefined;

function lookup(entry: DocEntry, source: string): PrerenderedDoc | null {
  manifest ??= readManifest(config.corpusDir);
  if (!manifest || manifest.docs[entry.id] !== entryKey(source, config.variant, rendererHash())) return null;
  return readPrerendered(config.corpusDir, entry.id, source, config.variant, { manifest });
}

export interface PageRendering {
  html: string;
  headings: MarkdownHeading[];
  /** the Markdown body (some pages look at its links) */
  body: () => string;
}

async function rendering(entry: DocEntry, view: 'compare' | Script): Promise<PageRendering> {
  const source = readSource(entry);
  const body = () => splitFrontmatter(source).body;
  const hit = lookup(entry, source);
  if (hit) {
    const v = view === 'compare' ? { ...hit.compare, headings: [] } : hit.read[view];
    return { html: v.html, headings: v.headings, body };
  }
  const r = await renderMarkdown({ body: body(), data: entry.data, filePath: entry.filePath }, view === 'compare' ? { kind: 'compare' } : { kind: 'read', script: view }, config.variant);
  return { html: r.html, headings: r.headings, body };
}

/** A reading page's HTML and headings. */
export const renderedRead = (entry: DocEntry, script: Script): Promise<PageRendering> => rendering(entry, script);

/** The compare page's HTML. */
export const renderedCompare = (entry: DocEntry): Promise<PageRendering> => rendering(entry, 'compare');
