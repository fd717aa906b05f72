// Search cost of Wenyuan in Chromium, through the real search dialog (called by bench/run.ts via
// bench/steps/browser.ts, or alone: npx tsx bench/search.ts --dist dist [--page zh-hans/<slug>/]).
// Measures: reading-page bytes and JavaScript; bytes fetched by the first search (opening the
// dialog + first query, everything it loads) and by a typical query, split by kind of file;
// query-to-results latency (search + verification of the first page of results), second pass.
import { chromium } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { median, percentile } from './lib/sizes.ts';
import { startServer } from '../scripts/serve/static-server.ts';
import { countBytes } from './browser/network.ts';
import { firstQuery, latencyQueries, typicalQuery } from './browser/queries.ts';
import type { SearchMeasure } from './browser/starlight-search.ts';

/** Where the bytes of a search go, by kind of file under pagefind/. */
export type ByteKinds = Record<'ui' | 'runtime' | 'wasm' | 'manifest' | 'meta' | 'index' | 'filter' | 'fragment' | 'other', number>;

export function kindOf(url: string): keyof ByteKinds {
  if (url.endsWith('search-ui.js')) return 'ui';
  if (/pagefind(-worker)?\.js$/.test(url)) return 'runtime';
  if (/wasm\.[^/]+\.pagefind$/.test(url)) return 'wasm';
  if (/(manifest|script-map)\.json(\.gz)?$/.test(url)) return 'manifest';
  if (/pagefind-entry\.json$|\.pf_meta$/.test(url)) return 'meta';
  if (url.endsWith('.pf_index')) return 'index';
  if (url.endsWith('.pf_filter')) return 'filter';
  if (url.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

const emptyKinds = (): ByteKinds => ({ ui: 0, runtime: 0, wasm: 0, manifest: 0, meta: 0, index: 0, filter: 0, fragment: 0, other: 0 });

/** Bytes on disk of the search index, by kind (the whole pagefind/ folder). */
export function indexSize(dist: string): { total: number; kinds: ByteKinds; files: number } {
  const kinds = emptyKinds();
  let total = 0, files = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else { const n = statSync(p).size; total += n; files++; kinds[kindOf(relative(dist, p))] += n; }
    }
  };
  walk(join(dist, 'pagefind'));
  return { total, kinds, files };
}

/**
 * Bytes received per kind of file until reset. Playwright's request events also see the
 * requests of Pagefind's web worker (index chunks, fragments, wasm), which a CDP session on the
 * page does not.
 */
async function countKinds(page: Page): Promise<{ kinds(): ByteKinds; total(): number; reset(): void }> {
  let kinds = emptyKinds();
  page.on('requestfinished', async (r) => {
    const s = await r.sizes().catch(() => undefined);
    if (s) kinds[kindOf(r.url())] += s.responseBodySize + s.responseHeadersSize;
  });
  return { kinds: () => ({ ...kinds }), total: () => Object.values(kinds).reduce((a, b) => a + b, 0), reset: () => { kinds = emptyKinds(); } };
}

async function query(page: Page, q: string): Promise<number> {
  await page.locator('#wy-search-input').fill(q);
  const done = page.locator(`#wy-search-results[aria-busy="false"][data-query="${q}"]`);
  await done.waitFor({ state: 'attached', timeout: 120_000 });
  return Number(await done.getAttribute('data-ms'));
}

export interface WenyuanSearchMeasure extends SearchMeasure {
  firstSearchKinds: ByteKinds;
  typicalQueryKinds: ByteKinds;
  index: ReturnType<typeof indexSize>;
}

/** pagePath: a reading page relative to the site root, e.g. zh-hans/<slug>/. */
export async function measureSearch(dist: string, pagePath: string): Promise<WenyuanSearchMeasure> {
  const server = await startServer({ root: dist, port: 0, cacheControl: 'max-age=3600' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const net = await countBytes(page);
    const kinds = await countKinds(page);
    await page.goto(server.url + pagePath, { waitUntil: 'load' });
    await net.idle(1000);
    const { total: pageBytes, script: pageScriptBytes } = net.bytes();

    net.reset();
    kinds.reset();
    await page.keyboard.press('/');
    await query(page, firstQuery);
    await net.idle(800);
    const firstSearchBytes = kinds.total();
    const firstSearchKinds = kinds.kinds();

    net.reset();
    kinds.reset();
    await query(page, typicalQuery);
    await net.idle(800);
    const typicalQueryBytes = kinds.total();
    const typicalQueryKinds = kinds.kinds();

    const times: number[] = [];
    for (const q of [...latencyQueries, ...latencyQueries]) {
      await page.locator('#wy-search-input').fill('');
      times.push(await query(page, q));
    }
    const warm = times.slice(latencyQueries.length); // once the index chunks are loaded
    return {
      pageBytes, pageScriptBytes, firstSearchBytes, typicalQueryBytes,
      latencyMedianMs: median(warm), latencyP95Ms: percentile(warm, 95), queries: warm.length,
      firstSearchKinds, typicalQueryKinds, index: indexSize(dist),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (n: string) => { const i = process.argv.indexOf(`--${n}`); return i >= 0 ? process.argv[i + 1] : undefined; };
  const dist = arg('dist') ?? 'dist';
  const first = readdirSync(join(dist, 'zh-hans')).filter((s) => s !== 'browse' && !s.includes('.')).sort()[0];
  const m = await measureSearch(dist, arg('page') ?? `zh-hans/${first}/`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const kindsLine = (k: ByteKinds) => Object.entries(k).filter(([, v]) => v).map(([n, v]) => `${n} ${kb(v)}`).join(', ');
  console.log(`index on disk: ${kb(m.index.total)} in ${m.index.files} files (${kindsLine(m.index.kinds)})`);
  console.log(`reading page: ${kb(m.pageBytes)} (JavaScript ${kb(m.pageScriptBytes)} as separate files)`);
  console.log(`first search (“${firstQuery}”, dialog + first results): ${kb(m.firstSearchBytes)} — ${kindsLine(m.firstSearchKinds)}`);
  console.log(`typical query (“${typicalQuery}”): ${kb(m.typicalQueryBytes)} — ${kindsLine(m.typicalQueryKinds)}`);
  console.log(`latency (query → first ${10} verified results, warm): median ${m.latencyMedianMs.toFixed(1)} ms, p95 ${m.latencyP95Ms.toFixed(1)} ms over ${m.queries} queries`);
}
