// Search cost of the stock Starlight site in Chromium: bytes of a reading page (and its JavaScript),
// bytes fetched by the first search and by a typical query through Starlight's own search dialog,
// and query latency through the Pagefind API the dialog uses (no UI debounce in the number).

import { chromium } from '@playwright/test';
import { median, percentile } from '../lib/sizes.ts';
import { startServer } from '../../scripts/serve/static-server.ts';
import { countBytes } from './network.ts';
import { firstQuery, latencyQueries, typicalQuery } from './queries.ts';

export interface SearchMeasure {
  pageBytes: number;
  pageScriptBytes: number;
  firstSearchBytes: number;
  typicalQueryBytes: number;
  latencyMedianMs: number;
  latencyP95Ms: number;
  queries: number;
}

export async function measureStarlightSearch(dist: string, pagePath: string): Promise<SearchMeasure> {
  const server = await startServer({ root: dist, port: 0, cacheControl: 'max-age=3600' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const net = await countBytes(page);
    await page.goto(server.url + pagePath, { waitUntil: 'load' });
    // Starlight fetches its search UI code when the browser is idle after load: count it, it is
    // JavaScript every reader downloads before opening search.
    await page.waitForTimeout(2000);
    await net.idle(2000);
    const { total: pageBytes, script: pageScriptBytes } = net.bytes();

    // A query is done when Pagefind's result message names it and its fragments have arrived.
    const search = async (q: string): Promise<number> => {
      net.reset();
      await input.fill(q);
      await page.waitForFunction((text) => document.querySelector('.pagefind-ui__message')?.textContent?.includes(text), q, { timeout: 120_000 });
      await net.idle(1000);
      return net.bytes().total;
    };
    net.reset();
    await page.click('site-search button[data-open-modal]');
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    const opened = net.bytes().total;
    const firstSearchBytes = opened + (await search(firstQuery));
    const typicalQueryBytes = await search(typicalQuery);

    const times = await page.evaluate(async (queries) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pf.init();
      const out: number[] = [];
      for (const q of [...queries, ...queries]) {
        const t0 = performance.now();
        const r = await pf.search(q);
        await Promise.all(r.results.slice(0, 5).map((x: { data(): Promise<unknown> }) => x.data()));
        out.push(performance.now() - t0);
      }
      return out;
    }, [...latencyQueries]);
    // The first pass loads index chunks; latency "once the search has loaded" is the second pass.
    const warm = times.slice(latencyQueries.length);
    return {
      pageBytes,
      pageScriptBytes,
      firstSearchBytes,
      typicalQueryBytes,
      latencyMedianMs: median(warm),
      latencyP95Ms: percentile(warm, 95),
      queries: warm.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
