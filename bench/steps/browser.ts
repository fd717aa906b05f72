// Search cost in Chromium. Wenyuan's search UI is H5's (bench/search.ts exports measureSearch);
// Starlight's is measured here through its own dialog.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureStarlightSearch, type SearchMeasure } from '../browser/starlight-search.ts';
import { benchDir } from './layout.ts';

export type BrowserOutcome = { status: 'ok'; measure: SearchMeasure } | { status: 'skipped' | 'failed'; reason: string };

const chromium = '/usr/bin/chromium';

async function guarded(run: () => Promise<SearchMeasure>): Promise<BrowserOutcome> {
  if (!existsSync(chromium)) return { status: 'skipped', reason: `browser: ${chromium} not installed yet` };
  try {
    return { status: 'ok', measure: await run() };
  } catch (e) {
    return { status: 'failed', reason: `browser: ${(e as Error).message.split('\n')[0]}` };
  }
}

export async function wenyuanSearch(dist: string, pagePath: string): Promise<BrowserOutcome> {
  const file = join(benchDir, 'search.ts');
  if (!existsSync(file)) return { status: 'skipped', reason: 'search in Chromium: not available yet (bench/search.ts missing)' };
  const mod = (await import(file)) as { measureSearch?: (dist: string, pagePath: string) => Promise<SearchMeasure> };
  if (typeof mod.measureSearch !== 'function') {
    return { status: 'skipped', reason: 'search in Chromium: bench/search.ts does not export measureSearch(dist, pagePath) yet' };
  }
  return guarded(() => mod.measureSearch!(dist, pagePath));
}

export const starlightSearch = (dist: string, pagePath: string): Promise<BrowserOutcome> =>
  guarded(() => measureStarlightSearch(dist, pagePath));
