// Every page's route (site-relative, no base, always a directory) and the relative links between
// them. Links are relative so the built site works under any base path and from file://.
import type { Script } from './script-view.ts';
import { ROUTE } from './i18n.ts';

export const routes = {
  root: () => '',
  home: (script: Script) => `${ROUTE[script]}/`,
  browse: (script: Script, view: string) => `${ROUTE[script]}/browse/${view}/`,
  read: (script: Script, slug: string) => `${ROUTE[script]}/${slug}/`,
  compare: (slug: string) => `compare/${slug}/`,
  report: (rawFile: string) => `report/${reportSlug(rawFile)}/`,
};

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
