// Renders one document's Markdown for one view with the pages' plugin lists. Processors are built
// once per view (and variant) and reused for every document, so a process creates at most three.
import { createMarkdownProcessor, type MarkdownHeading, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { DocMeta } from '../../schemas/doc.ts';
import type { XrefContext } from '../xref/corpus.ts';
import type { Variant } from '../script-view.ts';
import { pluginsFor, type View } from './plugins.ts';

type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
const processors = new Map<string, Promise<Renderer>>();

export function viewKey(view: View): string {
  return view.kind === 'compare' ? 'compare' : `read:${view.script}`;
}

/**
 * The processor of a view. `extra` remark plugins (e.g. the search's section texts) run in the
 * read views after script conversion; `extraId` names them in the cache key.
 */
function processorFor(view: View, variant: Variant, extra: RemarkPlugins = [], extraId = ''): Promise<Renderer> {
  const key = `${viewKey(view)}:${variant}:${extraId}`;
  let p = processors.get(key);
  if (!p) {
    // Same options as astro.config.mjs: text must stay exactly as written (no smart quotes, no GFM
    // autolinks or strikethrough), and there is no code to highlight.
    p = createMarkdownProcessor({ ...pluginsFor(view, variant, extra), gfm: false, smartypants: false, syntaxHighlight: false });
    processors.set(key, p);
  }
  return p;
}

export interface RenderedDoc {
  html: string;
  headings: MarkdownHeading[];
  /** the frontmatter object the plugins saw (plugins may attach results to it) */
  frontmatter: Record<string, unknown>;
}

export interface RenderInput {
  /** Markdown body (frontmatter blanked, see src/lib/corpus/load.ts) */
  body: string;
  data: DocMeta;
  filePath: string;
  /** the document's cross-reference context (src/lib/xref/corpus.ts), given to the plugins in the frontmatter object */
  xref?: XrefContext;
}

export async function renderMarkdown(
  input: RenderInput,
  view: View,
  variant: Variant,
  options: { extra?: RemarkPlugins; extraId?: string } = {},
): Promise<RenderedDoc> {
  const processor = await processorFor(view, variant, options.extra, options.extraId);
  // A fresh object per rendering: plugins read it, and a capture plugin may key results on it.
  const frontmatter = { ...input.data, ...(input.xref ? { xref: input.xref } : {}) } as Record<string, unknown>;
  const result = await processor.render(input.body, {
    frontmatter,
    fileURL: new URL(input.filePath, `file://${process.cwd()}/`),
  });
  return { html: result.code, headings: result.metadata.headings, frontmatter };
}
