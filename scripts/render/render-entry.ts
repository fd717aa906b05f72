// One document → its store entry: the three views with their section texts
// (src/lib/render/render-views.ts), the slug and the hash readers check the entry against.
import { parseDocFile, splitFrontmatter } from '../../src/lib/corpus/load.ts';
import type { PrerenderedDoc } from '../../src/lib/render/prerendered.ts';
import { renderViews } from '../../src/lib/render/render-views.ts';
import { sha256 } from '../../src/lib/render/store.ts';
import { keyText, type XrefContext } from '../../src/lib/xref/corpus.ts';
import type { Variant } from '../../src/lib/script-view.ts';

/** Renders one Markdown file (its text as read from disk) into a store entry. */
export async function renderEntry(filePath: string, source: string, variant: Variant, xref?: XrefContext): Promise<PrerenderedDoc> {
  const entry = parseDocFile(filePath, source);
  const views = renderViews({ body: splitFrontmatter(source).body, data: entry.data, filePath, ...(xref ? { xref } : {}) }, variant);
  return { version: 1, slug: entry.id, sourceHash: sha256(keyText(source, xref)), ...views };
}
