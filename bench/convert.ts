// npx tsx bench/convert.ts [--quick]: conversion throughput on the seed corpus and on a
// synthetic corpus of 100× its size (seed corpus only with --quick), through the real convert CLI run in a
// scratch copy (bench/work/…/content), so the committed content/docs is never touched.

import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { layout, root, type Layout } from './steps/layout.ts';
import { convertAvailable, convertInternalMs, countMarkdown, runConvertCli } from './steps/wenyuan.ts';
import { writeCorpus } from './synth/write.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const factor = 100;

const bytesIn = (dir: string): number => readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);

async function measure(label: string, l: Layout): Promise<string> {
  rmSync(l.docs, { recursive: true, force: true });
  rmSync(l.report, { recursive: true, force: true });
  const bytes = bytesIn(l.raw);
  const r = await runConvertCli(l.dir, ['--no-cache']);
  if (!r.ok) return `${label}: convert failed (exit ${r.exitCode}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`;
  const s = r.wallMs / 1000;
  const inner = convertInternalMs(r.stdout);
  return (
    `${label.padEnd(30)} ${(bytes / 1e6).toFixed(2).padStart(6)} MB ${String(countMarkdown(l.docs)).padStart(6)} docs │ ` +
    `process ${s.toFixed(2).padStart(6)} s ${(bytes / 1e6 / s).toFixed(2).padStart(5)} MB/s │ ` +
    (inner ? `converter ${(inner / 1000).toFixed(2).padStart(6)} s ${(bytes / 1e6 / (inner / 1000)).toFixed(2).padStart(5)} MB/s │ ` : '') +
    `peak ${(r.peakRssBytes / 1e9).toFixed(2)} GB`
  );
}

const missing = convertAvailable();
if (missing) {
  console.log(missing);
} else {
  // Seed corpus with its reviewed corrections and slug manifest, as `npm run convert` sees it.
  const seed = layout(0, 'seed');
  rmSync(join(seed.dir, 'content'), { recursive: true, force: true });
  mkdirSync(join(seed.dir, 'content'), { recursive: true });
  for (const part of ['raw', 'corrections', 'slugs.json']) {
    const from = join(root, 'content', part);
    if (existsSync(from)) cpSync(from, join(seed.dir, 'content', part), { recursive: true });
  }
  console.log('Cache off (--no-cache). "process": wall time of the CLI (Node start-up, TypeScript loading); "converter": its own timer.');
  console.log(await measure('seed corpus (content/raw)', seed));
  if (!values.quick) {
    // Synthetic documents average ~32 kB; size the corpus by bytes, not by document count.
    const seedBytes = bytesIn(seed.raw);
    const probe = writeCorpus({ n: 100, seed: 1, rawDir: layout(100).raw });
    const n = Math.max(10, Math.round((factor * seedBytes) / (probe.bytes / probe.documents)));
    const big = layout(n, `x${factor}`);
    const stats = writeCorpus({ n, seed: 1, rawDir: big.raw });
    console.log(await measure(`synthetic ${(stats.bytes / seedBytes).toFixed(0)}× (${stats.files} files)`, big));
  }
}
