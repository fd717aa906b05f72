// The frontmatter of one converted document: the contract between the converter (scripts/convert/
// emit.ts writes it) and the site (src/lib/corpus/ validates every file against it). Declared once
// here; both sides infer their types from it. Format and examples: scripts/convert/README.md.
import { z } from 'zod';
import { STATUSES } from '../status/vocabulary.ts';
import { scriptSchema } from './script.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be ISO yyyy-mm-dd or null');
// YAML may parse an unquoted date as a Date; normalise it back to yyyy-mm-dd.
const yamlDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);

export const sourceSchema = z.object({
  file: z.string().min(1),
  startLine: z.number().int().nonnegative().optional(),
  endLine: z.number().int().nonnegative().optional(),
  startOffset: z.number().int().nonnegative().optional(),
  endOffset: z.number().int().nonnegative().optional(),
});

export const articleRefSchema = z.object({ order: z.number().int().positive(), slug: z.string(), title: z.string(), category: z.string().optional() });

export const frontmatterSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'slug must be lower-case ASCII letters, digits and hyphens'),
  /** The body that issued or adopted the document (国务院办公厅, 全国人民代表大会常务委员会). */
  issuer: z.string().min(1).nullable().optional(),
  /** Signature, adoption or promulgation date. */
  date: yamlDate.nullable().optional(),
  /** Document type (文种), a word of src/lib/format/doc-types.ts for converted files; hand-written ones may use others. */
  type: z.string().min(1),
  script: scriptSchema,
  /** 发文字号, brackets normalised to 〔〕: 国发〔2019〕5号, 国令第707号. */
  docNumber: z.string().min(1).optional(),
  /** 施行日期 when the text or its info table says it. */
  effective: yamlDate.optional(),
  /** 效力 (legal force): from the status table (content/status.tsv), see src/lib/status/ */
  status: z.enum(STATUSES).optional(),
  /** Date of repeal (status table). */
  repealed: isoDate.optional(),
  /** Slugs of the documents that replace this one / that this one replaces (status table). */
  replacedBy: z.array(z.string()).optional(),
  replaces: z.array(z.string()).optional(),
  /** The meeting that adopted it (…第十三届…第二十九次会议); never the issuer. */
  adoptedBy: z.string().min(1).optional(),
  /** 主送机关: the bodies the document is addressed to. */
  addressees: z.array(z.string().min(1)).optional(),
  source: sourceSchema,
  collection: z.string().optional(),
  order: z.number().int().positive().optional(),
  category: z.string().optional(),
  /** A text issued or forwarded by a notice: the notice's slug (the page links to it). */
  issuedBy: z.string().optional(),
  /** A notice: slugs of the texts it issues or forwards (the page lists them). */
  issues: z.array(z.string()).optional(),
  /** Terms never converted between scripts in this document (see src/lib/script/README.md). */
  protect: z.array(z.string()).optional(),
  /** On a compilation's index document: its articles (the body links to them too). */
  articles: z.array(articleRefSchema).optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
