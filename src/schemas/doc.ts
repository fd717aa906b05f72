import { z } from 'zod';
import { STATUSES } from '../lib/status/vocabulary.ts';

// Frontmatter of one converted document (normative format, issue 3).
// Astro validates every file against this at build time and names the file on failure.

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be ISO yyyy-mm-dd or null');

export const sourceSchema = z.object({
  file: z.string().min(1),
  startLine: z.number().int().nonnegative().optional(),
  endLine: z.number().int().nonnegative().optional(),
  startOffset: z.number().int().nonnegative().optional(),
  endOffset: z.number().int().nonnegative().optional(),
});

export const docSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'slug must be lower-case ASCII letters, digits and hyphens'),
  issuer: z.string().min(1).nullable().optional(),
  // YAML may parse an unquoted date as a Date; normalise it back to yyyy-mm-dd.
  date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate.nullable()).optional(),
  type: z.string().min(1),
  script: z.enum(['hans', 'hant']),
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
  /** 发文字号, normalised to 〔〕 (e.g. 国发〔2019〕5号) */
  docNumber: z.string().min(1).optional(),
  /** 效力 (legal force): from the status table (content/status.tsv), see src/lib/status/ */
  status: z.enum(STATUSES).optional(),
  /** 施行日期 (the converter reads it in the text) */
  effective: isoDate.optional(),
  /** date of repeal (status table) */
  repealed: isoDate.optional(),
  /** slugs of the documents that replace this one / that this one replaces (status table) */
  replacedBy: z.array(z.string()).optional(),
  replaces: z.array(z.string()).optional(),
  /** On a compilation's index document: its articles (the body links to them too). */
  articles: z
    .array(z.object({ order: z.number().int().positive(), slug: z.string(), title: z.string(), category: z.string().optional() }))
    .optional(),
});

export type DocMeta = z.infer<typeof docSchema>;
