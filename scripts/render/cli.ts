// Entry point of the pre-render step (`tsx scripts/render/cli.ts`, first half of npm run
// build:site): renders every document's three views on all cores into the store that the pages
// and the search index read (src/lib/render/prerendered.ts). Unchanged documents are reused.
//   --jobs N   worker threads (default: os.availableParallelism())
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { config } from '../../src/lib/config.ts';
import { storeDir, writeManifest } from '../../src/lib/render/store.ts';
import { makePlan } from './plan.ts';
import { countRefs, xrefSummary } from '../../src/lib/xref/corpus.ts';
import { pruneStore } from './prune.ts';
import { runPool } from './pool.ts';
import { formatSummary, storeBytes } from './summary.ts';

// Markdown characters rendered at once, whatever the cores: two documents at the converter's limit
// (~1.4 M characters of Markdown each, ~0.9 GB each while rendered), or one at the site's limit.
// Ordinary documents (20–80 kB) are never held back by it.
const RENDER_BUDGET_CHARS = 3_000_000;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { jobs: { type: 'string' } } });
  const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number ≥ 1 (got ${values.jobs})`);
  const started = performance.now();
  const dir = storeDir();
  const plan = makePlan(config.corpusDir, config.variant, dir);
  const errors: string[] = [];
  await runPool(new URL('./worker.ts', import.meta.url), { variant: config.variant, storeDir: dir }, plan.todo, jobs, (done) => {
    if (done.error) errors.push(done.error);
  }, { weight: (t) => t.chars, budget: RENDER_BUDGET_CHARS });
  if (errors.length > 0) {
    console.error(`render: ${errors.length} document(s) failed to render (the pages would fail the same way):\n${errors.slice(0, 20).join('\n')}`);
    return 1;
  }
  writeManifest({ version: 1, corpusDir: config.corpusDir, variant: config.variant, docs: Object.fromEntries(plan.all.map((t) => [t.slug, t.key])) }, dir);
  const pruned = pruneStore(dir);
  console.log(xrefSummary(countRefs(plan.xref.refs)));
  console.log(formatSummary({ rendered: plan.todo.length, reused: plan.reused, ms: performance.now() - started, bytes: storeBytes(plan.all.map((t) => t.key), dir), pruned: pruned.removed }));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`render: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
