// Renders one document's Markdown for one view. Processors are built once per view and reused
// for every document, so a full build creates at most three.
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { CollectionEntry } from 'astro:content';
import { config } from '../config.ts';
import { pluginsFor, type View } from './plugins.ts';

type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
const processors = new Map<string, Promise<Renderer>>();

function processorFor(view: View): Promise<Renderer> {
  const key = view.kind === 'compare' ? 'compare' : `read:${view.script}`;
  let p = processors.get(key);
  if (!p) {
    // Same options as astro.config.mjs: text must stay exactly as written (no smart quotes, no GFM
    // autolinks or strikethrough), and there is no code to highlight.
    p = createMarkdownProcessor({ ...pluginsFor(view, config.variant), gfm: false, smartypants: false, syntaxHighlight: false });
    processors.set(key, p);
  }
  return p;
}

export interface RenderedDoc {
  html: string;
  headings: MarkdownHeading[];
}

export async function renderDoc(entry: CollectionEntry<'docs'>, view: View): Promise<RenderedDoc> {
  const processor = await processorFor(view);
  const result = await processor.render(entry.body ?? '', {
    frontmatter: entry.data,
    fileURL: entry.filePath ? new URL(entry.filePath, `file://${process.cwd()}/`) : undefined,
  });
  return { html: result.code, headings: result.metadata.headings };
}
