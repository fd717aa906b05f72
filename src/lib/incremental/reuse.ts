// Incremental site builds (scripts/build-site.ts): a route's getStaticPaths hands its pages to
// `keepChanged`, which leaves out every page whose key (a hash of everything the page shows, see
// page-keys.ts) equals the key recorded for the same output file by the previous build, when that
// file is still in the previous site. Astro then renders only the changed pages; the build copies
// the left-out files from the previous site. Keys are content hashes, never file times.
// Without WENYUAN_BUILD_RECORD (astro dev, astro build run alone) every page is rendered.
//   WENYUAN_BUILD_RECORD   folder where this build writes <route>.json: { keys, reused }
//   WENYUAN_PREV_RECORD    the previous build's folder of the same files (absent: a cold build)
//   WENYUAN_PREV_SITE      the previous site (where reused files are)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RouteRecord {
  /** output file (relative to the site root) → key */
  keys: Record<string, string>;
  /** output files left out of this build, to be copied from the previous site */
  reused: string[];
}

/** Output file of a page route (build.format 'directory'): `a/b/` → `a/b/index.html`. */
export const pageFile = (route: string): string => `${route.replace(/^\/+|\/+$/g, '')}/index.html`.replace(/^\//, '');

function previous(route: string, env: NodeJS.ProcessEnv): Record<string, string> {
  if (!env.WENYUAN_PREV_RECORD) return {};
  try {
    return (JSON.parse(readFileSync(join(env.WENYUAN_PREV_RECORD, `${route}.json`), 'utf8')) as RouteRecord).keys ?? {};
  } catch {
    return {}; // no or unreadable record: render everything
  }
}

/**
 * The pages of `route` that must be rendered. `file` gives a page's output file, `key` its key
 * (called for every page, so the record covers the whole site).
 */
export function keepChanged<T>(route: string, pages: T[], file: (page: T) => string, key: (page: T) => string, env: NodeJS.ProcessEnv = process.env): T[] {
  const out = env.WENYUAN_BUILD_RECORD;
  if (!out) return pages;
  const before = previous(route, env);
  const site = env.WENYUAN_PREV_SITE;
  const record: RouteRecord = { keys: {}, reused: [] };
  const todo = pages.filter((page) => {
    const f = file(page);
    const k = key(page);
    record.keys[f] = k;
    const same = before[f] === k && site !== undefined && existsSync(join(site, f));
    if (same) record.reused.push(f);
    return !same;
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${route}.json`), JSON.stringify(record));
  return todo;
}
