import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheKey, cacheWrite, codeVersion, readCache } from './cli-cache.ts';
import { listFiles, readIfExists, remove } from './cli-files.ts';
import { PATHS, TEXT_EXTENSIONS } from './cli-config.ts';
import { checkDocumentSizes, checkRawSize } from './cli-limits.ts';
import { listRaw, skippedLine } from './cli-raw-files.ts';
import { findLitter, removeLitter } from './cli-litter.ts';
import { readRegistryFile } from './slug-registry-file.ts';
import { issueLines } from '../../src/lib/config/zod-errors.ts';
import { WriteQueue, writeAtomicAsync } from './cli-writes.ts';
import { loadStages } from './cli-stages.ts';
import { progressLine, summaryTable, type FileOutcome } from './cli-summary.ts';
import { reportJson, reportMarkdown } from './emit-report.ts';
import { convertModels, emitFile, type FileModels, type FileReport } from './pipeline.ts';
import { settleSlugClashes } from './slug-clash.ts';
import { SlugManifest } from './slug.ts';
import { REGISTRY_PATH, formatRegistry } from './slug-registry.ts';

// npm run convert                 convert every file in content/raw/
// npm run convert -- <file> …     convert only these raw files
// npm run convert -- --check      fail if content/docs or content/report differ from a fresh conversion
//                                  (never reads the cache: a damaged cache cannot make it pass)
// Flags: --no-cache (convert even unchanged files), --quiet (summary only); `--` ends the flags,
// so `npm run convert -- -- -x.txt` converts a file whose name starts with "-".

const { raw: RAW, docs: DOCS, report: REPORT, slugs: SLUGS } = PATHS;

interface Args {
  check: boolean;
  cache: boolean;
  quiet: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { check: false, cache: true, quiet: false, files: [] };
  let flags = true;
  for (const a of argv) {
    if (!flags) args.files.push(basename(a));
    else if (a === '--') flags = false;
    else if (a === '--check') args.check = true;
    else if (a === '--no-cache') args.cache = false;
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a} (use --check, --no-cache, --quiet or raw file names; put -- before a file name that starts with "-")`);
    else args.files.push(basename(a));
  }
  return args;
}

function loadSlugManifest(root: string): SlugManifest {
  const text = readIfExists(join(root, SLUGS));
  if (text === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${SLUGS}: not valid JSON: ${(err as Error).message} (fix it, or delete it to let the converter choose slugs)`);
  }
  const parsed = SlugManifest.safeParse(json);
  if (!parsed.success) throw new Error(`${SLUGS}: ${issueLines(parsed.error, { input: json })[0]} (entries are "<raw file>#<n>": "<slug>")`);
  return parsed.data;
}

/** Output files (paths relative to root) of the converted raw files. */
type Outputs = Set<string>;

