// Every page's route (site-relative, no base, always a directory) and the relative links between
// them. Links are relative so the built site works under any base path and from file://.
import type { Script } from './script-view.ts';
import { ROUTE } from './i18n.ts';

export const routes = {
  root: () => '',
  home: (script: Script) => `${ROUTE[script]}/`,
  /** A browse list (page 1 is the view's own URL, which older links point to) or a group index. */
  browse: (script: Script, view: string, page = 1) => `${ROUTE[script]}/browse/${view}/${pageSuffix(page)}`,
  /** One group of a grouped view (one year, one issuer, …), page by page. */
  group: (script: Script, view: string, slug: string, page = 1) => `${ROUTE[script]}/browse/${view}/${slug}/${pageSuffix(page)}`,
  read: (script: Script, slug: string) => `${ROUTE[script]}/${slug}/`,
  compare: (slug: string) => `compare/${slug}/`,
  /** A document's text as a file in one script: zh-hans/<slug>.md, zh-hant/<slug>.txt (a file, not a directory). */
  download: (script: Script, slug: string, ext: 'md' | 'txt') => `${ROUTE[script]}/${slug}.${ext}`,
  report: (rawFile: string) => `report/${reportSlug(rawFile)}/`,
};

const pageSuffix = (page: number): string => (page > 1 ? `${page}/` : '');

/** URL segment of a raw file's report page: the file name without extension, made URL-safe. */
export function reportSlug(rawFile: string): string {
  return rawFile.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
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
