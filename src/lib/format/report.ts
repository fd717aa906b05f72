// The conversion report of one raw file (content/report/<raw file>.json): written by the converter
// (scripts/convert/emit-report.ts), shown by the site (/report/<raw file>/). Declared once here.
import { z } from 'zod';

/** A problem worth a reader's look, at a line of the raw file when known. */
export const messageSchema = z.object({
  file: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  reason: z.string(),
  severity: z.enum(['warning', 'error']),
  /** What the warning is about: the summary counts by it, the report page names it (WARNING_KINDS). */
  kind: z.lazy(() => z.enum(WARNING_KINDS)),
});
export type Message = z.infer<typeof messageSchema>;

/**
 * The kinds of warning, one per question a reader must answer. A check of a new kind adds its name
 * here and a label in src/lib/report/kinds.ts (a unit test holds them together).
 */
export const WARNING_KINDS = [
  'page-number?', // looks like a page number, kept
  'furniture?', // looks like web or page furniture, kept
  'wrap?', // a line that may run on into the next, not joined
  'repeated-line', // a line repeated as a running header would be, kept (no page break near)
  'continuation?', // a continuation marker with no "continued from" line
  'garbled', // mojibake: a byte shift the decoder could not undo
  'character?', // a character lost or odd: stray ?, U+FFFD, private-use, invisible characters
  'tag?', // text that looks like an HTML tag, kept as text
  'empty', // nothing left after cleaning
  'split', // the file holds several documents: how many and why
  'no-title', // no title found: the file name stands in
  'no-date', // no document date found
  'no-issuer', // no issuer found
  'numbering', // a numbering marker repeated: the second gets another id
  'depth', // sections nested deeper than Markdown shows
  'heading?', // a heading that may run into its body text
  'compilation', // a compilation's table of contents does not match its body
  'slug', // a document's slug differs from the one it asks for
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/**
 * The kinds of change the cleaner records, one per clean rule (scripts/convert/clean/, each rule's
 * `kind`) plus `correction` (content/corrections/). A rule of a new kind adds its name here; the
 * report's readers then know it.
 */
export const REMOVAL_KINDS = [
  'correction', // a per-file editorial fix (content/corrections/<raw file>.json)
  'html', // HTML tags and entities left in a copy
  'markup', // HTML comments and Markdown heading marks of a copy kept as Markdown
  'character', // a PDF font's stand-in characters (compatibility ideographs, radicals) made the unified Han characters
  'digits', // full-width digits made ASCII (２０１８ → 2018)
  'pinyin', // pinyin annotations after characters
  'info-table', // a web page's information table (its fields go to the head)
  'web-cruft', // navigation, toolbars, footers of a web copy
  'page-header', // running page headers and footers
  'page-number', // page numbers
  'whitespace', // form feeds, trailing spaces, blank lines
  'continuation-marker', // a newspaper's continuation markers
  'space', // typesetting spaces inside a line
  'toc', // a law's own table of contents
  'punctuation', // ASCII punctuation in Chinese text made full-width
  'line-wrap', // hard line wraps joined
  'warning', // rules that only warn (they remove nothing)
] as const;
export type RemovalKind = (typeof REMOVAL_KINDS)[number];

/** A span of a text replaced, with a reason (applied by scripts/convert/change.ts applyChanges). */
export interface Change {
  /** UTF-16 offset in the text the change applies to */
  offset: number;
  /** the text replaced (what was there) */
  text: string;
  /** what stands there now ('' when removed outright) */
  replacement: string;
  reason: string;
}

/** One span the cleaner removed or replaced (a Change); `offset` is in the decoded text (UTF-16 code units). */
export interface Removal extends Change {
  kind: RemovalKind;
  /** Earlier changes this one took over (e.g. a correction inside a joined continuation); not applied again. */
  includes?: Removal[];
}
export const removalSchema: z.ZodType<Removal> = z.lazy(() =>
  z.object({ kind: z.enum(REMOVAL_KINDS), offset: z.number().int(), text: z.string(), replacement: z.string(), reason: z.string(), includes: z.array(removalSchema).optional() }),
);

/**
 * A change to a title after extraction (e.g. PDF spacing inside a date): applying them to `title`
 * (as extracted) gives the published title. `field` is `title` or, for a compilation index,
 * `articles.<order>.title`; `document` is 1-based in the raw file.
 */
export const titleEditSchema = z.object({
  kind: z.literal('title-space'),
  document: z.number().int().positive(),
  field: z.string(),
  title: z.string(),
  offset: z.number().int(), // in `title`
  text: z.string(),
  replacement: z.string(),
  reason: z.string(),
});
export type TitleEdit = z.infer<typeof titleEditSchema>; // a Change, with the title and field it applies to

/**
 * Where a metadata field of a document came from: the value published, the text as written (e.g.
 * 国发[2019]5号 before its brackets were normalised) and the raw-file line.
 */
export const metadataNoteSchema = z.object({
  document: z.number().int().positive(),
  field: z.string(),
  value: z.string(),
  text: z.string(),
  line: z.number().int().optional(),
  from: z.string(), // info-table, head, signature, adoption-note, decree-cover, title, body
});
export type MetadataNote = z.infer<typeof metadataNoteSchema>;

export const documentSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  type: z.string(),
  date: z.string().nullable(),
  script: z.string(),
  sections: z.number().int(),
  sectionsByDepth: z.array(z.number().int()), // index 0 = depth 1
  annexes: z.array(z.string()).optional(), // ids of the annex sections (annex1 …), when there are any
  issuedBy: z.string().optional(), // the notice that issues this text
  issues: z.array(z.string()).optional(), // the texts this notice issues
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** Encodings the decoder reads (scripts/convert/decode.ts). */
export const encodingSchema = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'gb18030', 'big5']);
export type Encoding = z.infer<typeof encodingSchema>;

export const reportSchema = z.object({
  file: z.string(),
  encoding: encodingSchema,
  lineEnds: z.enum(['lf', 'crlf', 'cr', 'mixed']),
  conservation: z.literal('ok'),
  documents: z.array(documentSummarySchema),
  removals: z.array(removalSchema),
  /** Changes to titles after extraction; kept + edited = extracted, like `removals` for the text. */
  titleEdits: z.array(titleEditSchema),
  metadata: z.array(metadataNoteSchema),
  warnings: z.array(messageSchema),
});
export type FileReport = z.infer<typeof reportSchema>;
