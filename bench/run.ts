// npm run bench [-- --quick] [-- --sizes 100,1000] [-- --starlight-sizes 100,1000,2000] [-- --no-starlight] [-- --no-browser]
//   [-- --no-site-incremental] [-- --verify-up-to 1000]
// For each corpus size N: synthesize N documents, convert, build the site, build the search index,
// measure time / peak memory / sizes / search in Chromium, and the same Markdown through stock
// Starlight. Prints the tables and writes bench/results/<date>[-quick].md and .json.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { machine } from './lib/machine.ts';
import { runMeasured } from './lib/measure.ts';
import { siteSizes } from './lib/sizes.ts';
import { renderReport, type BenchRun, type SizeRun } from './report.ts';
import { starlightSearch, wenyuanSearch } from './steps/browser.ts';
import { incremental } from './steps/incremental.ts';
import { siteIncremental } from './steps/site-incremental.ts';
import { benchDir, layout, limits, projectEnv, root } from './steps/layout.ts';
import type { Outcome } from './steps/outcome.ts';
import { buildStarlight, isStarlightReadingPage } from './steps/starlight.ts';
import { buildSite, convert, countMarkdown, isWenyuanReadingPage, rebuildSite } from './steps/wenyuan.ts';
import { writeCorpus, type CorpusStats } from './synth/write.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    'starlight-sizes': { type: 'string' },
    'no-starlight': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    // Build an existing Markdown corpus instead of synthesizing and converting (to test the later steps).
    'docs-from': { type: 'string' },
    // Add the sizes of an earlier run (its .json) to this report, e.g. N=10,000 run on its own.
    merge: { type: 'string' },
    'step-timeout-min': { type: 'string' },
    // Skip bench/convert.ts and bench/script-convert.ts (e.g. when running one large size alone).
    'no-extras': { type: 'boolean', default: false },
    // Skip the add / change / remove one document steps.
    'no-site-incremental': { type: 'boolean', default: false },
    // Compare the incremental site with a cold build up to this size (one more full build).
    'verify-up-to': { type: 'string', default: '1000' },
    // Keep a size's converted corpus and site from an earlier run (bench/work/n<N>/) instead of the
    // cold steps: one incremental convert + site build brings it up to date with the current code
    // (reported as the catch-up), then the add / change / remove steps run.
    'reuse-build': { type: 'boolean', default: false },
    // Suffix of the results file name (results/<date>-n<sizes>-<name>.md), e.g. incremental.
    name: { type: 'string' },
  },
});
const list = (s: string): number[] => s.split(',').map((x) => Number(x.trim())).filter((x) => Number.isInteger(x) && x > 0);
const quick = values.quick;
const sizes = list(values.sizes ?? (quick ? '50' : '100,1000,10000'));
const starlightSizes = values['no-starlight'] ? [] : list(values['starlight-sizes'] ?? (quick ? '50' : '100,1000'));
const seed = Number(values.seed);
limits.stepTimeoutMs = Number(values['step-timeout-min'] ?? 0) * 60_000;

