// The pre-rendered document store (layout: prerendered.ts). Small typed reads and writes, used by
// the pre-render step (scripts/render/), the pages and the search index build. Every read is
// forgiving: a missing, unreadable or stale file is `null`, and the caller renders in-process.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Variant } from '../script-view.ts';
import { keyOfHash, rendererHash } from './cache-key.ts';
import { sha256 } from './hash.ts';
import type { PrerenderedDoc } from './prerendered.ts';
import { envValue } from '../config/env-vars.ts';

export { sha256 };

export interface Manifest {
  version: 1;
  corpusDir: string;
  variant: Variant;
  /** slug → entry key */
  docs: Record<string, string>;
}

/** Where entries and manifests live: WENYUAN_RENDER_DIR, default node_modules/.cache/wenyuan-render. */
export function storeDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(envValue(env, 'WENYUAN_RENDER_DIR')!);
}

/** Short id of a corpus folder: first 12 hex of sha1 of its absolute path. */
export function corpusId(corpusDir: string): string {
  return createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 12);
}

export function manifestPath(corpusDir: string, dir = storeDir()): string {
  return join(dir, `manifest-${corpusId(corpusDir)}.json`);
}

export function entryPath(key: string, dir = storeDir()): string {
  return join(dir, `${key}.json`);
}

/** Writes via a temporary file and a rename, so a reader never sees half a file. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** The manifest of a corpus folder, or null if there is none (or it is not version 1). */
export function readManifest(corpusDir: string, dir = storeDir()): Manifest | null {
  const m = readJson(manifestPath(corpusDir, dir)) as Manifest | null;
  return m && m.version === 1 && typeof m.docs === 'object' && m.docs !== null ? m : null;
}

export function writeManifest(manifest: Manifest, dir = storeDir()): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(manifestPath(manifest.corpusDir, dir), `${JSON.stringify(manifest)}\n`);
}

/** One entry by key, or null. Does not check it against a source: see readPrerendered. */
export function readEntry(key: string, dir = storeDir()): PrerenderedDoc | null {
  const e = readJson(entryPath(key, dir)) as PrerenderedDoc | null;
  return e && e.version === 1 && typeof e.sourceHash === 'string' && e.read && e.compare ? e : null;
}

// An entry is its JSON and one newline. JSON.stringify writes no raw newline (it escapes them in
// strings), so an entry is complete exactly when its last byte is that newline: a file cut short
// (a full disk, a copy interrupted, a damaged cache) is found without reading or parsing it.
export function writeEntry(key: string, doc: PrerenderedDoc, dir = storeDir()): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(entryPath(key, dir), `${JSON.stringify(doc)}\n`);
}

/** True when the entry exists and is whole (cheap: one byte read). A cut entry is rendered again. */
export function entryComplete(key: string, dir = storeDir()): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(entryPath(key, dir), 'r');
    const size = fstatSync(fd).size;
    if (size < 2) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The entry for one document of a corpus, only if it is fresh: the manifest (for this variant) names
 * it under the key this source would have under the current renderer (`renderer`, default the
 * hash of the code in `root`, default the working directory), and its sourceHash matches `source`
 * (the Markdown file's text or bytes). Otherwise null: a store written before a plugin or
 * dictionary edit is never read as current.
 */
export function readPrerendered(
  corpusDir: string,
  slug: string,
  source: string | Uint8Array,
  variant: Variant,
  options: { dir?: string; manifest?: Manifest | null; renderer?: string; root?: string } = {},
): PrerenderedDoc | null {
  const dir = options.dir ?? storeDir();
  const manifest = options.manifest !== undefined ? options.manifest : readManifest(corpusDir, dir);
  if (!manifest || manifest.variant !== variant) return null;
  const key = manifest.docs[slug];
  if (!key) return null;
  const sourceHash = sha256(source);
  if (key !== keyOfHash(sourceHash, variant, options.renderer ?? rendererHash(options.root))) return null;
  const entry = readEntry(key, dir);
  return entry && entry.slug === slug && entry.sourceHash === sourceHash ? entry : null;
}
