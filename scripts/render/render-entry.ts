// One document → its store entry: the three views (read hans, read hant, compare) rendered from one
// Markdown parse (src/lib/render/render-views.ts, the same HTML as the pages' processors), plus the
// read views' section texts for the search index.
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { parseDocFile, splitFrontmatter } from '../../src/lib/corpus/load.ts';
import remarkSectionTexts from '../../src/lib/remark/section-texts.ts';
import type { PrerenderedDoc, ReadView, SectionText } from '../../src/lib/render/prerendered.ts';
import type { RenderInput } from '../../src/lib/render/render-doc.ts';
import { renderViews, type ViewHtml } from '../../src/lib/render/render-views.ts';
import { sha256 } from '../../src/lib/render/store.ts';
import { keyText, type XrefContext } from '../../src/lib/xref/corpus.ts';
import type { Variant } from '../../src/lib/script-view.ts';

// Section texts are left on the vfile; the frontmatter object the render was given (fresh per
// render) is the one handle both sides share, so the capture keys on it.
const captured = new WeakMap<object, SectionText[]>();
function remarkCaptureSections() {
  return (_tree: unknown, file: VFile) => {
    const front = (file.data as { astro?: { frontmatter?: object } }).astro?.frontmatter;
    if (front) captured.set(front, file.data.sections ?? []);
  };
}
const extra: RemarkPlugins = [remarkSectionTexts, remarkCaptureSections];

const readView = (v: ViewHtml): ReadView => ({ html: v.html, headings: v.headings, sections: captured.get(v.frontmatter) ?? [] });

/** Renders one Markdown file (its text as read from disk) into a store entry. */
export async function renderEntry(filePath: string, source: string, variant: Variant, xref?: XrefContext): Promise<PrerenderedDoc> {
  const entry = parseDocFile(filePath, source);
  const input: RenderInput = { body: splitFrontmatter(source).body, data: entry.data, filePath, ...(xref ? { xref } : {}) };
  const views = await renderViews(input, variant, { extra, extraId: 'sections' });
  return { version: 1, slug: entry.id, sourceHash: sha256(keyText(source, xref)), read: { hans: readView(views.read.hans), hant: readView(views.read.hant) }, compare: { html: views.compare.html } };
}
