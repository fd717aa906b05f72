// npm run eval:search — recall and precision of search over the query set, in Chromium,
// against the built site (default dist/, served here on loopback).
// Flags: --dist DIR  --base /prefix/  --mode engine|pagefind-plain|pagefind-quoted|all  --check
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../serve/static-server.ts';
import { loadCorpus, relevant } from './eval/ground-truth.ts';
import { loadQueries } from './eval/queries.ts';
import { formatTable, misses, table, type QueryOutcome } from './eval/metrics.ts';
import { runInPage } from './eval/run.ts';
import { readingPages, type Lang } from './pages.ts';
import type { EvalMode } from './eval/browser-entry.ts';

export const targets = { recall: 0.95, precision: 0.9 };
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const flag = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};

export async function evaluate(dist: string, base: string, mode: EvalMode): Promise<QueryOutcome[]> {
  const queries = loadQueries();
  const server = await startServer({ root: dist, base, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const outcomes: QueryOutcome[] = [];
  try {
    for (const lang of ['zh-Hans', 'zh-Hant'] as Lang[]) {
      const corpus = loadCorpus(dist, lang);
      const first = readingPages(dist, lang)[0];
      if (!first) throw new Error(`eval:search: no ${lang} pages in ${dist}`);
      const page = await browser.newPage();
      await page.goto(server.url + first.url.slice(1));
      const runs = await runInPage(page, base, lang, queries.map((q) => q.q), mode);
      runs.forEach((r, i) => {
        const query = queries[i]!;
        const rel = new Set([...relevant(corpus, query)].map((u) => base + u.slice(1)));
        outcomes.push({ query, lang, relevant: rel, returned: r.urls, ms: r.ms });
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return outcomes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = flag('dist', 'dist');
  const base = flag('base', '/');
  const modeFlag = flag('mode', 'engine');
  if (!existsSync(join(dist, 'pagefind', 'manifest.json'))) {
    console.error(`eval:search: ${dist}/pagefind/manifest.json not found. Build the site and index first (npm run build).`);
    process.exit(1);
  }
  const modes: EvalMode[] = modeFlag === 'all' ? ['pagefind-plain', 'pagefind-quoted', 'engine'] : [modeFlag as EvalMode];
  let failed = false;
  for (const mode of modes) {
    const outcomes = await evaluate(dist, base, mode);
    const rows = table(outcomes);
    const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    console.log(`\n## ${mode}: ${outcomes.length / 2} queries × 2 indexes (${dist})\n`);
    console.log(formatTable(rows));
    console.log(`\nquery time in Chromium: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms`);
    const m = misses(outcomes);
    if (m.length) console.log(`\nqueries with errors (${m.length}):\n  ${m.slice(0, 40).join('\n  ')}`);
    if (mode === 'engine') failed = rows.some((r) => r.recall < targets.recall || r.precision < targets.precision);
  }
  if (process.argv.includes('--check') && failed) {
    console.error(`eval:search: below target (recall ≥ ${targets.recall}, precision ≥ ${targets.precision}).`);
    process.exit(1);
  }
}
