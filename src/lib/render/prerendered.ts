// The contract between the pre-render step (scripts/render/, run before astro build on all cores)
// and its two readers, the Astro pages (HTML) and the search index build (section texts), which
// both go through document-views.ts.
// Store layout (implemented by src/lib/render/store.ts, owned by the render step):
//   <WENYUAN_RENDER_DIR, default node_modules/.cache/wenyuan-render>/
//     <key>.json                 one PrerenderedDoc; key = sha256(Markdown bytes + variant + renderer code)
//     manifest-<corpus>.json     { version: 1, corpusDir, variant, docs: { [slug]: key } } for one
//                                corpus folder (<corpus> = first 12 hex of sha1 of its absolute path)
// Readers look the slug up in the manifest, read <key>.json and check sourceHash against the
// Markdown file (store.ts: readPrerendered); on any miss document-views.ts renders in-process
// (astro dev, or a build without pre-render).
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Script } from '../script-view.ts';

/** One section of a document in one script, as search indexes it. */
export interface SectionText {
  /** heading id (s1-2, art15, …); '' for the text before the first heading */
  id: string;
  /** heading depth (2 = top level); 0 for the text before the first heading */
  depth: number;
  /** the heading texts from the top level down to this section, as displayed */
  path: string[];
  /** this section's own text (its heading, then its paragraphs; not its subsections) */
  text: string;
}

export interface ReadView {
  html: string;
  headings: MarkdownHeading[];
  sections: SectionText[];
}

/** Everything the renderer (render-views.ts) gives for one document, and all its readers need. */
export interface DocViews {
  read: Record<Script, ReadView>;
  compare: { html: string };
}

export interface PrerenderedDoc extends DocViews {
  version: 1;
  slug: string;
  /** sha256 (hex) of the Markdown file's key text (keyText: its bytes and its cross-reference
   * context): a reader must ignore an entry that does not match */
  sourceHash: string;
}
