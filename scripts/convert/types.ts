// Shared types of the conversion pipeline: decode → clean → split → structure → emit.
// Each stage is a pure function over these values; I/O lives in cli.ts only.

export type Script = 'hans' | 'hant';

/** Result of the decode stage. `text` has LF line ends; CR/CRLF are normalised and recorded. */
export interface Decoded {
  file: string; // raw file name, e.g. 000_063fad30c2e823b0.txt
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030' | 'big5';
  text: string;
  lineEnds: 'lf' | 'crlf' | 'cr' | 'mixed';
}

/** One span the cleaner removed or replaced; `offset` is in the decoded text (UTF-16 code units). */
export interface Removal {
  kind: string; // e.g. 'web-cruft', 'page-header', 'continuation-marker', 'line-wrap', 'html', 'pinyin', 'mojibake', 'correction'
  offset: number;
  text: string; // the source text removed
  replacement: string; // '' when removed outright
  reason: string;
  /** Earlier changes this one took over (e.g. a correction inside a joined continuation); not applied again. */
  includes?: Removal[];
}

/**
 * A change to a title after extraction (e.g. PDF spacing inside a date): the report lists each, and
 * applying them to `title` (as extracted) gives the published title. `field` is `title` or, for a
 * compilation index, `articles.<order>.title`; `document` is 1-based in the raw file.
 */
export interface TitleEdit {
  kind: 'title-space';
  document: number;
  field: string;
  title: string;
  offset: number; // in `title`
  text: string;
  replacement: string;
  reason: string;
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
}

export interface Message {
  file: string;
  line?: number;
  column?: number;
  reason: string;
  severity: 'warning' | 'error';
  /** What the warning is about, for the summary's count by kind (e.g. 'page-number?', 'furniture?', 'wrap?'). */
  kind?: string;
}

export type DocType = '决定' | '意见' | '实施意见' | '方案' | '实施方案' | '要点' | '报告' | '讲话' | '通知' | '规划' | '条例' | '办法' | '汇编' | '文章' | '其他';

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
}

export interface ParagraphAnchor {
  index: number; // into body
  id: string; // art4-p2
  cite?: string; // 第二款
}

export interface DocumentModel {
  title: string;
  slug: string;
  issuer: string | null;
  date: string | null; // ISO yyyy-mm-dd
  type: DocType;
  script: Script;
  source: { file: string; startLine: number; endLine: number; startOffset: number; endOffset: number };
  collection?: string; // slug of the compilation index document
  order?: number; // 1-based position in the collection
  category?: string; // compilation category (e.g. 意见决定)
  preamble: string[]; // paragraphs before the first numbered section
  closing?: string[]; // closing exhortation after the last section (省委号召…！), not part of it
  sections: SectionNode[];
  articles?: ArticleRef[]; // compilation index: its articles in order (with slugs)
  /** Annexes after the main text (附件一 …): sections with ids annex1, annex2 …, their contents prefixed annex1-. */
  annexes?: SectionNode[];
  /** A text issued or forwarded by a notice in the same file: the notice's slug. */
  issuedBy?: string;
  /** A notice: slugs of the texts it issues or forwards, in order. */
  issues?: string[];
}

// ---- split → structure (added by H2 "structure"; compatible extension) ----

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
