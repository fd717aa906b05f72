import { z } from 'zod';

/** Site configuration, validated once at the edge (see src/lib/config.ts for sources). */
export const siteConfigSchema = z.object({
  title: z.string().min(1),
  /** Base path the site is served under; always starts and ends with '/'. */
  base: z
    .string()
    .regex(/^\/([\w.~-]+\/)*$/, 'base must look like / or /intranet/policy/ (ASCII path segments, leading and trailing slash)'),
  defaultScript: z.enum(['hans', 'hant']),
  /** Traditional variant used when converting simplified → traditional (opencc: t, tw, hk). */
  variant: z.enum(['t', 'tw', 'hk']),
  /** Folder of Markdown documents, relative to the project root. */
  corpusDir: z.string().min(1),
  /** Folder of conversion reports (<raw file>.json), relative to the project root. */
  reportDir: z.string().min(1),
  /** 效力 table of the corpus (content/status.tsv); absent file = no status data */
  statusFile: z.string().min(1).optional(),
  /** Absolute origin for canonical URLs, if known (citations use the reader's own URL). */
  site: z.url().optional(),
  /** Documents per page of a browse list (newest, oldest, one year, one issuer, …). */
  pageSize: z.number().int().min(1).max(10_000),
  /** Newest documents shown on the home page. */
  homeRecent: z.number().int().min(0).max(200),
  /** Groups shown per facet (type, year, issuer, collection) on the home page; the rest via its index. */
  homeGroups: z.number().int().min(1).max(200),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
