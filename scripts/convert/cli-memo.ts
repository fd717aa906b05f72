import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIfExists } from './cli-files.ts';
import { PATHS } from './cli-config.ts';
import { tally, type ProgressNumbers as Progress, type Tally } from './cli-summary.ts';
import { writeAtomicAsync } from './cli-writes.ts';
import type { FileModels, FileReport } from './pipeline.ts';
import type { SectionNode } from './types.ts';

// What the last run emitted, per raw file: its cache key, what the slug decision needs of its
// documents, the slugs and slug warnings it was emitted with, and the content hash of every output
// file. A file whose key, settled slugs and warnings are the same this time and whose outputs on
// disk still hash to what was written is neither read from the conversion cache nor emitted again
// (an unchanged archive of 10,000 documents otherwise re-reads ~1 GB of cache and outputs). The
// decision stays content-based: raw bytes, corrections and code are hashed into the key, outputs
// are hashed when checked; file times are never looked at. `--check` and `--no-cache` ignore it.

export interface MemoDoc { slug: string; title: string; date: string | null; line: number }


export interface MemoEntry {
  key: string;
  docs: MemoDoc[];
  progress: Progress;
  /** settled slugs and the hash of the slug warnings the outputs were emitted with */
  slugs: string[];
  extra: string;
  /** output path (relative to the project) → sha256 of its content */
  outputs: [string, string][];
  tally: Tally;
}

export interface Memo { format: 1; files: Record<string, MemoEntry> }

const MEMO = join(PATHS.cache, 'last-run.json');

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The last run's memo, or an empty one (missing, damaged or of another format: everything is emitted). */
export function readMemo(root: string): Memo {
  try {
    const memo = JSON.parse(readIfExists(join(root, MEMO)) ?? 'null') as Memo | null;
    if (memo?.format === 1 && memo.files && typeof memo.files === 'object') return memo;
  } catch {
    // damaged: a miss
  }
  return { format: 1, files: {} };
}

export function writeMemo(root: string, memo: Memo): Promise<boolean> {
  return writeAtomicAsync(join(root, MEMO), JSON.stringify(memo));
}

const countSections = (nodes: readonly SectionNode[]): number => nodes.reduce((a, n) => a + 1 + countSections(n.children), 0);

/** What the memo keeps of a converted file before its slugs are settled. */
export function memoDocs(result: FileModels): { docs: MemoDoc[]; progress: Progress } {
  const r = result.report;
  return {
    docs: result.models.map((m) => ({ slug: m.slug, title: m.title, date: m.date, line: m.source.startLine })),
    progress: { encoding: r.encoding, docs: result.models.length, sections: result.models.reduce((a, m) => a + countSections(m.sections), 0), removals: r.removals.length, warnings: r.warnings.length },
  };
}

export function memoEntry(key: string, result: FileModels, slugs: readonly string[], extra: string, outputs: [string, string][], report: FileReport): MemoEntry {
  return { key, ...memoDocs(result), slugs: [...slugs], extra, outputs, tally: tally(report) };
}

/** Whether every output still holds exactly what was written (content hash). */
export function outputsIntact(root: string, outputs: readonly [string, string][]): boolean {
  for (const [path, hash] of outputs) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, path));
    } catch {
      return false;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== hash) return false;
  }
  return true;
}

export const sameSlugs = (a: readonly string[], b: readonly string[] | undefined): boolean => !!b && a.length === b.length && a.every((s, i) => s === b[i]);
