// Shared helpers of the site's browser tests: pick documents from the built site, log requests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = process.env.WENYUAN_OUT_DIR ?? 'dist';

export function builtHtml(route: string, root = DIST): string {
  return readFileSync(join(root, route, 'index.html'), 'utf8');
}

export function docSlugs(root = DIST): string[] {
  const dir = join(root, 'zh-hans');
  return readdirSync(dir)
    .filter((s) => s !== 'browse' && existsSync(join(dir, s, 'index.html')))
    .sort();
}

/** A document with nested numbered sections (#s1-1) and run-in headings if there is one. */
export function sampleDoc(root = DIST): string {
  const slugs = docSlugs(root);
  const nested = slugs.filter((s) => builtHtml(`zh-hans/${s}`, root).includes('id="s1-1"') && builtHtml(`zh-hans/${s}`, root).includes('id="s2"'));
  const slug = nested.find((s) => builtHtml(`zh-hans/${s}`, root).includes('run-in-group')) ?? nested[0];
  if (!slug) throw new Error(`No document in ${root}/zh-hans/ has sections #s1-1 and #s2; build the site first`);
  return slug;
}

/** Records every request a page makes; `outside()` lists those that left the site's origin. */
export function logRequests(page: Page, origin: string) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return {
    urls,
    outside: () => urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
  };
}
