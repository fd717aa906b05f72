// Renders a bench run as Markdown: machine, per-size table, search table, Starlight comparison,
// growth with a linearity note, incremental conversion, and the other benches' output.

import type { SearchMeasure } from './browser/starlight-search.ts';
import { gb, kb, mb, ratio, seconds, table, type Cell } from './lib/format.ts';
import type { Machine } from './lib/machine.ts';
import type { SiteSizes } from './lib/sizes.ts';
import type { BrowserOutcome } from './steps/browser.ts';
import type { IncrementalResult } from './steps/incremental.ts';
import type { SiteIncrementalResult, SiteStep } from './steps/site-incremental.ts';
import type { Outcome } from './steps/outcome.ts';
import type { CorpusStats } from './synth/write.ts';

export interface SizeRun {
  n: number;
  corpus: CorpusStats;
  steps: { convert?: Outcome; site?: Outcome; search?: Outcome };
  sizes?: SiteSizes;
  browser?: BrowserOutcome;
  incremental?: IncrementalResult;
  /** add / change / remove one document, incremental convert + site build */
  siteIncremental?: SiteIncrementalResult;
  /** --reuse-build: the cold steps were skipped; this incremental convert + site build brought an
   * earlier run's build up to date with the current code first */
  catchUp?: SiteStep;
  starlight?: { build: Outcome; sizes?: SiteSizes; browser?: BrowserOutcome };
}

export interface BenchRun {
  date: string;
  quick: boolean;
  seed: number;
  machine: Machine;
  sizes: SizeRun[];
  extras: Record<string, string | null>;
  wallMs?: number;
  /** Earlier run whose sizes were merged into this report. */
  merged?: string;
}

const cpu = (o?: Outcome): Cell => (o?.status === 'ok' && o.result.cpuMs !== null ? seconds(o.result.cpuMs) : null);
const time = (o?: Outcome): Cell =>
  o?.status === 'ok' ? seconds(o.result.wallMs) : o?.status === 'failed' ? (o.result ? `failed after ${seconds(o.result.wallMs)}` : 'failed') : 'n/a';
const peak = (o?: Outcome): Cell => (o?.status === 'ok' || (o?.status === 'failed' && o.result) ? gb(o.result!.peakRssBytes) : null);
const ms = (o?: Outcome): number | null => (o?.status === 'ok' ? o.result.wallMs : null);
const search = (b?: BrowserOutcome): SearchMeasure | null => (b?.status === 'ok' ? b.measure : null);

/** The measured steps: since the site step builds the index too (at the same time as astro), a
 * separate search step only exists in older runs' results. */
const stepsOf = (r: SizeRun): (Outcome | undefined)[] => [r.steps.convert, r.steps.site, ...(r.steps.search ? [r.steps.search] : [])];

function total(r: SizeRun): number | null {
  const parts = stepsOf(r).map(ms);
  return parts.every((p) => p !== null) ? parts.reduce((a, b) => a! + b!, 0)! : null;
}

function maxPeak(r: SizeRun): number | null {
  const p = stepsOf(r).map((o) => (o?.status === 'ok' ? o.result.peakRssBytes : 0));
  return Math.max(...p) || null;
}

/** Site + index (wall or CPU): one step now, two in older results. */
function siteIndex(r: SizeRun, key: 'wallMs' | 'cpuMs'): number | null {
  const a = r.steps.site?.status === 'ok' ? r.steps.site.result[key] : null;
  if (!r.steps.search) return a;
  const b = r.steps.search.status === 'ok' ? r.steps.search.result[key] : null;
  return a != null && b != null ? a + b : null;
}

const orNull = (ms: number | null): Cell => (ms === null ? null : seconds(ms));

/** Wall time of each part of the site step, from its summary line (pre-render, astro ∥ index). */
function parts(o?: Outcome): Cell {
  const d = o?.status === 'ok' ? o.detail : undefined;
  if (!d || d.astroMs === undefined) return null;
  return `${seconds(Number(d.preRenderMs))} + (${seconds(Number(d.astroMs))} ∥ ${seconds(Number(d.indexMs))})`;
}

