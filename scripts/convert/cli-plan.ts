import { basename, join } from 'node:path';
import { codeVersion } from './cli-cache.ts';
import { readIfExists } from './cli-files.ts';
import { PATHS } from './cli-config.ts';
import { listRaw, type RawListing } from './cli-raw-files.ts';
import { findLitter, removeLitter } from './cli-litter.ts';
import { loadStages } from './cli-stages.ts';
import { readRegistryFile } from './slug-registry-file.ts';
import { issueLines } from '../../src/lib/config/zod-errors.ts';
import { SlugManifest } from './slug.ts';
import type { Stages } from './pipeline.ts';
import type { RegistryEntry } from './slug-registry.ts';

// Step 1 of a run: what to do. Reads the options, the raw listing, the slug manifest and registry,
// and everything the conversion of one file depends on; converts nothing.

export interface Args {
  check: boolean;
  cache: boolean;
  quiet: boolean;
  files: string[];
}

export interface Plan {
  args: Args;
  listing: RawListing;
  /** every raw file that can be converted */
  all: string[];
  /** the files the run is about (listed on the command line, or all) */
  files: string[];
  listed: Set<string>;
  /** temp files of an interrupted run (removed already unless --check) */
  litter: string[];
  stages: Stages;
  /** content/slugs.json as text (part of the cache key) and parsed */
  manifestText: string;
  slugs: SlugManifest;
  registryText: string | null;
  registry: RegistryEntry[];
  version: string;
}

export function parseArgs(argv: string[]): Args {
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

export function planRun(argv: string[], root: string): Plan {
  const args = parseArgs(argv);
  const listing = listRaw(root);
  const all = listing.files;
  const files = args.files.length > 0 ? args.files : all;
  for (const f of files) {
    if (all.includes(f)) continue;
    const skipped = listing.skipped.find((s) => s.name === f);
    throw new Error(`${PATHS.raw}/${f}: ${skipped ? `not converted: ${skipped.why}` : `no such raw file (have: ${all.join(', ') || 'none'})`}`);
  }
  // Temp files of an interrupted run: removed now (a run that writes), a problem for --check.
  const litter = findLitter(root);
  if (!args.check) removeLitter(root, litter);
  const stages = loadStages(root);
  const manifestText = readIfExists(join(root, PATHS.slugs)) ?? '';
  const slugs = loadSlugManifest(root);
  const { text: registryText, entries: registry } = readRegistryFile(root);
  return { args, listing, all, files, listed: new Set(files), litter, stages, manifestText, slugs, registryText, registry, version: codeVersion() };
}

function loadSlugManifest(root: string): SlugManifest {
  const { slugs: SLUGS } = PATHS;
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
