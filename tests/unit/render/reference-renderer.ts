// The test oracle: one view of one document through Astro's own createMarkdownProcessor with the
// view's full plugin list (pluginsFor). The site's renderer (src/lib/render/render-views.ts) must
// give the same HTML and headings byte for byte (render-views.test.ts, render-entry.test.ts).
// Processors are built once per view and variant.
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Variant } from '../../../src/lib/script-view.ts';
import { pluginsFor, type View } from '../../../src/lib/render/plugins.ts';
import type { RenderInput } from '../../../src/lib/render/render-views.ts';

type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
const processors = new Map<string, Promise<Renderer>>();

function processorFor(view: View, variant: Variant): Promise<Renderer> {
  const key = `${view.kind === 'compare' ? 'compare' : view.script}:${variant}`;
  let p = processors.get(key);
  if (!p) {
    // Text stays exactly as written (no smart quotes, no GFM autolinks or strikethrough), and
    // there is no code to highlight.
    p = createMarkdownProcessor({ ...pluginsFor(view, variant), gfm: false, smartypants: false, syntaxHighlight: false });
    processors.set(key, p);
  }
  return p;
}

export async function renderMarkdown(input: RenderInput, view: View, variant: Variant): Promise<{ html: string; headings: MarkdownHeading[] }> {
  const processor = await processorFor(view, variant);
  const frontmatter = { ...input.data, ...(input.xref ? { xref: input.xref } : {}) } as Record<string, unknown>;
  const result = await processor.render(input.body, { frontmatter, fileURL: new URL(input.filePath, `file://${process.cwd()}/`) });
  return { html: result.code, headings: result.metadata.headings };
}