function wenyuanTable(runs: SizeRun[]): string {
  return table(
    ['N docs', 'raw files', 'raw MB', 'convert', 'CPU', 'MB/s', 'peak', 'site + index', 'CPU', 'peak', 'pre-render + (astro ∥ index)', 'total', 'HTML pages', 'dist', 'page HTML gz', 'inline JS', 'index', 'file:// index (gz)'],
    runs.map((r) => {
      const c = ms(r.steps.convert);
      return [
        r.corpus.documents, r.corpus.files, mb(r.corpus.bytes),
        time(r.steps.convert), cpu(r.steps.convert), c ? (r.corpus.bytes / 1e6 / (c / 1000)).toFixed(1) : null, peak(r.steps.convert),
        r.steps.search ? orNull(siteIndex(r, 'wallMs')) : time(r.steps.site),
        r.steps.search ? orNull(siteIndex(r, 'cpuMs')) : cpu(r.steps.site),
        r.steps.search ? gb(Math.max(peak2(r.steps.site), peak2(r.steps.search))) : peak(r.steps.site),
        r.steps.search ? `site ${time(r.steps.site)}, then index ${time(r.steps.search)}` : parts(r.steps.site),
        total(r) === null ? null : seconds(total(r)!),
        r.sizes?.htmlPages, r.sizes ? mb(r.sizes.totalBytes) : null, r.sizes ? kb(r.sizes.pageHtmlGzMedian) : null,
        r.sizes ? kb(r.sizes.pageInlineScriptMedian) : null, r.sizes ? mb(r.sizes.indexBytes) : null,
        r.sizes?.liteIndexBytes ? `${kb(r.sizes.liteIndexBytes)} (${kb(r.sizes.liteIndexGzBytes ?? 0)})` : null,
      ];
    }),
  );
}

function searchTable(runs: SizeRun[]): string {
  const rows: Cell[][] = [];
  for (const r of runs) {
    for (const [who, b] of [['Wenyuan', r.browser], ['Starlight', r.starlight?.browser]] as const) {
      if (!b) continue;
      const m = search(b);
      rows.push(m
        ? [r.n, who, kb(m.pageBytes), kb(m.pageScriptBytes), kb(m.firstSearchBytes), kb(m.typicalQueryBytes), `${m.latencyMedianMs.toFixed(0)} ms`, `${m.latencyP95Ms.toFixed(0)} ms`]
        : [r.n, who, b.status === 'ok' ? null : b.reason]);
    }
  }
  const kinds = runs
    .map((r) => ({ n: r.n, m: search(r.browser) as (SearchMeasure & { firstSearchKinds?: Record<string, number>; typicalQueryKinds?: Record<string, number> }) | null }))
    .filter((x) => x.m?.firstSearchKinds)
    .map(({ n, m }) => {
      const list = (k?: Record<string, number>) => Object.entries(k ?? {}).filter(([, v]) => v > 0).map(([name, v]) => `${name} ${kb(v)}`).join(', ');
      return `- N=${n}: first search — ${list(m!.firstSearchKinds)}; typical query — ${list(m!.typicalQueryKinds)}`;
    });
  const where = kinds.length ? `\n\nWhere Wenyuan's search bytes go (by file kind, from bench/search.ts):\n\n${kinds.join('\n')}` : '';
  return rows.length ? table(['N', 'site', 'page (all bytes)', 'page JS', 'first search', 'typical query', 'query median', 'query p95'], rows) + where : '_No browser measurements in this run._';
}

