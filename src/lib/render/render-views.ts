// A document's three views (read 简体, read 繁體, compare) from one Markdown parse: the tree is
// parsed and given its ids once (basePlugins), then each view runs its own plugins on a copy.
// The chain after the parse is the one Astro's createMarkdownProcessor builds (render-doc.ts, the
// reference; tests/unit/render/render-views.test.ts checks the two agree byte for byte), minus
// the parse repeated per view. Used by the pre-render step and by pages rendering in-process.
// Nothing here loads @astrojs/markdown-remark itself (≈1 s per process, it pulls in the syntax
// highlighters): the rare document that needs Astro's own image or raw-HTML handling is rendered
// the reference way, imported on demand.
import type { MarkdownHeading, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Script, Variant } from '../script-view.ts';
import { basePlugins, viewPlugins, type View } from './plugins.ts';
import type { RenderInput } from './render-doc.ts';
import rehypeHeadingIds from '../rehype/heading-ids.ts';
import { cloneTree } from '../remark/clone.ts';

export { cloneTree };

export interface ViewHtml {
  html: string;
  headings: MarkdownHeading[];
  /** the frontmatter object the plugins saw (plugins may attach results to it) */
  frontmatter: Record<string, unknown>;
}

export interface DocViews {
  read: Record<Script, ViewHtml>;
  compare: ViewHtml;
}

type AnyProcessor = Processor<any, any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let parser: AnyProcessor | undefined;
const viewProcessors = new Map<string, AnyProcessor>();

function baseProcessor(): AnyProcessor {
  parser ??= unified().use(remarkParse).use(basePlugins.remarkPlugins as PluggableList).freeze() as AnyProcessor;
  return parser;
}

/** Everything after the base plugins, as createMarkdownProcessor orders it, for documents without
 * images or raw HTML (gfm, smartypants and syntax highlighting off; Astro's image collection and
 * rehypeImages, and rehype-raw, change nothing then). */
function viewProcessor(view: View, variant: Variant, extra: RemarkPlugins, extraId: string): AnyProcessor {
  const key = `${view.kind === 'compare' ? 'compare' : view.script}:${variant}:${extraId}`;
  let p = viewProcessors.get(key);
  if (!p) {
    const lists = viewPlugins(view, variant, extra);
    p = unified()
      .use(lists.remarkPlugins as PluggableList)
      .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
      .use(lists.rehypePlugins as PluggableList)
      .use(rehypeHeadingIds)
      .use(rehypeStringify, { allowDangerousHtml: true })
      .freeze() as AnyProcessor;
    viewProcessors.set(key, p);
  }
  return p;
}

/** A raw HTML node would need rehype-raw (a parse5 re-parse of the page). The documents have none:
 * remark/html-as-text turns HTML into text. */
function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'raw') return true;
  const kids = node.children as { type: string; children?: unknown[] }[] | undefined;
  if (kids) for (const k of kids) if (hasRaw(k)) return true;
  return false;
}

/** Source positions only locate plugin messages, which a rendering to HTML does not keep; without
 * them each view copies and converts a third of the objects. */
function dropPositions(node: { position?: unknown; children?: unknown[] }): void {
  delete node.position;
  const kids = node.children as { position?: unknown; children?: unknown[] }[] | undefined;
  if (kids) for (const k of kids) dropPositions(k);
}

/** Only Markdown with `![` can have an image (Astro collects and rewrites images). */
const mayHaveImages = (input: RenderInput): boolean => input.body.includes('![');

async function reference(input: RenderInput, view: View, variant: Variant, extra: RemarkPlugins, extraId: string): Promise<ViewHtml> {
  const { renderMarkdown } = await import('./render-doc.ts');
  const r = await renderMarkdown(input, view, variant, { extra, extraId });
  return { html: r.html, headings: r.headings, frontmatter: r.frontmatter };
}

function fileFor(input: RenderInput): VFile {
  // A fresh frontmatter object per view, as Astro gives each rendering.
  return new VFile({ value: input.body, path: new URL(input.filePath, `file://${process.cwd()}/`), data: { astro: { frontmatter: { ...input.data, ...(input.xref ? { xref: input.xref } : {}) } } } });
}

async function renderView(tree: Root, input: RenderInput, view: View, variant: Variant, extra: RemarkPlugins, extraId: string): Promise<ViewHtml> {
  const processor = viewProcessor(view, variant, extra, extraId);
  const file = fileFor(input);
  const hast = processor.runSync(tree, file);
  if (hasRaw(hast)) return reference(input, view, variant, extra, extraId);
  const html = String(processor.stringify(hast, file));
  const astro = file.data.astro as { headings?: MarkdownHeading[]; frontmatter: Record<string, unknown> };
  return { html, headings: astro.headings ?? [], frontmatter: astro.frontmatter };
}

/**
 * Renders all three views of one document. `extra` remark plugins run in the read views after
 * script conversion and section paths (see pluginsFor); `extraId` names them for the cache.
 */
export async function renderViews(input: RenderInput, variant: Variant, options: { extra?: RemarkPlugins; extraId?: string } = {}): Promise<DocViews> {
  const extra = options.extra ?? [];
  const extraId = options.extraId ?? '';
  if (mayHaveImages(input)) {
    const [hans, hant, compare] = await Promise.all([
      reference(input, { kind: 'read', script: 'hans' }, variant, extra, extraId),
      reference(input, { kind: 'read', script: 'hant' }, variant, extra, extraId),
      reference(input, { kind: 'compare' }, variant, [], ''),
    ]);
    return { read: { hans, hant }, compare };
  }
  const base = baseProcessor();
  const file = fileFor(input);
  const tree = base.runSync(base.parse(file), file) as Root;
  dropPositions(tree);
  // The last view takes the tree itself; the others a copy each.
  const hans = await renderView(cloneTree(tree), input, { kind: 'read', script: 'hans' }, variant, extra, extraId);
  const hant = await renderView(cloneTree(tree), input, { kind: 'read', script: 'hant' }, variant, extra, extraId);
  const compare = await renderView(tree, input, { kind: 'compare' }, variant, [], '');
  return { read: { hans, hant }, compare };
}