export interface RunOptions {
  argv: string[];
  root: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** The whole command; returns the exit code (0 ok, 1 conversion or check failure). */
export async function runConvert({ argv, root, log = console.log, error = console.error }: RunOptions): Promise<number> {
  const t0 = performance.now();
  const args = parseArgs(argv);
  const listing = listRaw(root);
  const all = listing.files;
  const files = args.files.length > 0 ? args.files : all;
  for (const f of files) {
    if (all.includes(f)) continue;
    const skipped = listing.skipped.find((s) => s.name === f);
    throw new Error(`${RAW}/${f}: ${skipped ? `not converted: ${skipped.why}` : `no such raw file (have: ${all.join(', ') || 'none'})`}`);
  }
  // Temp files of an interrupted run: removed now (a run that writes), a problem for --check.
  const litter = findLitter(root);
  if (!args.check) removeLitter(root, litter);
  const stages = loadStages(root);
  const manifestText = readIfExists(join(root, SLUGS)) ?? '';
  const slugs = loadSlugManifest(root);
  const { text: registryText, entries: registry } = readRegistryFile(root);
  const version = codeVersion();

  // Every raw file takes part in the slug decision, so the listed ones (or all) are converted and
  // the others, when only some are listed, come from the cache or are converted quietly.
  const listed = new Set(files);
  const converted = new Map<string, { models: FileModels; cached: boolean; ms: number }>();
  const outcomes: FileOutcome[] = [];
  const failedFiles: string[] = [];
  for (const r of listing.refused) error(`✗ ${r.message}`);
  const writes = new WriteQueue();
  for (const file of all) {
    await writes.tick();
    const t = performance.now();
    const size = statSync(join(root, RAW, file)).size;
    let models: FileModels | null = null;
    let cached = false;
    try {
      checkRawSize(file, size);
      const bytes = readFileSync(join(root, RAW, file));
      const corrections = readIfExists(join(root, PATHS.corrections, `${file}.json`)) ?? '';
      const key = cacheKey([version, file, bytes, corrections, manifestText]);
      // --check converts everything afresh: what it compares against must not come from the cache.
      models = !args.check && (args.cache || !listed.has(file)) ? readCache(root, file, key) : null;
      cached = models !== null;
      if (!models) {
        models = convertModels(file, bytes, stages, slugs);
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
    converted.set(file, { models, cached, ms });
    if (listed.has(file) && !args.quiet) log(progressLine(file, models, cached, ms));
  }

  // A file that failed keeps its previous documents, so their slugs stay taken.
  const reserved = new Set(failedFiles.flatMap((f) => previousSlugs(root, f)));
  const decision = settleSlugClashes(
    [...converted].map(([file, { models }]) => ({
      file,
      docs: models.models.map((m, i) => ({ slug: m.slug, title: m.title, date: m.date, line: m.source.startLine, chosen: `${file}#${i + 1}` in slugs })),
    })),
    { registry, present: new Set(all), reserved, registryPath: REGISTRY_PATH },
  );
  const newRegistry = formatRegistry(decision.registry);

  // What the files produced last time, read before anything is rewritten: a file that failed keeps
  // its previous outputs (neither rewritten nor stale); when only some files are listed, the stale
  // ones are found among previous outputs.
  const kept = new Set(failedFiles.flatMap((f) => previousOutputs(root, f)));
  const previous = files === all ? null : all.flatMap((f) => previousOutputs(root, f));

  // Emit and write (or, with --check, compare) file by file, so only one file's output is in memory.
  const outputs = new Set<string>();
  const problems: string[] = [];
  const put = async (path: string, content: string) => {
    outputs.add(path);
    if (args.check) {
      const problem = checkOutput(root, path, content);
      if (problem) problems.push(problem);
    } else await writes.add(() => writeAtomicAsync(join(root, path), content));
  };
  for (const [file, { models, cached, ms }] of converted) {
    await writes.tick();
    const t = performance.now();
    const result = emitFile(models, decision.slugs.get(file), decision.warnings.get(file));
    converted.delete(file);
    for (const d of result.docs) await put(`${DOCS}/${d.slug}.md`, d.markdown);
    await put(`${REPORT}/${file}.json`, reportJson(result.report));
    await put(`${REPORT}/${file}.md`, reportMarkdown(result.report));
    if (!listed.has(file)) continue;
    outcomes.push({ file, report: result.report, cached, ms: ms + performance.now() - t });
  }

  if (args.check) {
    if (newRegistry !== (registryText ?? '')) {
      const c = decision.counts;
      problems.push(`${REGISTRY_PATH}: ${registryText === null ? 'missing' : 'out of date'} (${c.registered} document(s) not registered, ${c.updated} line(s) to update)`);
    }
  } else {
    await writes.add(() => writeAtomicAsync(join(root, REGISTRY_PATH), newRegistry));
  }
  await writes.drain();
  const stale = staleOutputs(root, previous, outputs).filter((p) => !kept.has(p));
  let failed = failedFiles.length;
  if (args.check) {
    for (const path of stale) problems.push(`${path}: stale (no raw file produces it)`);
    for (const path of litter) problems.push(`${path}: temp file left by an interrupted run (\`npm run convert\` removes it)`);
    for (const p of problems) error(`✗ ${p}`);
    if (problems.length > 0) error(`--check: ${problems.length} output file(s) differ; run \`npm run convert\` and commit content/docs, content/report and ${REGISTRY_PATH}`);
    failed += problems.length;
  } else {
    for (const path of stale) remove(join(root, path));
    if (!args.quiet) {
      const c = decision.counts;
      log(`wrote ${writes.written} file(s), removed ${stale.length} stale file(s)`);
      log(`slug registry: ${c.registered} new, ${c.updated} updated, ${c.reserved} reserved without a document (${REGISTRY_PATH})`);
      for (const x of decision.numbered) log(`⚠ ${x.file}#${x.n}: slug "${x.wanted}" is taken, registered as "${x.slug}" (see the file's report; edit ${REGISTRY_PATH} to choose another)`);
    }
  }
  log(`\nconvert summary\n${summaryTable(outcomes, performance.now() - t0)}`);
  const left = skippedLine(listing, orphanCorrections(root, all, listing.refused.map((r) => r.name)));
  if (left) log(left);
  // An empty corpus is said, not published quietly: the site build then stops (src/lib/config.ts).
  if (all.length === 0) error(`⚠ ${RAW}/ holds no raw file to convert (${TEXT_EXTENSIONS.join(' ')}): no document is published, and npm run build:site will stop on the empty corpus`);
  failed += listing.refused.length;
  return failed > 0 ? 1 : 0;
}

/** Corrections files whose raw file is not converted (so the corrections do nothing). */
function orphanCorrections(root: string, converted: readonly string[], refused: readonly string[]): string[] {
  const known = new Set([...converted, ...refused]);
  return listFiles(join(root, PATHS.corrections), '.json').filter((f) => !known.has(f.slice(0, -'.json'.length)));
}

/** What a raw file produced last time, from its committed report. */
function previousOutputs(root: string, file: string): string[] {
  const old = readIfExists(join(root, REPORT, `${file}.json`));
  const docs = old ? ((JSON.parse(old) as FileReport).documents ?? []).map((d) => `${DOCS}/${d.slug}.md`) : [];
  return [...docs, `${REPORT}/${file}.json`, `${REPORT}/${file}.md`];
}

/** Slugs of the documents a raw file produced last time, from its committed report. */
function previousSlugs(root: string, file: string): string[] {
  const old = readIfExists(join(root, REPORT, `${file}.json`));
  return old ? ((JSON.parse(old) as FileReport).documents ?? []).map((d) => d.slug) : [];
}

/** Output files that no longer correspond to a conversion result (among `previous` when given). */
function staleOutputs(root: string, previous: string[] | null, outputs: Outputs): string[] {
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

