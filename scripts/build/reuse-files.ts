// Brings the pages an incremental build left out (src/lib/incremental/reuse.ts) from the previous
// site into the new one: hard links (no bytes copied; both sites only ever replace files, never
// write into them), a copy where links are not possible.
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RouteRecord } from '../../src/lib/incremental/reuse.ts';

export function linkOrCopy(from: string, to: string, made?: Set<string>): void {
  const dir = dirname(to);
  if (!made?.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made?.add(dir);
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Every file under a folder, recursively (relative paths). */
export function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1));
}

export interface Reused { pages: number; files: number }

/** Links every reused file of every route record in `recordDir` from `prevSite` into `site`. */
export function reusePages(recordDir: string, prevSite: string, site: string): Reused {
  const out: Reused = { pages: 0, files: 0 };
  const made = new Set<string>(); // folders known to exist (one mkdir per folder, not per file)
  for (const name of readdirSync(recordDir).filter((n) => n.endsWith('.json') && n !== 'search.json')) {
    const record = JSON.parse(readFileSync(join(recordDir, name), 'utf8')) as RouteRecord;
    for (const f of record.reused) {
      linkOrCopy(join(prevSite, f), join(site, f), made);
      if (f.endsWith('.html')) out.pages++;
      else out.files++;
    }
  }
  return out;
}