function starlightTable(runs: SizeRun[]): string {
  const rows = runs.filter((r) => r.starlight).map((r) => {
    const s = r.starlight!;
    const sb = ms(s.build);
    const wb = siteIndex(r, 'wallMs');
    const ws = search(r.browser);
    const ss = search(s.browser);
    const wc = siteIndex(r, 'cpuMs');
    const sc = s.build.status === 'ok' ? s.build.result.cpuMs : null;
    return [
      r.n,
      wb === null ? null : seconds(wb), sb === null ? time(s.build) : seconds(sb), wb !== null && sb ? ratio(wb, sb) : null,
      wc === null ? null : seconds(wc), sc === null ? null : seconds(sc), wc !== null && sc ? ratio(wc, sc) : null,
      maxPeak(r) ? gb(Math.max(peak2(r.steps.site), peak2(r.steps.search))) : null, s.build.status === 'ok' ? gb(s.build.result.peakRssBytes) : null,
      r.sizes ? kb(r.sizes.pageHtmlGzMedian) : null, s.sizes ? kb(s.sizes.pageHtmlGzMedian) : null,
      r.sizes && s.sizes ? ratio(r.sizes.pageHtmlGzMedian, s.sizes.pageHtmlGzMedian) : null,
      ws ? kb(ws.firstSearchBytes) : null, ss ? kb(ss.firstSearchBytes) : null, ws && ss ? ratio(ws.firstSearchBytes, ss.firstSearchBytes) : null,
    ];
  });
  return rows.length
    ? table(['N', 'Wenyuan site+index', 'Starlight build', 'ratio', 'Wenyuan CPU', 'Starlight CPU', 'ratio', 'Wenyuan peak', 'Starlight peak', 'Wenyuan page gz', 'Starlight page gz', 'ratio', 'Wenyuan first search', 'Starlight first search', 'ratio'], rows)
    : '_Starlight not run._';
}

const peak2 = (o?: Outcome): number => (o?.status === 'ok' ? o.result.peakRssBytes : 0);

function cpuTotal(r: SizeRun): number | null {
  const p = stepsOf(r).map((o) => (o?.status === 'ok' ? o.result.cpuMs : null));
  return p.every((x) => x !== null) ? p.reduce((a, c) => a! + c!, 0)! : null;
}

/**
 * Growth is judged on CPU time: wall time on a shared machine depends on what else runs, CPU time
 * much less. The marginal cost per document between consecutive sizes shows (non-)linearity.
 */
/** With three sizes or more: is the extra CPU per extra document the same from size to size? */
function marginalNote(ok: SizeRun[]): string {
  if (ok.length < 3) return '';
  const m = ok.slice(1).map((r, i) => (cpuTotal(r)! - cpuTotal(ok[i]!)!) / (r.n - ok[i]!.n));
  const [x, y] = m.slice(-2) as [number, number];
  const g = y / x;
  return ` The marginal CPU per added document went from ${(x / 1000).toFixed(3)} s to ${(y / 1000).toFixed(3)} s (×${g.toFixed(2)}): ` +
    (g <= 1.25 ? 'cost grows linearly with N on top of a fixed start-up cost.' : 'cost grows faster than N at the larger size.');
}

