// The remark/rehype plugin lists of each view. astro.config.mjs uses `basePlugins` for Astro's own
// Markdown processor; pages render each document per view with the lists below.
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkHtmlAsText from '../remark/html-as-text.ts';
import remarkHeadingAttributes from '../remark/heading-attributes.ts';
import remarkTables from '../remark/tables.ts';
import remarkParagraphIds from '../remark/paragraph-ids.ts';
import remarkXref from '../remark/xref.ts';
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

/** `extra` remark plugins run in the read views after script conversion and section paths, before
 * run-in grouping (which wraps headings): the pre-render step collects section texts there. */
export function pluginsFor(view: View, variant: Variant, extra: RemarkPlugins = []): PluginLists {
  const own = viewPlugins(view, variant, extra);
  return { remarkPlugins: [...basePlugins.remarkPlugins, ...own.remarkPlugins], rehypePlugins: [...basePlugins.rehypePlugins, ...own.rehypePlugins] };
}

/** What one view adds after `basePlugins` (render-views.ts runs the base once for all views). */
export function viewPlugins(view: View, variant: Variant, extra: RemarkPlugins = []): PluginLists {
  if (view.kind === 'compare') {
    return {
      remarkPlugins: [[remarkCompareRows, { columns: ['hans', 'hant'], variant }]],
      rehypePlugins: [[rehypePermalinks, { label: ui.hans.permalink }]],
    };
  }
  return {
    remarkPlugins: [remarkCorrectTraditional, [remarkConvertScript, { to: view.script, variant }], remarkSectionPaths, ...extra, remarkRunIn],
    rehypePlugins: [[rehypePermalinks, { label: ui[view.script].permalink }]],
  };
}
