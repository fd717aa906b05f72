// A document's three views (read 简体, read 繁體, compare) from one Markdown parse: the tree is
// parsed and given its ids once (basePlugins), then each view runs its own plugins on a copy.
// The chain after the parse is the one Astro's createMarkdownProcessor builds (render-doc.ts, the
// reference; tests/unit/render/render-views.test.ts checks the two agree byte for byte), minus
// the parse repeated per view. Used by the pre-render step and by pages rendering in-process.
import { remarkCollectImages, type MarkdownHeading, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Script, Variant } from '../script-view.ts';
import { basePlugins, viewPlugins, type View } from './plugins.ts';
import { renderMarkdown, type RenderInput } from './render-doc.ts';
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

/** Everything after the base plugins, as createMarkdownProcessor orders it (gfm, smartypants and
 * syntax highlighting off; rehypeImages is not needed: documents with images take the reference path;
 * rehype-raw only when there is raw HTML). */
function viewProcessor(view: View, variant: Variant, extra: RemarkPlugins, extraId: string): AnyProcessor {
  const key = `${view.kind === 'compare' ? 'compare' : view.script}:${variant}:${extraId}`;
  let p = viewProcessors.get(key);
  if (!p) {
    const lists = viewPlugins(view, variant, extra);
    p = unified()
      .use(lists.remarkPlugins as PluggableList)
      .use(remarkCollectImagesWhenNeeded)
      .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
      .use(lists.rehypePlugins as PluggableList)
      .use(rehypeHeadingIds)
      .use(rehypeRawWhenNeeded)
      .use(rehypeStringify, { allowDangerousHtml: true })
      .freeze() as AnyProcessor;
    viewProcessors.set(key, p);
  }
  return p;
}

/** Astro's image collection walks every node; only Markdown with `![` can have an image. */
function remarkCollectImagesWhenNeeded() {
  const transform = remarkCollectImages(undefined);
  return (tree: Root, file: VFile) => (String(file.value).includes('![') ? transform(tree, file) : undefined);
}

/** rehype-raw re-parses the whole tree with parse5 to splice in raw HTML. The documents' trees
 * have none (remark/html-as-text turns it into text), and a tree without raw nodes comes back the
 * same, so the re-parse is skipped unless a raw node is there. */
function rehypeRawWhenNeeded() {
  const transform = rehypeRaw();
  return (tree: HastRoot, file: VFile) => (hasRaw(tree) ? transform(tree, file) : undefined);
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'raw') return true;
  const kids = node.children as { type: string; children?: unknown[] }[] | undefined;
  if (kids) for (const k of kids) if (hasRaw(k)) return true;
  return false;
}

function fileFor(input: RenderInput, text?: string): VFile {
  // A fresh frontmatter object per view, as Astro gives each rendering.
  return new VFile({ value: text ?? input.body, path: new URL(input.filePath, `file://${process.cwd()}/`), data: { astro: { frontmatter: { ...input.data } } } });
}

function hasImages(file: VFile): boolean {
  const astro = file.data.astro as { localImagePaths?: string[]; remoteImagePaths?: string[] } | undefined;
  return Boolean(astro?.localImagePaths?.length || astro?.remoteImagePaths?.length);
}

async function renderView(tree: Root, input: RenderInput, view: View, variant: Variant, extra: RemarkPlugins, extraId: string): Promise<ViewHtml> {
  const processor = viewProcessor(view, variant, extra, extraId);
  const file = fileFor(input);
  const hast = processor.runSync(tree, file);
  if (hasImages(file)) {
    // Images go through Astro's rehypeImages; keep exactly its output by rendering the reference way.
    const r = await renderMarkdown(input, view, variant, { extra, extraId });
    return { html: r.html, headings: r.headings, frontmatter: r.frontmatter };
  }
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
  const base = baseProcessor();
  const file = fileFor(input);
  const tree = base.runSync(base.parse(file), file) as Root;
  // The last view takes the tree itself; the others a copy each.
  const hans = await renderView(cloneTree(tree), input, { kind: 'read', script: 'hans' }, variant, extra, extraId);
  const hant = await renderView(cloneTree(tree), input, { kind: 'read', script: 'hant' }, variant, extra, extraId);
  const compare = await renderView(tree, input, { kind: 'compare' }, variant, [], '');
  return { read: { hans, hant }, compare };
}