function growth(runs: SizeRun[]): string {
  const ok = runs.filter((r) => cpuTotal(r) !== null).sort((a, b) => a.n - b.n);
  const partial = runs.filter((r) => cpuTotal(r) === null && r.steps.convert?.status === 'ok');
  if (ok.length < 2) return '_Growth needs at least two sizes with every step measured._';
  const rows = ok.map((r, i) => {
    const prev = ok[i - 1];
    const marginal = prev ? (cpuTotal(r)! - cpuTotal(prev)!) / (r.n - prev.n) : null;
    return [
      r.n, seconds(total(r)!), seconds(cpuTotal(r)!), seconds((cpuTotal(r)! / r.n) * 1000),
      marginal === null ? '—' : `${(marginal / 1000).toFixed(3)} s/doc`, gb(maxPeak(r) ?? 0),
    ];
  });
  const [a, b] = ok.slice(-2) as [SizeRun, SizeRun];
  const perDoc = (r: SizeRun) => cpuTotal(r)! / r.n;
  const f = perDoc(b) / perDoc(a);
  const steps = (['convert', 'site', 'search'] as const).map((k) => {
    const x = a.steps[k], y = b.steps[k];
    if (x?.status !== 'ok' || y?.status !== 'ok' || !x.result.cpuMs || !y.result.cpuMs) return null;
    return `${k} ×${((y.result.cpuMs / b.n) / (x.result.cpuMs / a.n)).toFixed(2)}`;
  }).filter(Boolean);
  const note =
    `From N=${a.n} to N=${b.n} the CPU cost per document changed ×${f.toFixed(2)} ` +
    `(${f < 0.8 ? 'sub-linear: fixed start-up costs still dominate the smaller size' : f <= 1.25 ? 'linear' : 'super-linear'}; per step: ${steps.join(', ')}), ` +
    `and peak memory ×${((maxPeak(b) ?? 0) / (maxPeak(a) || 1)).toFixed(1)}.` +
    marginalNote(ok) +
    (partial.length ? ` Sizes with some steps not finished: ${partial.map((r) => `N=${r.n}`).join(', ')} (see the build table).` : '');
  return `${table(['N', 'total wall', 'total CPU', 'CPU per 1,000 docs', 'marginal CPU', 'peak RSS (max step)'], rows)}\n\n${note}`;
}

function incrementalText(runs: SizeRun[]): string {
  const measured = runs.filter((x) => x.incremental);
  if (measured.length === 0) return '_Not measured (needs a working convert step)._';
  return measured
    .map((r) => {
      const i = r.incremental!;
      return (
        `- N=${r.n}: full convert (cold) ${time(r.steps.convert)}; again with nothing changed ${seconds(i.unchangedMs)} ` +
        `(${i.docsRewrittenUnchanged} of ${i.docs} Markdown files rewritten); after changing one raw file ${seconds(i.oneChangedMs)} ` +
        `(${i.docsRewrittenOneChanged} rewritten).` +
        (i.cacheLines.length ? ` Converter: \`${i.cacheLines.map((l) => l.trim()).join('` / `')}\`` : ' The converter printed no cache summary.')
      );
    })
    .join('\n');
}

function siteIncrementalText(runs: SizeRun[]): string {
  const measured = runs.filter((x) => x.siteIncremental);
  if (measured.length === 0) return '_Not measured (`--no-site-incremental`, or no working site build)._';
  const both = (st?: SiteStep): number | null => (ms(st?.convert) === null || ms(st?.site) === null ? null : ms(st!.convert)! + ms(st!.site)!);
  const cell = (st?: SiteStep): Cell => {
    if (!st) return null;
    const total = both(st);
    if (total === null) return st.site.status === 'failed' ? `failed: ${st.site.reason.split('\n')[0]}` : 'n/a';
    const d = st.site.status === 'ok' ? st.site.detail ?? {} : {};
    const cpuMs = (cpu(st.convert) && cpu(st.site)) ? (st.convert as { result: { cpuMs: number | null } }).result.cpuMs! + (st.site as { result: { cpuMs: number | null } }).result.cpuMs! : null;
    const part = (k: string) => (typeof d[k] === 'number' ? seconds(d[k] as number) : '?');
    const parts = d.preRenderMs !== undefined ? ` = pre-render ${part('preRenderMs')}, astro ${part('astroMs')} ∥ index ${part('indexMs')}${d.linkMs !== undefined ? `, link reused ${part('linkMs')}, publish ${part('publishMs')}` : ''}` : '';
    return `${seconds(total)} (convert ${seconds(ms(st.convert)!)} + site ${seconds(ms(st.site)!)}${parts}${cpuMs !== null ? `; CPU ${seconds(cpuMs)}` : ''}; pages rebuilt ${d.pagesRebuilt ?? '?'}, reused ${d.pagesReused ?? '?'}; shards rebuilt ${d.shardsRebuilt ?? '?'} of ${d.shards ?? '?'})`;
  };
  const rows: Cell[][] = measured.flatMap((r) => {
    const i = r.siteIncremental!;
    const eq = i.equal;
    const verdict = !eq ? 'not compared at this size' : eq.coldSite.status !== 'ok' ? 'cold build failed' :
      eq.differing.length + eq.missing.length + eq.extra.length === 0 ? `identical (${eq.files.toLocaleString('en-US')} files)` :
      `DIFFERENT: ${[...eq.differing, ...eq.missing.map((f) => `missing ${f}`), ...eq.extra.map((f) => `extra ${f}`)].slice(0, 5).join(', ')}`;
    return [
      ...(r.catchUp ? [[`N=${r.n}`, 'catch-up (earlier build, current code; --reuse-build)', cell(r.catchUp)]] : []),
      [r.catchUp ? '' : `N=${r.n}`, 'nothing changed', cell(i.unchanged)],
      ['', 'add one document', cell(i.add)],
      ['', 'change it', cell(i.change)],
      ['', 'remove it', cell(i.remove)],
      ['', 'site after add + change vs a cold build', verdict],
      ...(i.error ? [['', 'error', i.error]] : []),
    ];
  });
  return `${table(['N', 'step', 'wall (target ≤ 60 s at 10,000)'], rows)}\n\nEach step runs the converter (content-hash cache) and \`npm run build:site\` (incremental) as \`npm run build\` does; the added document is a new raw file (a notice with its own title), changed by appending a section, then deleted.`;
}

