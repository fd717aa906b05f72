// The renderer: a document's three views (read 简体, read 繁體, compare) from one Markdown parse.
// The tree is parsed and given its ids once (basePlugins), then each view runs its own plugins on
// a copy. The read views also collect their section texts (src/lib/remark/section-texts.ts) for
// the search index. The chain after the parse is the one Astro's createMarkdownProcessor builds
// with the view's full plugin list (the test oracle, tests/unit/render/reference-renderer.ts;
// render-views.test.ts checks the two agree byte for byte), minus the parse
// repeated per view. Used by the pre-render step and by document-views.ts on a store miss.
// Two steps of Astro's chain are left out: rehype-raw (remark/html-as-text leaves no raw HTML) and
// its image collection, which replaces an <img>'s attributes with a placeholder that only Astro's
// image service resolves, and no page runs it: an image stays a plain <img src alt>.
// Nothing here loads @astrojs/markdown-remark (≈1 s per process, it pulls in the highlighters).
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { DocMeta } from '../../schemas/doc.ts';
import type { XrefContext } from '../xref/corpus.ts';
import type { Script, Variant } from '../script-view.ts';
import { basePlugins, viewPlugins, type View } from './plugins.ts';
import type { DocViews } from './prerendered.ts';
import rehypeHeadingIds from '../rehype/heading-ids.ts';
import remarkSectionTexts from '../remark/section-texts.ts';
import { cloneTree } from '../remark/clone.ts';

export { cloneTree };
export type { DocViews };

export interface RenderInput {
  /** Markdown body (frontmatter blanked, see src/lib/corpus/load.ts) */
  body: string;
  data: DocMeta;
  filePath: string;
  /** the document's cross-reference context (src/lib/xref/corpus.ts), given to the plugins in the frontmatter object */
  xref?: XrefContext;
}

type AnyProcessor = Processor<any, any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let parser: AnyProcessor | undefined;
const viewProcessors = new Map<string, AnyProcessor>();

function baseProcessor(): AnyProcessor {
  parser ??= unified().use(remarkParse).use(basePlugins.remarkPlugins as PluggableList).freeze() as AnyProcessor;
  return parser;
}

/** Everything after the base plugins, as createMarkdownProcessor orders it (gfm, smartypants and
 * syntax highlighting off). */
function viewProcessor(view: View, variant: Variant): AnyProcessor {
  const key = `${view.kind === 'compare' ? 'compare' : view.script}:${variant}`;
  let p = viewProcessors.get(key);
  if (!p) {
    const lists = viewPlugins(view, variant, view.kind === 'read' ? [remarkSectionTexts] : []);
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

/** A raw HTML node would need rehype-raw (a parse5 re-parse of the page). */
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

function fileFor(input: RenderInput): VFile {
  // A fresh frontmatter object per view, as Astro gives each rendering.
  return new VFile({ value: input.body, path: new URL(input.filePath, `file://${process.cwd()}/`), data: { astro: { frontmatter: { ...input.data, ...(input.xref ? { xref: input.xref } : {}) } } } });
}

interface ViewOutput { html: string; headings: MarkdownHeading[]; file: VFile }

function renderView(tree: Root, input: RenderInput, view: View, variant: Variant): ViewOutput {
  const processor = viewProcessor(view, variant);
  const file = fileFor(input);
  const hast = processor.runSync(tree, file);
  if (hasRaw(hast)) throw new Error(`${input.filePath}: a plugin left raw HTML in the ${view.kind} view; src/lib/remark/html-as-text.ts turns HTML into text, and plugins must build nodes, not HTML strings.`);
  const html = String(processor.stringify(hast, file));
  return { html, headings: (file.data.astro as { headings?: MarkdownHeading[] }).headings ?? [], file };
}

/** Renders all three views of one document: HTML, headings and (read views) section texts. */
export function renderViews(input: RenderInput, variant: Variant): DocViews {
  const base = baseProcessor();
  const file = fileFor(input);
  const tree = base.runSync(base.parse(file), file) as Root;
  dropPositions(tree);
  const read = (script: Script, from: Root) => {
    const v = renderView(from, input, { kind: 'read', script }, variant);
    return { html: v.html, headings: v.headings, sections: v.file.data.sections ?? [] };
  };
  // The last view takes the tree itself; the others a copy each.
  const hans = read('hans', cloneTree(tree));
  const hant = read('hant', cloneTree(tree));
  const compare = renderView(tree, input, { kind: 'compare' }, variant);
  return { read: { hans, hant }, compare: { html: compare.html } };
}
