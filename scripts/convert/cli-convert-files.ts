import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheKey, cacheWrite, readCache } from './cli-cache.ts';
import { readMemo, type Memo, type MemoEntry } from './cli-memo.ts';
import { readIfExists } from './cli-files.ts';
import { PATHS } from './cli-config.ts';
import { checkDocumentSizes, checkRawSize } from './cli-limits.ts';
import type { Plan } from './cli-plan.ts';
import { progressLine, type FileOutcome } from './cli-summary.ts';
import type { WriteQueue } from './cli-writes.ts';
import { convertModels, type FileModels } from './pipeline.ts';

// Step 2 of a run: every raw file to slugged models (from the cache, or converted and cached).
// Every raw file takes part in the slug decision, so the listed ones (or all) are converted and
// the others, when only some are listed, come from the cache or are converted quietly.

export interface Converted {
  /** null when the last run's memo stands for the file (cli-memo.ts): loaded only if it must be emitted */
  models: FileModels | null;
  memo?: MemoEntry;
  key: string;
  cached: boolean;
  ms: number;
}

export interface Conversion {
  converted: Map<string, Converted>;
  /** files that failed (they keep their previous outputs) */
  failedFiles: string[];
  /** summary lines so far: the listed files that failed */
  outcomes: FileOutcome[];
  /** the last run's memo (empty with --check or --no-cache) */
  memo: Memo;
}

export async function convertFiles(plan: Plan, root: string, writes: WriteQueue, log: (line: string) => void, error: (line: string) => void): Promise<Conversion> {
  const { args, listed } = plan;
  const converted = new Map<string, Converted>();
  const outcomes: FileOutcome[] = [];
  const failedFiles: string[] = [];
  const memo: Memo = !args.check && args.cache ? readMemo(root) : { format: 1, files: {} };
  for (const file of plan.all) {
    await writes.tick();
    const t = performance.now();
    const size = statSync(join(root, PATHS.raw, file)).size;
    let models: FileModels | null = null;
    let cached = false;
    let key = '';
    try {
      checkRawSize(file, size);
      const bytes = readFileSync(join(root, PATHS.raw, file));
      const corrections = readIfExists(join(root, PATHS.corrections, `${file}.json`)) ?? '';
      key = cacheKey([plan.version, file, bytes, corrections, plan.manifestText]);
      // --check converts everything afresh: what it compares against must not come from the cache.
      const useCache = !args.check && (args.cache || !listed.has(file));
      const last = useCache ? memo.files[file] : undefined;
      if (last?.key === key) {
        // Unchanged since the last run: its models are loaded later only if it must be emitted again.
        const ms = performance.now() - t;
        converted.set(file, { models: null, memo: last, key, cached: true, ms });
        if (listed.has(file) && !args.quiet) log(progressLine(file, last.progress, true, ms));
        continue;
      }
      models = useCache ? readCache(root, file, key) : null;
      cached = models !== null;
      if (!models) {
        models = convertModels(file, bytes, plan.stages, plan.slugs);
        await writes.add(cacheWrite(root, file, key, models));
      }
      checkDocumentSizes(file, models.models);
    } catch (err) {
      failedFiles.push(file);
      error(`✗ ${err instanceof Error ? err.message : String(err)}`);
      if (listed.has(file)) outcomes.push({ file, report: null, cached: false, ms: performance.now() - t });
      continue;
    }
    const ms = performance.now() - t;
    converted.set(file, { models, key, cached, ms });
    if (listed.has(file) && !args.quiet) log(progressLine(file, models, cached, ms));
  }
  return { converted, failedFiles, outcomes, memo };
}

/**
 * The models of a file the memo stood for, when it must be emitted after all (its slugs or outputs
 * changed): from the conversion cache, else converted again.
 */
export function loadModels(plan: Plan, root: string, file: string, key: string): FileModels {
  const cached = readCache(root, file, key);
  if (cached) return cached;
  return convertModels(file, readFileSync(join(root, PATHS.raw, file)), plan.stages, plan.slugs);
}
