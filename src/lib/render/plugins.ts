// The remark/rehype plugin lists of each view: `basePlugins` once per document, then each view's
// own (render-views.ts); `pluginsFor` is a view's whole list, for the test oracle
// (tests/unit/render/reference-renderer.ts).
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkHtmlAsText from '../remark/html-as-text.ts';
import remarkHeadingAttributes from '../remark/heading-attributes.ts';
import remarkTables from '../remark/tables.ts';
import remarkParagraphIds from '../remark/paragraph-ids.ts';
import remarkXref from '../remark/xref.ts';
import { remarkLineBlocks } from '../remark/line-roles.ts';
import remarkCorrectTraditional from '../remark/correct-traditional.ts';
import remarkConvertScript from '../script/remark-convert-script.ts';
import remarkSectionPaths from '../remark/section-paths.ts';
import remarkRunIn from '../remark/run-in.ts';
import remarkCompareRows from '../remark/compare-rows.ts';
import rehypePermalinks from '../rehype/permalinks.ts';
import type { Script, Variant } from '../script-view.ts';
import { ui } from '../i18n.ts';

export type View = { kind: 'read'; script: Script } | { kind: 'compare' };

export interface PluginLists {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
}

/** Ids and classes only: what every rendering of a document shares. */
export const basePlugins: PluginLists = {
  remarkPlugins: [remarkTables, [remarkHtmlAsText, { warn: false }], remarkHeadingAttributes, remarkParagraphIds, remarkXref],
  rehypePlugins: [],
};

/** A view's whole list: the base plugins, then the view's own. */
export function pluginsFor(view: View, variant: Variant): PluginLists {
  const own = viewPlugins(view, variant);
  return { remarkPlugins: [...basePlugins.remarkPlugins, ...own.remarkPlugins], rehypePlugins: [...basePlugins.rehypePlugins, ...own.rehypePlugins] };
}

/** What one view adds after `basePlugins` (render-views.ts runs the base once for all views).
 * `extra` remark plugins run in the read views after script conversion and section paths, before
 * run-in grouping (which wraps headings): render-views.ts collects the section texts there. */
export function viewPlugins(view: View, variant: Variant, extra: RemarkPlugins = []): PluginLists {
  if (view.kind === 'compare') {
    return {
      remarkPlugins: [[remarkCompareRows, { columns: ['hans', 'hant'], variant }]],
      rehypePlugins: [[rehypePermalinks, { label: ui.hans.permalink }]],
    };
  }
  return {
    remarkPlugins: [remarkCorrectTraditional, [remarkConvertScript, { to: view.script, variant }], [remarkSectionPaths, { to: view.script, variant }], ...extra, remarkRunIn, remarkLineBlocks],
    rehypePlugins: [[rehypePermalinks, { label: ui[view.script].permalink }]],
  };
}
