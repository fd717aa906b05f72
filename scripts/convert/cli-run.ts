import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheKey, cacheWrite, codeVersion, readCache } from './cli-cache.ts';
import { listFiles, readIfExists, remove } from './cli-files.ts';
import { WriteQueue, writeAtomicAsync } from './cli-writes.ts';
import { loadStages } from './cli-stages.ts';
import { progressLine, summaryTable, type FileOutcome } from './cli-summary.ts';
import { reportJson, reportMarkdown } from './emit-report.ts';
import { convertModels, emitFile, type FileModels, type FileReport } from './pipeline.ts';
import { settleSlugClashes } from './slug-clash.ts';
import { SlugManifest } from './slug.ts';
import { REGISTRY_PATH, formatRegistry, parseRegistry } from './slug-registry.ts';

// npm run convert                 convert every file in content/raw/
// npm run convert -- <file> …     convert only these raw files
// npm run convert -- --check      fail if content/docs or content/report differ from a fresh conversion
// Flags: --no-cache (convert even unchanged files), --quiet (summary only).

const RAW = 'content/raw';
const DOCS = 'content/docs';
const REPORT = 'content/report';
const SLUGS = 'content/slugs.json';

interface Args {
  check: boolean;
  cache: boolean;
  quiet: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { check: false, cache: true, quiet: false, files: [] };
  for (const a of argv) {
    if (a === '--check') args.check = true;
    else if (a === '--no-cache') args.cache = false;
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a} (use --check, --no-cache, --quiet or raw file names)`);
    else args.files.push(basename(a));
  }
  return args;
}

function loadSlugManifest(root: string): SlugManifest {
  const text = readIfExists(join(root, SLUGS));
  if (text === null) return {};
  const parsed = SlugManifest.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${SLUGS}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
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
  const all = listFiles(join(root, RAW));
  const files = args.files.length > 0 ? args.files : all;
  for (const f of files) if (!all.includes(f)) throw new Error(`${RAW}/${f}: no such raw file (have: ${all.join(', ')})`);
  const stages = loadStages(root);
  const manifestText = readIfExists(join(root, SLUGS)) ?? '';
  const slugs = loadSlugManifest(root);
  const registryText = readIfExists(join(root, REGISTRY_PATH));
  const registry = registryText === null ? [] : parseRegistry(registryText);
  const version = codeVersion();

  // Every raw file takes part in the slug decision, so the listed ones (or all) are converted and
  // the others, when only some are listed, come from the cache or are converted quietly.
  const listed = new Set(files);
  const converted = new Map<string, { models: FileModels; cached: boolean; ms: number }>();
  const outcomes: FileOutcome[] = [];
  const failedFiles: string[] = [];
  const writes = new WriteQueue();
  for (const file of all) {
    await writes.tick();
    const t = performance.now();
    const bytes = readFileSync(join(root, RAW, file));
    const corrections = readIfExists(join(root, 'content/corrections', `${file}.json`)) ?? '';
    const key = cacheKey([version, file, bytes, corrections, manifestText]);
    let models = args.cache || !listed.has(file) ? readCache(root, file, key) : null;
    const cached = models !== null;
    try {
      if (!models) {
        models = convertModels(file, bytes, stages, slugs);
        await writes.add(cacheWrite(root, file, key, models));
      }
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
  return failed > 0 ? 1 : 0;
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

