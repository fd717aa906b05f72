// Script-conversion speed over the corpus, both directions, ours vs opencc-js alone.
// Run alone: npx tsx bench/script-convert.ts (prints a Markdown table); bench/run.ts calls it too.
// The converter is built once per process; build time is reported separately from throughput.
import * as OpenCC from 'opencc-js';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../scripts/script-review/corpus.ts';
import { getEngine } from '../src/lib/script/index.ts';

export interface ScriptBenchRow {
  direction: string;
  converter: 'ours' | 'opencc-js';
  buildMs: number;
  chars: number;
  bestMs: number;
  charsPerSecond: number;
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

/** Converts the whole corpus in both directions `runs` times after a warm-up; reports the best run. */
export function benchScriptConvert({ runs = 5, variant = 'tw' as 't' | 'tw' | 'hk' } = {}): ScriptBenchRow[] {
  const { docs } = loadCorpus();
  // Every document in both scripts: simplified texts go s→t, traditional texts t→s, and each
  // direction also gets the other side's text converted, so both directions see the whole corpus.
  // The engines, not getConverter(): its cache of recent results would time lookups, not conversion.
  const [toT, tBuild] = time(() => getEngine('s2t', variant));
  const [toS, sBuild] = time(() => getEngine('t2s', variant));
  const hans = docs.map((d) => (d.script === 'hans' ? d.text : toS.convert(d.text)));
  const hant = docs.map((d) => (d.script === 'hant' ? d.text : toT.convert(d.text)));
  const [stockT, stBuild] = time(() => OpenCC.Converter({ from: 'cn', to: variant }));
  const [stockS, ssBuild] = time(() => OpenCC.Converter({ from: variant, to: 'cn' }));
  const cases = [
    { direction: 's→t', converter: 'ours' as const, buildMs: tBuild, texts: hans, fn: (s: string) => toT.convert(s) },
    { direction: 't→s', converter: 'ours' as const, buildMs: sBuild, texts: hant, fn: (s: string) => toS.convert(s) },
    { direction: 's→t', converter: 'opencc-js' as const, buildMs: stBuild, texts: hans, fn: stockT },
    { direction: 't→s', converter: 'opencc-js' as const, buildMs: ssBuild, texts: hant, fn: stockS },
  ];
  return cases.map((c) => {
    const chars = c.texts.reduce((n, t) => n + t.length, 0);
    c.texts.forEach((t) => c.fn(t)); // warm-up (JIT), not timed
    let best = Infinity;
    for (let r = 0; r < runs; r++) best = Math.min(best, time(() => c.texts.forEach((t) => c.fn(t)))[1]);
    return { direction: c.direction, converter: c.converter, buildMs: c.buildMs, chars, bestMs: best, charsPerSecond: (chars / best) * 1000 };
  });
}

export function renderScriptBench(rows: ScriptBenchRow[]): string {
  const lines = ['| direction | converter | build (ms) | corpus chars | best run (ms) | chars/s |', '|---|---|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.direction} | ${r.converter} | ${r.buildMs.toFixed(0)} | ${r.chars} | ${r.bestMs.toFixed(0)} | ${Math.round(r.charsPerSecond).toLocaleString('en')} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(renderScriptBench(benchScriptConvert()));
}
