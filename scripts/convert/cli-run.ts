import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listFiles } from './cli-files.ts';
import { PATHS, TEXT_EXTENSIONS } from './cli-config.ts';
import { convertFiles } from './cli-convert-files.ts';
import { writeOrCheck } from './cli-outputs.ts';
import { planRun } from './cli-plan.ts';
import { skippedLine } from './cli-raw-files.ts';
import { settleSlugs } from './cli-settle.ts';
import { summaryTable } from './cli-summary.ts';
import { WriteQueue } from './cli-writes.ts';

// npm run convert                 convert every file in content/raw/
// npm run convert -- <file> …     convert only these raw files
// npm run convert -- --check      fail if content/docs or content/report differ from a fresh conversion
//                                  (never reads the cache: a damaged cache cannot make it pass)
// Flags: --no-cache (convert even unchanged files), --quiet (summary only); `--` ends the flags,
// so `npm run convert -- -- -x.txt` converts a file whose name starts with "-".
//
// A run is four steps, one file each: plan (cli-plan.ts) → convert (cli-convert-files.ts) →
// settle slugs (cli-settle.ts) → write or check (cli-outputs.ts).

export interface RunOptions {
  argv: string[];
  root: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** The whole command; returns the exit code (0 ok, 1 conversion or check failure). */
export async function runConvert({ argv, root, log = console.log, error = console.error }: RunOptions): Promise<number> {
  const t0 = performance.now();
  const plan = planRun(argv, root);
  const { listing, all } = plan;
  for (const r of listing.refused) error(`✗ ${r.message}`);
  const writes = new WriteQueue();
  const conversion = await convertFiles(plan, root, writes, log, error);
  const settled = settleSlugs(root, plan, conversion);
  const problems = await writeOrCheck(root, plan, conversion, settled, writes, log, error);

  log(`\nconvert summary\n${summaryTable(conversion.outcomes, performance.now() - t0)}`);
  const left = skippedLine(listing, orphanCorrections(root, all, listing.refused.map((r) => r.name)));
  if (left) log(left);
  // An empty corpus is said, not published quietly: the site build then stops (src/lib/config.ts).
  if (all.length === 0) error(`⚠ ${PATHS.raw}/ holds no raw file to convert (${TEXT_EXTENSIONS.join(' ')}): no document is published, and npm run build:site will stop on the empty corpus`);
  const failed = conversion.failedFiles.length + problems + listing.refused.length;
  return failed > 0 ? 1 : 0;
}

/** Corrections files whose raw file is not converted (so the corrections do nothing). */
function orphanCorrections(root: string, converted: readonly string[], refused: readonly string[]): string[] {
  const known = new Set([...converted, ...refused]);
  return listFiles(join(root, PATHS.corrections), '.json').filter((f) => !known.has(f.slice(0, -'.json'.length)));
}
