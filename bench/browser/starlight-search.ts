// Search cost of the stock Starlight site in Chromium: bytes of a reading page (and its JavaScript),
// bytes fetched by the first search and by a typical query through Starlight's own search dialog,
// and query latency through the Pagefind API the dialog uses (no UI debounce in the number).

import { chromium } from 'playwright-core';
import { median, percentile } from '../lib/sizes.ts';
import { serve } from '../lib/static-server.ts';
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
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const net = await countBytes(page);
    await page.goto(server.url + pagePath, { waitUntil: 'load' });
    // Starlight fetches its search UI code when the browser is idle after load: count it, it is
    // JavaScript every reader downloads before opening search.
    await page.waitForTimeout(1500);
    await net.idle(1000);
    const { total: pageBytes, script: pageScriptBytes } = net.bytes();

    net.reset();
    await page.click('site-search button[data-open-modal]');
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill(firstQuery);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
    await net.idle(800);
    const firstSearchBytes = net.bytes().total;

    net.reset();
    await input.fill(typicalQuery);
    await page.waitForTimeout(400);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
    await net.idle(800);
    const typicalQueryBytes = net.bytes().total;

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
