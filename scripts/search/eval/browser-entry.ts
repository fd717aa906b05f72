// Bundled (esbuild, IIFE) and injected into a page of the built site by the eval and the bench:
// runs queries through the real engine, or through Pagefind alone for comparison.
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import type { IndexLang } from '../../../src/lib/search/manifest.ts';

export type EvalMode = 'engine' | 'pagefind-plain' | 'pagefind-quoted';
export interface BrowserRun { q: string; urls: string[]; ms: number }

async function run(base: string, lang: IndexLang, queries: string[], mode: EvalMode): Promise<BrowserRun[]> {
  const engine = await SearchEngine.open(base, lang);
  const out: BrowserRun[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    let urls: string[];
    if (mode === 'engine') {
      const query = await engine.search(q);
      urls = (await query.all()).map((h) => h.pageUrl);
    } else {
      const spelled = engine.spell(q);
      const term = mode === 'pagefind-quoted' ? `"${spelled}"` : spelled;
      const r = await engine.rawSearch(term);
      urls = await Promise.all(r.map(async (c) => engine.base + (await c.data()).url.replace(/^\//, '').replace(/#.*$/, '')));
    }
    out.push({ q, urls: [...new Set(urls)], ms: performance.now() - t0 });
  }
  return out;
}

(globalThis as unknown as { __wenyuanEval: typeof run }).__wenyuanEval = run;
