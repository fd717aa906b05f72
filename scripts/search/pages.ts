// Finds the reading pages of the built site: <dist>/<zh-hans|zh-hant>/<slug>/index.html.
// Compare, report and other pages live elsewhere and are not indexed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'zh-Hans' | 'zh-Hant';
export const langDir = (lang: Lang) => lang.toLowerCase();

export interface SitePage { lang: Lang; slug: string; file: string; url: string }

/** Reading pages for one language, sorted by slug so that shards are deterministic. */
export function readingPages(dist: string, lang: Lang): SitePage[] {
  const root = join(dist, langDir(lang));
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()
    .map((slug) => ({ lang, slug, file: join(root, slug, 'index.html'), url: `/${langDir(lang)}/${slug}/` }));
}

/** Splits a list into consecutive shards of at most `size`. */
export function shard<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
