import { z } from 'zod';
import { scriptSchema, variantSchema } from '../lib/format/script.ts';

// A path segment of a base: ASCII letters, digits and _ . ~ -, but not "." or ".." (they would
// climb out of the site and every link would 404).
const SEGMENT = /^(?!\.{1,2}$)[\w.~-]+$/;

/** An absolute http(s) URL with a host, as Astro joins it with the base for canonical URLs. */
const siteUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    // Printable ASCII only: it is copied as it is into sitemap, feed and canonical URLs, where a
    // space or a raw 中文 host is not a URL; credentials would be published on every page.
    return /^[\x21-\x7e]+$/.test(v) && (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' &&
      u.username === '' && u.password === '' && u.search === '' && u.hash === '';
  } catch {
    return false;
  }
}, 'site must be an absolute http:// or https:// URL in ASCII (a Chinese host in its xn-- form, a space as %20) with a host, no user:password, no ?query or #fragment, e.g. https://policy.example.org');

/** Site configuration, validated once at the edge (see src/lib/config.ts for sources). */
export const siteConfigSchema = z.object({
  title: z.string().trim().min(1, 'title is empty'),
  /** Base path the site is served under; always starts and ends with '/'. */
  base: z
    .string()
    .refine((b) => b === '/' || (b.startsWith('/') && b.endsWith('/') && b.slice(1, -1).split('/').every((s) => SEGMENT.test(s))),
      'base must look like / or /intranet/policy/ (ASCII path segments, not . or .., leading and trailing slash)'),
  defaultScript: scriptSchema,
  /** Traditional variant used when converting simplified → traditional (opencc: t, tw, hk). */
  variant: variantSchema,
  /** Folder of Markdown documents, relative to the project root. */
  corpusDir: z.string().min(1),
  /** Folder of conversion reports (<raw file>.json), relative to the project root. */
  reportDir: z.string().min(1),
  /** 效力 table of the corpus (content/status.tsv); absent file = no status data */
  statusFile: z.string().min(1).optional(),
  /** Absolute origin for canonical URLs, if known (citations use the reader's own URL). */
  site: siteUrl.optional(),
  /** Documents per page of a browse list (newest, oldest, one year, one issuer, …). */
  pageSize: z.number().int().min(1).max(10_000),
  /** Newest documents shown on the home page. */
  homeRecent: z.number().int().min(0).max(200),
  /** Groups shown per facet (type, year, issuer, collection) on the home page; the rest via its index. */
  homeGroups: z.number().int().min(1).max(200),
  /** Where astro build writes the site. */
  outDir: z.string().min(1),
  /** Astro's cache folder. */
  cacheDir: z.string().min(1),
  /** The pre-render store. */
  renderDir: z.string().min(1),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
