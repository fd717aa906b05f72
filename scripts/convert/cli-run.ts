import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheKey, codeVersion, readCache, writeCache } from './cli-cache.ts';
import { listFiles, readIfExists, remove, writeAtomic } from './cli-files.ts';
import { loadStages } from './cli-stages.ts';
import { progressLine, summaryTable, type FileOutcome } from './cli-summary.ts';
import { reportJson, reportMarkdown } from './emit-report.ts';
import { convertFile, type FileReport } from './pipeline.ts';
import { SlugManifest } from './slug.ts';

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

/** Expected output files (path relative to root → content) for the converted raw files. */
type Outputs = Map<string, string>;

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
  const version = codeVersion();

  const outcomes: FileOutcome[] = [];
  const outputs: Outputs = new Map();
  const slugOwner = otherFilesSlugs(root, all.filter((f) => !files.includes(f)));
  const failedFiles: string[] = [];
  let conflicts = 0;
  for (const file of files) {
    const t = performance.now();
    const bytes = readFileSync(join(root, RAW, file));
    const corrections = readIfExists(join(root, 'content/corrections', `${file}.json`)) ?? '';
    const key = cacheKey([version, file, bytes, corrections, manifestText]);
    let result = args.cache ? readCache(root, file, key) : null;
    const cached = result !== null;
    try {
      if (!result) {
        result = convertFile(file, bytes, stages, slugs);
        writeCache(root, file, key, result);
      }
    } catch (err) {
      failedFiles.push(file);
      error(`✗ ${err instanceof Error ? err.message : String(err)}`);
      outcomes.push({ file, report: null, cached: false, ms: performance.now() - t });
      continue;
    }
    for (const d of result.docs) {
      const other = slugOwner.get(d.slug);
      if (other) {
        conflicts++;
        error(`✗ ${file}: slug "${d.slug}" is also produced by ${other}; add an override to ${SLUGS} ("${file}#<n>": "<slug>")`);
      }
      slugOwner.set(d.slug, file);
      outputs.set(`${DOCS}/${d.slug}.md`, d.markdown);
    }
    outputs.set(`${REPORT}/${file}.json`, reportJson(result.report));
    outputs.set(`${REPORT}/${file}.md`, reportMarkdown(result.report));
    const outcome = { file, report: result.report, cached, ms: performance.now() - t };
    outcomes.push(outcome);
    if (!args.quiet) log(progressLine(outcome));
  }

  // A file that failed keeps its previous outputs: they are neither rewritten nor stale.
  const kept = new Set(failedFiles.flatMap((f) => previousOutputs(root, f)));
  const stale = staleOutputs(root, files, files === all, outputs).filter((p) => !kept.has(p));
  let failed = failedFiles.length + conflicts;
  if (args.check) {
    const problems = checkOutputs(root, outputs, stale);
    for (const p of problems) error(`✗ ${p}`);
    if (problems.length > 0) error(`--check: ${problems.length} output file(s) differ; run \`npm run convert\` and commit content/docs and content/report`);
    failed += problems.length;
  } else if (conflicts === 0) {
    let written = 0;
    for (const [path, content] of outputs) if (writeAtomic(join(root, path), content)) written++;
    for (const path of stale) remove(join(root, path));
    if (!args.quiet) log(`wrote ${written} file(s), removed ${stale.length} stale file(s)`);
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

/** Slugs that raw files not converted in this run produced last time (to catch clashes). */
function otherFilesSlugs(root: string, others: string[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const f of others) for (const p of previousOutputs(root, f)) if (p.startsWith(DOCS)) owner.set(p.slice(DOCS.length + 1, -3), f);
  return owner;
}

/** Output files that no longer correspond to a conversion result. */
function staleOutputs(root: string, files: string[], everything: boolean, outputs: Outputs): string[] {
  const stale: string[] = [];
  if (everything) {
    for (const f of listFiles(join(root, DOCS), '.md')) if (!outputs.has(`${DOCS}/${f}`)) stale.push(`${DOCS}/${f}`);
    for (const f of listFiles(join(root, REPORT))) if (!outputs.has(`${REPORT}/${f}`)) stale.push(`${REPORT}/${f}`);
    return stale;
  }
  // Converting some files only: their previous documents may be stale.
  for (const file of files) for (const p of previousOutputs(root, file)) if (!outputs.has(p)) stale.push(p);
  return stale;
}

function checkOutputs(root: string, outputs: Outputs, stale: string[]): string[] {
  const problems: string[] = [];
  for (const [path, content] of outputs) {
    const disk = readIfExists(join(root, path));
    if (disk === null) problems.push(`${path}: missing`);
    else if (disk !== content) problems.push(`${path}: differs from the converter's output (first at line ${firstDiffLine(disk, content)})`);
  }
  for (const path of stale) problems.push(`${path}: stale (no raw file produces it)`);
  return problems;
}

function firstDiffLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

