// Every page's route (site-relative, no base, always a directory) and the relative links between
// them. Links are relative so the built site works under any base path and from file://.
import type { Script } from './script-view.ts';
import { ROUTE } from './i18n.ts';

export const routes = {
  root: () => '',
  home: (script: Script) => `${ROUTE[script]}/`,
  /** A browse list or a group index. A list's further pages carry their URL number (`slot`,
   * src/lib/paging.ts stablePages: counted from the end of the list that does not grow); null is
   * the list's first page, the view's own URL. */
  browse: (script: Script, view: string, slot: number | null = null) => `${ROUTE[script]}/browse/${view}/${slotSuffix(slot)}`,
  /** One group of a grouped view (one year, one issuer, …), page by page (slots as for browse). */
  group: (script: Script, view: string, slug: string, slot: number | null = null) => `${ROUTE[script]}/browse/${view}/${slug}/${slotSuffix(slot)}`,
  read: (script: Script, slug: string) => `${ROUTE[script]}/${slug}/`,
  compare: (slug: string) => `compare/${slug}/`,
  /** A document's text as a file in one script: zh-hans/<slug>.md, zh-hant/<slug>.txt (a file, not a directory). */
  download: (script: Script, slug: string, ext: 'md' | 'txt') => `${ROUTE[script]}/${slug}.${ext}`,
  report: (rawFile: string) => `report/${reportSlug(rawFile)}/`,
  /** One list of a report (removals of one kind, warnings, …), page by page. */
  reportList: (rawFile: string, list: string, page = 1) => `report/${reportSlug(rawFile)}/${list}/${pageSuffix(page)}`,
  /** The links report (every cross-reference and its outcome), page by page. */
  links: (page = 1) => `report/links/${pageSuffix(page)}`,
  /** The report as the converter wrote it. */
  reportJson: (rawFile: string) => `report/${reportSlug(rawFile)}/report.json`,
};

const pageSuffix = (page: number): string => (page > 1 ? `${page}/` : '');
const slotSuffix = (slot: number | null): string => (slot === null ? '' : `${slot}/`);

// Report pages other than one raw file's (report/links/), which no raw file's report may take.
const RESERVED_REPORT = new Set(['links', 'index']);

/**
 * URL segment of a raw file's report page, unique and stable per raw file name: a plain name
 * (`000_063fad30c2e823b0.txt`: lower-case ASCII letters, digits, `_`, `-`, then `.txt`) is its
 * stem, as always; any other name (non-ASCII, spaces, upper case, another extension) is its
 * ASCII part plus a hash of the whole name, so `报告一.txt` and `报告二.txt`, or `x.txt` and
 * `x.md`, never share a page.
 */
export function reportSlug(rawFile: string): string {
  const plain = /^([a-z0-9_-]+)\.txt$/.exec(rawFile);
  if (plain && !RESERVED_REPORT.has(plain[1]!)) return plain[1]!;
  const ascii = rawFile.replace(/\.txt$/i, '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return `${ascii || 'file'}-${fnv1a(rawFile)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name hash that runs in any JavaScript. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Report slugs of the raw files, refusing two that would share a page (the error names both). */
export function reportSlugs(rawFiles: Iterable<string>): Map<string, string> {
  const bySlug = new Map<string, string>();
  const out = new Map<string, string>();
  for (const f of rawFiles) {
    const slug = reportSlug(f);
    const other = bySlug.get(slug);
    if (other !== undefined && other !== f) throw new Error(`report pages: raw files "${other}" and "${f}" would share /report/${slug}/; rename one of them in content/raw/`);
    bySlug.set(slug, f);
    out.set(f, slug);
  }
  return out;
}

/** Link from the page at route `from` to route `to` (both site-relative directories). */
export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').filter(Boolean).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return `${up}${to}`;
}

export type Linker = (to: string) => string;

/** Relative links from a page; or absolute ones under `base` for pages served at any URL (404). */
export function linker(from: string | null, base: string): Linker {
  return from === null ? (to) => `${base}${to}` : (to) => relativeHref(from, to);
}