/** One row per target, one column per size: what the README quotes. */
export function summaryTable(runs: SizeRun[]): string {
  const col = (f: (r: SizeRun) => Cell): Cell[] => runs.map((r) => f(r) ?? '—');
  const cpuSum = cpuTotal;
  const vs = (w: number | null | undefined, s: number | null | undefined, fmt: (n: number) => string): Cell =>
    w == null ? null : s == null ? fmt(w) : `${fmt(w)} vs ${fmt(s)} (${ratio(w, s)})`;
  const sl = (r: SizeRun) => r.starlight;
  const slCpu = (r: SizeRun) => (sl(r)?.build.status === 'ok' ? (sl(r)!.build as { result: { cpuMs: number | null } }).result.cpuMs : null);
  const rows: Cell[][] = [
    ['build wall time (convert + site + index)', ...col((r) => (total(r) === null ? null : seconds(total(r)!))), '10,000 docs < 10 min'],
    ['build CPU time (user + sys)', ...col((r) => (cpuSum(r) === null ? null : seconds(cpuSum(r)!))), '—'],
    ['peak RSS (largest step; astro and index run together)', ...col((r) => (maxPeak(r) ? gb(maxPeak(r)!) : null)), '10,000 docs < 4 GB'],
    ['convert throughput (wall, whole CLI)', ...col((r) => (ms(r.steps.convert) ? `${(r.corpus.bytes / 1e6 / (ms(r.steps.convert)! / 1000)).toFixed(1)} MB/s` : null)), '≥ 5 MB/s'],
    ['site + index vs Starlight build, wall', ...col((r) => vs(siteIndex(r, 'wallMs'), ms(sl(r)?.build), seconds)), '≤ 0.5×'],
    ['site + index vs Starlight build, CPU', ...col((r) => vs(siteIndex(r, 'cpuMs'), slCpu(r), seconds)), '≤ 0.5×'],
    ['reading page HTML gz vs Starlight', ...col((r) => vs(r.sizes?.pageHtmlGzMedian, sl(r)?.sizes?.pageHtmlGzMedian, kb)), '≤ 1×'],
    ['JS on a reading page before search (inline + files)', ...col((r) => (r.sizes ? kb(r.sizes.pageInlineScriptMedian + (search(r.browser)?.pageScriptBytes ?? 0)) : null)), '≈ 2 kB (Starlight: ' + (runs.map((r) => search(r.starlight?.browser)?.pageScriptBytes).find((x) => x) ? kb(runs.map((r) => search(r.starlight?.browser)?.pageScriptBytes).find((x) => x)!) : '—') + ')'],
    ['first search bytes vs Starlight', ...col((r) => vs(search(r.browser)?.firstSearchBytes, search(sl(r)?.browser)?.firstSearchBytes, kb)), '≤ 0.5×'],
    ['typical query bytes vs Starlight', ...col((r) => vs(search(r.browser)?.typicalQueryBytes, search(sl(r)?.browser)?.typicalQueryBytes, kb)), '—'],
    ['query latency median / p95 (warm)', ...col((r) => (search(r.browser) ? `${search(r.browser)!.latencyMedianMs.toFixed(0)} / ${search(r.browser)!.latencyP95Ms.toFixed(0)} ms` : null)), '< 100 ms median'],
  ];
  return table(['', ...runs.map((r) => `N=${r.n.toLocaleString('en')}`), 'target'], rows);
}

