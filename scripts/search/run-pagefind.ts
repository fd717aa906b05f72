// One Pagefind service per shard of documents, through Pagefind's Node API (its own binary,
// offline): one index per language, fed custom records (no HTML to parse), written, and the
// service closed so its memory goes back to the system. The build's peak is one shard's per job.
//
// Pagefind indexes under the neutral code `unknown` and the bundle is then relabelled with the
// real code (zh-hans / zh-hant). Why: for a zh-* code the extended binary runs its own Chinese
// segmenter (charabia/jieba) over the whole content again, although the content is already split
// into words (segment.ts spaceWords), and writes a zero-width space after every word into the
// fragments. Under `unknown` it splits on whitespace only (our words, the same ICU words the
// browser gets from a query), with no stemmer, like zh; measured at 200 documents: about a
// third less CPU and 8% smaller fragments. Only two things name the language in a bundle:
// pagefind-entry.json (language key and meta hash) and the meta file's name (relabel()).
import * as pagefind from 'pagefind';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from './records.ts';

/** The code Pagefind indexes under: no segmenter, no stemmer (see above). */
export const neutralLanguage = 'unknown';

export interface ShardIndex {
  /** adds one record; resolves once Pagefind has taken it */
  add(record: SearchRecord): Promise<void>;
}

interface EntryJson { languages: Record<string, { hash: string; wasm: string | null; page_count: number }> }

/**
 * Renames the language of a written bundle from the neutral code to `lang` (lower case, as
 * Pagefind writes codes): the entry's key and meta hash, and the meta file's name. Idempotent.
 */
export function relabel(dir: string, lang: string): void {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as EntryJson;
  const code = lang.toLowerCase();
  const index = entry.languages[neutralLanguage];
  if (!index) return;
  const hash = `${code}_${index.hash.slice(neutralLanguage.length + 1)}`;
  renameSync(join(dir, `pagefind.${index.hash}.pf_meta`), join(dir, `pagefind.${hash}.pf_meta`));
  entry.languages = { [code]: { ...index, hash } };
  writeFileSync(entryPath, JSON.stringify(entry));
}

/** Files of a relabelled bundle that still name the neutral code (none expected; for tests). */
export function neutralLeftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes(`${neutralLanguage}_`) || (f === 'pagefind-entry.json' && readFileSync(join(dir, f), 'utf8').includes(`"${neutralLanguage}`)));
}

/** Opens one index per language key, runs `fill`, writes each index to `outputs[key]` (relabelled to key), closes. */
export async function withShard(outputs: Record<string, string>, fill: (indexes: Record<string, ShardIndex>) => Promise<void>): Promise<void> {
  const indexes: Record<string, ShardIndex> = {};
  const raw: Record<string, pagefind.PagefindIndex> = {};
  try {
    for (const [key] of Object.entries(outputs)) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: neutralLanguage });
      if (!index) throw new Error(`build:search: Pagefind could not start (${errors.join('; ')}). Is the pagefind package installed (npm install)?`);
      raw[key] = index;
      indexes[key] = {
        add: async (record) => {
          const r = await index.addCustomRecord({ ...record, language: neutralLanguage });
          if (r.errors.length) throw new Error(`build:search: Pagefind rejected the record ${record.url}: ${r.errors.join('; ')}`);
        },
      };
    }
    await fill(indexes);
    for (const [key, outputPath] of Object.entries(outputs)) {
      const written = await raw[key]!.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`build:search: writing ${outputPath} failed: ${written.errors.join('; ')}`);
      relabel(outputPath, key);
    }
  } finally {
    await pagefind.close();
  }
}
