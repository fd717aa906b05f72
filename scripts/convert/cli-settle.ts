import { join } from 'node:path';
import { readIfExists } from './cli-files.ts';
import { memoDocs } from './cli-memo.ts';
import { PATHS } from './cli-config.ts';
import type { Conversion } from './cli-convert-files.ts';
import type { Plan } from './cli-plan.ts';
import type { FileReport } from './pipeline.ts';
import { settleSlugClashes } from './slug-clash.ts';
import { REGISTRY_PATH, formatRegistry } from './slug-registry.ts';

// Step 3 of a run: the slugs of all converted documents settled against the registry, and the
// registry text that results.

export type Decision = ReturnType<typeof settleSlugClashes>;

export function settleSlugs(root: string, plan: Plan, { converted, failedFiles }: Conversion): { decision: Decision; newRegistry: string } {
  // A file that failed keeps its previous documents, so their slugs stay taken.
  const reserved = new Set(failedFiles.flatMap((f) => previousSlugs(root, f)));
  const decision = settleSlugClashes(
    [...converted].map(([file, { models, memo }]) => ({
      file,
      docs: (models ? memoDocs(models).docs : memo!.docs).map((d, i) => ({ ...d, chosen: `${file}#${i + 1}` in plan.slugs })),
    })),
    { registry: plan.registry, present: new Set(plan.all), reserved, registryPath: REGISTRY_PATH },
  );
  return { decision, newRegistry: formatRegistry(decision.registry) };
}

/** Slugs of the documents a raw file produced last time, from its committed report. */
function previousSlugs(root: string, file: string): string[] {
  const old = readIfExists(join(root, PATHS.report, `${file}.json`));
  return old ? ((JSON.parse(old) as FileReport).documents ?? []).map((d) => d.slug) : [];
}