export function renderReport(b: BenchRun): string {
  const m = b.machine;
  const skipped = b.sizes.flatMap((r) =>
    Object.entries(r.steps).filter(([, o]) => o && o.status !== 'ok').map(([k, o]) => `- N=${r.n} ${k}: ${(o as { reason: string }).reason}`),
  );
  return [
    `# Wenyuan bench — ${b.date.slice(0, 16).replace('T', ' ')} UTC${b.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${gb(m.memoryBytes)} RAM, Node ${m.node}, Linux ${m.kernel}; load average at start ${m.load} ` +
      `(the machine is shared, so times are upper bounds). Commit ${m.commit}. Corpus: bench/synth, seed ${b.seed}.` +
      (b.wallMs ? ` Whole run: ${seconds(b.wallMs)}.` : '') +
      (b.merged ? ` Sizes not run this time are merged from ${b.merged}.` : ''),
    '',
    '## Summary',
    '',
    summaryTable(b.sizes),
    '',
    '## Wenyuan build',
    '',
    'Steps: convert, then the site step (`scripts/build-site.ts`: pre-render on all cores, then astro build and the search index at the same time). Time is wall clock; CPU is user + system time of the step and its children (less sensitive to other load on the machine than wall time); peak is the summed RSS of the step\'s whole process tree. MB/s: raw bytes over convert wall time. Page weight: median gzip -9 size of a reading page (both scripts).',
    '',
    wenyuanTable(b.sizes),
    ...(skipped.length ? ['', 'Steps not measured:', '', ...skipped] : []),
    '',
    '## Search and page weight in Chromium',
    '',
    'Bytes received by Chromium from a non-compressing local server. First search: the query 治理 typed into the site\'s search right after the page loaded; typical query: 数字化改革 after it. Latency: 20 fixed queries run twice, the second (loaded) pass; Wenyuan: its search dialog\'s own timer (query → first page of verified results, bench/search.ts); Starlight: Pagefind\'s API search + data() of the first 5 results (what its dialog shows first; no UI debounce).',
    '',
    searchTable(b.sizes),
    '',
    '## Wenyuan ÷ Starlight (same Markdown)',
    '',
    'Starlight 0.42 (Astro 7, Pagefind 1.6, stock settings) builds one page per document; Wenyuan builds each document in both scripts plus a compare view. Starlight\'s build includes its Pagefind index, so it is compared with Wenyuan\'s site + index steps (conversion excluded).',
    '',
    starlightTable(b.sizes),
    '',
    '## Growth',
    '',
    growth(b.sizes),
    '',
    '## Incremental conversion',
    '',
    incrementalText(b.sizes),
    '',
    '## Maintaining the archive: add, change, remove one document',
    '',
    siteIncrementalText(b.sizes),
    ...Object.entries(b.extras).filter(([, v]) => v).flatMap(([k, v]) => ['', `## ${k}`, '', '```', v!, '```']),
  ].join('\n');
}
