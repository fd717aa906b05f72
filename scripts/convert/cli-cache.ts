import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIfExists } from './cli-files.ts';
import { PATHS } from './cli-config.ts';
import type { FileModels } from './pipeline.ts';

// Conversion cache: one entry per raw file, keyed by the hash of the raw bytes, its corrections,
// the slug manifest and the converter's own source code. Change any of them and the file is
// converted again; otherwise the stored document models and report are reused. Models, not
// Markdown: slugs are settled across files afterwards (slug-clash.ts), the same for cached and
// fresh files, and then emitted.

export const CACHE_DIR = PATHS.cache;

const HERE = dirname(fileURLToPath(import.meta.url));

/** Hash of every source file of the converter (and the version of the pinyin data it uses). */
export function codeVersion(): string {
  const h = createHash('sha256');
  const dir = HERE;
  const root = dirname(dirname(HERE));
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const f of files) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  h.update(readIfExists(createRequire(import.meta.url).resolve('pinyin-pro/package.json')) ?? '');
  return h.digest('hex');
}

export function cacheKey(parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

// An entry is three parts, one per line: the key, the sha256 of the result's JSON, the result's
// JSON. An entry whose checksum does not match (truncated, edited, disk damage) is a miss: a
// damaged cache can cost time, never a crash or wrong output. `--check` does not read the cache.

export interface CacheEntry {
  key: string;
  result: FileModels;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

export function readCache(root: string, file: string, key: string): CacheEntry['result'] | null {
  const text = readIfExists(join(root, CACHE_DIR, `${file}.json`));
  if (!text) return null;
  const a = text.indexOf('\n');
  const b = text.indexOf('\n', a + 1);
  if (a < 0 || b < 0 || text.slice(0, a) !== key) return null;
  const json = text.slice(b + 1);
  if (sha(json) !== text.slice(a + 1, b)) return null;
  try {
    const result = JSON.parse(json) as FileModels;
    return Array.isArray(result?.models) && typeof result.report === 'object' && result.report !== null ? result : null;
  } catch {
    return null;
  }
}

/**
 * The cache entry's write, to run in the background. Serialised now; written in place, not temp
 * file + rename (a rename per file costs as much as the write here): a torn entry fails its
 * checksum, which is a miss.
 */
export function cacheWrite(root: string, file: string, key: string, result: CacheEntry['result']): () => Promise<boolean> {
  const json = JSON.stringify({ models: result.models, report: result.report });
  const text = `${key}\n${sha(json)}\n${json}`;
  return async () => {
    try {
      await mkdir(join(root, CACHE_DIR), { recursive: true });
      await writeFile(join(root, CACHE_DIR, `${file}.json`), text);
    } catch {
      // The cache is an optimisation: a read-only or missing node_modules must not fail a conversion.
    }
    return false; // not an output file
  };
}
