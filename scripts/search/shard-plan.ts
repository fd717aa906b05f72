// Which shard each document goes to, and each shard's key, for incremental index builds.
// A document's shard depends on its slug alone (a hash bucket), so adding or removing one
// document changes one shard, not every shard after it (consecutive slices did that). The
// number of buckets is the smallest power of two that keeps the average shard at most
// `size` documents: shards hold between size/2 and size documents on average, and when the
// corpus doubles past a boundary each bucket splits in two (a one-time full rebuild).
// A shard's key covers everything its bundle is made of; equal key = identical bundle (Pagefind's
// output is deterministic), so a shard with an unchanged key is copied from the previous build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files-under.ts';
import { rendererHash } from '../../src/lib/render/cache-key.ts';
import { sha256 } from '../../src/lib/render/hash.ts';
import type { BuildOptions } from './options.ts';

export interface PlannedShard {
  /** bucket number: the shard's folder name (<lang>/<id>/) */
  id: number;
  /** files in corpus order */
  files: string[];
  /** the first shard holds Pagefind's runtime */
  primary: boolean;
  key: string;
}

/** sourceHash: of the Markdown and the document's status-table row */
export interface ShardDoc { file: string; slug: string; sourceHash: string; collectionTitle: string | null }

export function bucketCount(docs: number, size: number): number {
  let n = 1;
  while (n * size < docs) n *= 2;
  return n;
}

export const bucketOf = (slug: string, count: number): number => Number.parseInt(sha256(slug).slice(0, 8), 16) % count;

const SEARCH_SOURCES = ['scripts/search', 'src/lib/search', 'src/lib/status'];

let code: string | undefined;

/** Hash of the code that decides a shard's bundle: the search build, the renderer, Pagefind, ICU. */
export function searchCodeHash(root = process.cwd()): string {
  if (code) return code;
  const files = SEARCH_SOURCES.flatMap((s) => filesUnder(join(root, s))).filter((f) => /\.(ts|json)$/.test(f));
  let pagefind = 'missing';
  try {
    pagefind = (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch { /* keyed as missing */ }
  code = sha256(JSON.stringify([files.map((f) => [f.slice(root.length), sha256(readFileSync(f))]), rendererHash(root), pagefind, process.versions.icu, process.versions.unicode]));
  return code;
}

/** The shards of a corpus (non-empty buckets in bucket order), each with its key. */
export function planShards(docs: ShardDoc[], opts: Pick<BuildOptions, 'shardSize' | 'recordChars' | 'languages' | 'variant'>, root = process.cwd()): PlannedShard[] {
  const count = bucketCount(docs.length, opts.shardSize);
  const buckets = new Map<number, ShardDoc[]>();
  for (const d of docs) {
    const b = bucketOf(d.slug, count);
    (buckets.get(b) ?? buckets.set(b, []).get(b)!).push(d);
  }
  const ids = [...buckets.keys()].sort((a, b) => a - b);
  const common = [searchCodeHash(root), opts.recordChars, opts.languages, opts.variant];
  return ids.map((id, i) => {
    const list = buckets.get(id)!;
    const primary = i === 0;
    return { id, primary, files: list.map((d) => d.file), key: sha256(JSON.stringify([common, id, primary, list.map((d) => [d.slug, d.sourceHash, d.collectionTitle])])) };
  });
}
