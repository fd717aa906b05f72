// A link checker over a built site folder (no server): every internal href/src must name a file
// that exists, and every #fragment an id on the target page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Broken {
  page: string;
  href: string;
  problem: string;
}

export interface CrawlResult {
  pages: number;
  links: number;
  external: string[];
  broken: Broken[];
  /** Pages showing a template slip such as [object Object] or NaN in their text. */
  slips: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x26;/g, '&').replace(/&quot;/g, '"');

/** Checks links of every page under root. `base` is the path the site is served under. */
export function crawl(root: string, base = '/'): CrawlResult {
  const files = htmlFiles(root);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1]!)));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const result: CrawlResult = { pages: files.length, links: 0, external: [], broken: [], slips: [] };
  for (const file of files) {
    const rel = relative(root, file).split('\\').join('/');
    if (rel === '404.html') continue; // served at any URL; its links are absolute and checked below
    const pageUrl = new URL(`http://site${base}${rel}`);
    const html = readFileSync(file, 'utf8');
    if (/\[object Object\]|>\s*(undefined|NaN|null)\s*</.test(html)) result.slips.push(rel);
    for (const m of html.matchAll(ATTR)) {
      const href = decode(m[1]!);
      if (/^(data|mailto|tel|javascript):/i.test(href)) continue;
      result.links += 1;
      const url = new URL(href, pageUrl);
      if (url.host !== 'site') {
        result.external.push(href);
        continue;
      }
      const bad = (problem: string) => result.broken.push({ page: rel, href, problem });
      if (!url.pathname.startsWith(base)) {
        bad(`outside the base path ${base}`);
        continue;
      }
      let target = join(root, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        bad('no such file');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) bad(`no id "${fragment}"`);
    }
  }
  // The 404 page's links are absolute under the base.
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) {
    for (const m of readFileSync(notFound, 'utf8').matchAll(ATTR)) {
      const href = decode(m[1]!);
      if (!href.startsWith('/')) continue;
      result.links += 1;
      if (!href.startsWith(base)) result.broken.push({ page: '404.html', href, problem: `outside the base path ${base}` });
      else {
        let target = join(root, href.slice(base.length).split('#')[0]!);
        if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
        if (!existsSync(target)) result.broken.push({ page: '404.html', href, problem: 'no such file' });
      }
    }
  }
  return result;
}
