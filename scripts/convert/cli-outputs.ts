import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listFiles, readIfExists, remove } from './cli-files.ts';
import { PATHS } from './cli-config.ts';
import { loadModels, type Conversion } from './cli-convert-files.ts';
import { hashText, memoEntry, outputsIntact, sameSlugs, writeMemo, type Memo } from './cli-memo.ts';
import type { Plan } from './cli-plan.ts';
import type { Decision } from './cli-settle.ts';
import { writeAtomicAsync, type WriteQueue } from './cli-writes.ts';
import { reportJson, reportMarkdown } from './emit-report.ts';
import { emitFile, type FileReport } from './pipeline.ts';
import { REGISTRY_PATH } from './slug-registry.ts';

// Step 4 of a run: emit every file with its settled slugs, then write the outputs and the registry
// and remove stale outputs, or (--check) compare them with what is committed.

const { docs: DOCS, report: REPORT } = PATHS;

/** Writes or checks every output; returns the number of --check problems (0 when writing). */
export async function writeOrCheck(
  root: string,
  plan: Plan,
  conversion: Conversion,
  { decision, newRegistry }: { decision: Decision; newRegistry: string },
  writes: WriteQueue,
  log: (line: string) => void,
  error: (line: string) => void,
): Promise<number> {
  const { args, listed, all, files } = plan;
  const { converted, failedFiles, outcomes } = conversion;
  // What the files produced last time, read before anything is rewritten: a file that failed keeps
  // its previous outputs (neither rewritten nor stale); when only some files are listed, the stale
  // ones are found among previous outputs.
  const kept = new Set(failedFiles.flatMap((f) => previousOutputs(root, f)));
  const previous = files === all ? null : all.flatMap((f) => previousOutputs(root, f));

  // Emit and write (or, with --check, compare) file by file, so only one file's output is in memory.
  const outputs = new Set<string>();
  const problems: string[] = [];
  const memo: Memo = { format: 1, files: {} };
  let hashes: [string, string][] = [];
  const put = async (path: string, content: string) => {
    outputs.add(path);
    hashes.push([path, hashText(content)]);
    if (args.check) {
      const problem = checkOutput(root, path, content);
      if (problem) problems.push(problem);
    } else await writes.add(() => writeAtomicAsync(join(root, path), content));
  };
  for (const [file, c] of converted) {
    await writes.tick();
    const t = performance.now();
    const slugs = decision.slugs.get(file) ?? [];
    const extra = hashText(JSON.stringify(decision.warnings.get(file) ?? []));
    converted.delete(file);
    // Same key, slugs and warnings as the last run, outputs untouched: nothing to emit (cli-memo.ts).
    if (c.memo && sameSlugs(c.memo.slugs, slugs) && c.memo.extra === extra && outputsIntact(root, c.memo.outputs)) {
      for (const [path] of c.memo.outputs) outputs.add(path);
      memo.files[file] = c.memo;
      if (listed.has(file)) outcomes.push({ file, report: null, tally: c.memo.tally, cached: true, ms: c.ms + performance.now() - t });
      continue;
    }
    const models = c.models ?? loadModels(plan, root, file, c.key);
    const result = emitFile(models, decision.slugs.get(file), decision.warnings.get(file));
    hashes = [];
    for (const d of result.docs) await put(`${DOCS}/${d.slug}.md`, d.markdown);
    await put(`${REPORT}/${file}.json`, reportJson(result.report));
    await put(`${REPORT}/${file}.md`, reportMarkdown(result.report));
    memo.files[file] = memoEntry(c.key, models, slugs, extra, hashes, result.report);
    if (!listed.has(file)) continue;
    outcomes.push({ file, report: result.report, cached: c.cached, ms: c.ms + performance.now() - t });
  }

  if (args.check) {
    if (newRegistry !== (plan.registryText ?? '')) {
      const c = decision.counts;
      problems.push(`${REGISTRY_PATH}: ${plan.registryText === null ? 'missing' : 'out of date'} (${c.registered} document(s) not registered, ${c.updated} line(s) to update)`);
    }
  } else {
    await writes.add(() => writeAtomicAsync(join(root, REGISTRY_PATH), newRegistry));
  }
  await writes.drain();
  // Written after the outputs it describes; a run stopped before this keeps the old memo, whose
  // output hashes then no longer match and so emit again.
  if (!args.check) await writeMemo(root, memo);
  const stale = staleOutputs(root, previous, outputs).filter((p) => !kept.has(p));
  if (args.check) {
    for (const path of stale) problems.push(`${path}: stale (no raw file produces it)`);
    for (const path of plan.litter) problems.push(`${path}: temp file left by an interrupted run (\`npm run convert\` removes it)`);
    for (const p of problems) error(`✗ ${p}`);
    if (problems.length > 0) error(`--check: ${problems.length} output file(s) differ; run \`npm run convert\` and commit content/docs, content/report and ${REGISTRY_PATH}`);
    return problems.length;
  }
  for (const path of stale) remove(join(root, path));
  if (!args.quiet) {
    const c = decision.counts;
    log(`wrote ${writes.written} file(s), removed ${stale.length} stale file(s)`);
    log(`slug registry: ${c.registered} new, ${c.updated} updated, ${c.reserved} reserved without a document (${REGISTRY_PATH})`);
    for (const x of decision.numbered) log(`⚠ ${x.file}#${x.n}: slug "${x.wanted}" is taken, registered as "${x.slug}" (see the file's report; edit ${REGISTRY_PATH} to choose another)`);
  }
  return 0;
}

/** What a raw file produced last time, from its committed report. */
function previousOutputs(root: string, file: string): string[] {
  const old = readIfExists(join(root, REPORT, `${file}.json`));
  const docs = old ? ((JSON.parse(old) as FileReport).documents ?? []).map((d) => `${DOCS}/${d.slug}.md`) : [];
  return [...docs, `${REPORT}/${file}.json`, `${REPORT}/${file}.md`];
}

/** Output files that no longer correspond to a conversion result (among `previous` when given). */
function staleOutputs(root: string, previous: string[] | null, outputs: Set<string>): string[] {
  if (previous) return [...new Set(previous.filter((p) => !outputs.has(p)))];
  const stale: string[] = [];
  for (const f of listFiles(join(root, DOCS), '.md')) if (!outputs.has(`${DOCS}/${f}`)) stale.push(`${DOCS}/${f}`);
  for (const f of listFiles(join(root, REPORT))) if (!outputs.has(`${REPORT}/${f}`)) stale.push(`${REPORT}/${f}`);
  return stale;
}

function checkOutput(root: string, path: string, content: string): string | null {
  const disk = readIfExists(join(root, path));
  if (disk === null) return `${path}: missing`;
  if (disk !== content) return `${path}: differs from the converter's output (first at line ${firstDiffLine(disk, content)})`;
  return null;
}

function firstDiffLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}
