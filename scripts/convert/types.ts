// Shared types of the conversion pipeline: decode → clean → split → structure → emit.
// Each stage is a pure function over these values; I/O lives in cli.ts only.

import type { DocType } from '../../src/lib/format/doc-types.ts';
import type { Frontmatter } from '../../src/lib/format/frontmatter.ts';
import type { Encoding, Message, Removal } from '../../src/lib/format/report.ts';
import type { Script } from '../../src/lib/format/script.ts';
import type { InfoTable } from './clean/info-table.ts';
import type { LineRole } from '../../src/lib/format/line-roles.ts';

// The document format (frontmatter, report, types, script) is declared once in src/lib/format/.
export type { DocType, Message, Removal, Script };
export type { TitleEdit } from '../../src/lib/format/report.ts';

/** Result of the decode stage. `text` has LF line ends; CR/CRLF are normalised and recorded. */
export interface Decoded {
  file: string; // raw file name, e.g. 000_063fad30c2e823b0.txt
  encoding: Encoding;
  text: string;
  lineEnds: 'lf' | 'crlf' | 'cr' | 'mixed';
}

/** A reviewed repair of garbled text (content/corrections/<raw file>.json); offset in the decoded text. */
export interface Correction {
  offset: number;
  garbled: string;
  intended: string;
  reason: string;
}

export interface Cleaned {
  file: string;
  text: string;
  removals: Removal[];
  warnings: Message[];
  /** Maps an offset in `text` back to the decoded input. */
  toSource(offset: number): number;
  /** Information tables the cleaner read and removed (metadata for the structure stage). */
  infoTables?: InfoTable[];
  /** Running page headers the cleaner removed, as read after the earlier rules (pinyin already gone). */
  pageHeaders?: string[];
  /** Title and date a Markdown copy's front matter gives (hints: the text's own head wins). */
  frontMatter?: import('./front-matter.ts').FrontMatterHints;
}

export interface SectionNode {
  id: string; // id forms: scripts/convert/README.md (s1, s1-2, pt4-ch2-sec1, art15, art30a1, art15-1, d1-2, facts …)
  depth: number; // 1 = top level (## in Markdown)
  marker: string; // 一、 （二） 3. 第十五条 … ('' for an unnumbered heading)
  /** What the heading adds to a citation path (第十五条, 1.2, 序言, 第二款（一）); emitted as marker=. */
  cite?: string;
  /** Law levels (part … article) and 'label' (序言): what ids and 款 are derived from. */
  kind?: string;
  heading: string; // heading text exactly as in source, marker included
  runIn: boolean; // lead sentence of a paragraph
  body: string[]; // paragraphs following the heading (before any child)
  /** Ids of body paragraphs that are 款 of an article (body index → id and citation). */
  anchors?: ParagraphAnchor[];
  children: SectionNode[];
  /** An annex's own closing block (a forwarded report's 国土资源部 / 二〇〇四年十月十日), after its last child. */
  signature?: HeadLine[];
}

export interface ParagraphAnchor {
  index: number; // into body
  id: string; // art4-p2
  cite?: string; // 第二款
}

/**
 * A converted document: its frontmatter (declared in src/lib/format/frontmatter.ts; the fields the
 * converter always fills are required here) and its body.
 */
export type DocumentModel = Omit<Frontmatter, 'issuer' | 'date' | 'type' | 'source' | 'protect' | 'articles'> & {
  issuer: string | null;
  date: string | null; // ISO yyyy-mm-dd
  type: DocType;
  source: { file: string; startLine: number; endLine: number; startOffset: number; endOffset: number };
  /** Head lines kept in the body before the preamble: 发文字号, 主送机关 (shown as the document head). */
  head?: HeadLine[];
  preamble: string[]; // paragraphs before the first numbered section
  closing?: string[]; // closing exhortation after the last section (省委号召…！), not part of it
  sections: SectionNode[];
  /** The closing block: signature, date, （此件公开发布）, 抄送/印发 lines (版记). */
  signature?: HeadLine[];
  articles?: ArticleRef[]; // compilation index: its articles in order (with slugs)
  /** Annexes after the main text (附件一 …): sections with ids annex1, annex2 …, their contents prefixed annex1-. */
  annexes?: SectionNode[];
};

/** A line of a document's head or closing block, with what it is (the site styles each role). */
export interface HeadLine {
  role: LineRole;
  text: string;
}
export type { LineRole };

// ---- split → structure ----

/** One paragraph of cleaned text; `offset` is where it starts in `Cleaned.text`. */
export interface Paragraph {
  text: string;
  offset: number;
}

/** An entry of a compilation's table of contents. */
export interface ArticleRef {
  order: number; // 1-based
  title: string;
  category: string | null;
  categoryHeading?: string; // the category as the table of contents writes it: 一、意见决定
  slug?: string; // filled in once the article's slug is known
}

/** Output of the split stage: the paragraphs of one document, before its structure is known. */
export interface DocumentPart {
  kind: 'document' | 'compilation-index' | 'article';
  /** Paragraphs of the document; when `title` is set, the title paragraph is not among them. */
  paragraphs: Paragraph[];
  /** Extent in the cleaned text (offsets), title and table of contents included. */
  range: { start: number; end: number };
  /** Title already known from the split (compilation titles and articles). */
  title?: string;
  /** Title seen only in removed text (e.g. a repeated newspaper page header). */
  titleHint?: string;
  order?: number; // articles: position in the compilation
  category?: string | null; // articles: TOC category
  articles?: ArticleRef[]; // compilation index: its table of contents
  /** A text issued or forwarded by a notice in the same file: index of the notice's part. */
  issuedBy?: number;
  /** …and the name the notice gives it (《国务院工作规则》), which shows the title's own spacing. */
  issuedName?: string;
}

export interface SplitResult {
  parts: DocumentPart[];
  warnings: Message[];
}