function log(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

function say(step: string, o: Outcome): void {
  if (o.status === 'ok') log(`${step}: ${(o.result.wallMs / 1000).toFixed(1)} s, peak ${(o.result.peakRssBytes / 1e9).toFixed(2)} GB`);
  else log(`${step}: ${o.status === 'skipped' ? 'skipped —' : 'FAILED —'} ${o.reason}`);
}

async function runSize(n: number): Promise<SizeRun> {
  const from = values['docs-from'];
  const l = layout(n, from ? `docs-${basename(from)}` : `n${n}`);
  if (from) {
    rmSync(l.docs, { recursive: true, force: true });
    cpSync(from, l.docs, { recursive: true });
  }
  const corpus: CorpusStats = from
    ? { n: countMarkdown(l.docs), seed, files: 0, documents: countMarkdown(l.docs), bytes: 0, shapes: {}, fingerprint: '', reused: true, ms: 0 }
    : writeCorpus({ n, seed, rawDir: l.raw });
  log(`N=${n}: ${corpus.reused ? 'reused' : 'wrote'} ${corpus.files} raw files, ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
  const run: SizeRun = { n, corpus, steps: {} };
  const reuse = values['reuse-build'] && !from && existsSync(l.dist) && existsSync(join(l.dir, '.dist.record'));
  if (reuse) {
    const why = 'reused an earlier run\'s build (--reuse-build)';
    run.steps.convert = { status: 'skipped', reason: why };
    run.steps.site = { status: 'skipped', reason: why };
    const c = await convert(l, { clean: false });
    run.catchUp = { convert: c, site: c.status === 'ok' ? await rebuildSite(l) : { status: 'skipped', reason: 'convert failed' } };
    say('catch-up convert', run.catchUp.convert);
    say('catch-up site', run.catchUp.site);
  } else {
    run.steps.convert = from ? { status: 'skipped', reason: `convert: using the Markdown of ${from}` } : await convert(l, { clean: true, args: ['--no-cache'] }); // cold: the cache may hold an earlier run
    say('convert', run.steps.convert);
    run.steps.site = await buildSite(l);
    say('site build (pre-render, then astro ∥ search index)', run.steps.site);
  }
  const built = reuse ? run.catchUp!.site.status === 'ok' : run.steps.site.status === 'ok';
  if (built && !reuse) {
    run.sizes = siteSizes(l.dist, isWenyuanReadingPage);
    const first = run.sizes.samplePath;
    if (!values['no-browser'] && first) {
      run.browser = await wenyuanSearch(l.dist, first);
      if (run.browser.status !== 'ok') log(run.browser.reason);
    }
  }
  if (!values['no-site-incremental'] && built && (reuse || run.steps.convert.status === 'ok')) {
    run.siteIncremental = await siteIncremental(l, Number(values['verify-up-to']));
    for (const [name, st] of Object.entries(run.siteIncremental)) if (st && typeof st === 'object' && 'site' in st) say(`${name} one document: site`, st.site);
    const eq = run.siteIncremental.equal;
    if (eq) log(`incremental vs cold: ${eq.differing.length + eq.missing.length + eq.extra.length === 0 ? 'identical' : 'DIFFERENT'} (${eq.files} files)`);
    if (run.siteIncremental.error) log(`site incremental: ${run.siteIncremental.error}`);
  }
  if (n <= 1000 && !reuse && run.steps.convert.status === 'ok') {
    const inc = await incremental(l);
    if (typeof inc === 'string') log(inc);
    else run.incremental = inc;
  }
  if (starlightSizes.includes(n)) {
    const build = await buildStarlight(l);
    say('starlight build', build);
    run.starlight = { build };
    if (build.status === 'ok') {
      run.starlight.sizes = siteSizes(l.starlightDist, isStarlightReadingPage);
      const first = run.starlight.sizes.samplePath;
      if (!values['no-browser'] && first) {
        run.starlight.browser = await starlightSearch(l.starlightDist, first);
        if (run.starlight.browser.status !== 'ok') log(run.starlight.browser.reason);
      }
    }
  }
  return run;
}

/** Other benches in bench/ that print their own numbers (script conversion, conversion throughput). */
async function extra(file: string, args: string[] = []): Promise<string | null> {
  if (!existsSync(join(benchDir, file))) return null;
  log(`running bench/${file} …`);
  const r = await runMeasured('tsx', [join('bench', file), ...args], { cwd: root, env: projectEnv() });
  return r.ok ? r.stdout.trim() : `bench/${file} failed (exit ${r.exitCode}):\n${(r.stderr || r.stdout).trim().split('\n').slice(-8).join('\n')}`;
}

const started = performance.now();
const bench: BenchRun = { date: new Date().toISOString(), quick, seed, machine: machine(root), sizes: [], extras: {} };
const resultsDir = join(benchDir, 'results');
const custom = values.sizes ? `-n${sizes.join('-')}` : '';
const name = `${bench.date.slice(0, 10)}${quick ? '-quick' : ''}${values['docs-from'] ? '-docs' : custom}${values.name ? `-${values.name.replace(/[^a-z0-9-]/gi, '')}` : ''}`;
const earlier = values.merge ? (JSON.parse(readFileSync(values.merge, 'utf8')) as BenchRun) : null;

/** Writes the report so far: a long run that is stopped keeps the sizes it finished. */
function save(): string {
  const out: BenchRun = { ...bench, sizes: [...bench.sizes], extras: { ...bench.extras }, wallMs: performance.now() - started };
  if (earlier) {
    const have = new Set(out.sizes.map((r) => r.n));
    out.sizes.push(...earlier.sizes.filter((r) => !have.has(r.n)));
    out.sizes.sort((a, b) => a.n - b.n);
    out.merged = `${values.merge} (${earlier.date.slice(0, 16)} UTC, load ${earlier.machine.load})`;
    for (const [k, v] of Object.entries(earlier.extras)) if (!out.extras[k]) out.extras[k] = v;
  }
  const report = renderReport(out);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}.md`), report + '\n');
  writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify(out, (k, v) => (k === 'stdout' || k === 'stderr' ? undefined : v), 2) + '\n');
  return report;
}

for (const n of sizes) {
  bench.sizes.push(await runSize(n));
  save();
}
for (const n of starlightSizes.filter((s) => !sizes.includes(s))) {
  log(`N=${n}: Starlight size without a Wenyuan run; add it to --sizes to compare`);
}
if (!values['no-extras']) {
  bench.extras['Conversion throughput (bench/convert.ts)'] = await extra('convert.ts', quick ? ['--quick'] : []);
  bench.extras['Script conversion (bench/script-convert.ts)'] = await extra('script-convert.ts');
}
console.log('\n' + save());
log(`wrote bench/results/${name}.md (${((performance.now() - started) / 60000).toFixed(1)} min)`);
