// One Pagefind service per shard of documents, through Pagefind's Node API (its own binary,
// offline): one index per language, fed custom records (no HTML to parse), written, and the
// service closed so its memory goes back to the system. The build's peak is one shard's per job.
//
// Pagefind indexes under the neutral code `unknown` and the bundle is then relabelled with the
// real code (zh-hans / zh-hant). Why: for a zh-* code the extended binary runs its own Chinese
// segmenter (charabia/jieba) over the whole content again, although the content is already split
// into words (segment.ts spaceWords), and writes a zero-width space after every word into the
// fragments. Under `unknown` it splits on whitespace only (our words, the same ICU words the
// browser gets from a query), with no stemmer, like zh; fragments are 8% smaller (measured at
// 200 documents; CPU 5–25% less, noisy on a shared machine). The language is named in pagefind-entry.json (key and
// meta hash) and as the prefix of every file name (meta, index chunks, filters, fragments), which
// the meta file lists: relabel() renames them all, so the built files say zh-hans / zh-hant only.
import * as pagefind from 'pagefind';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SearchRecord } from './records.ts';

/** The code Pagefind indexes under: no segmenter, no stemmer (see above). */
export const neutralLanguage = 'unknown';

export interface ShardIndex {
  /** adds one record; resolves once Pagefind has taken it */
  add(record: SearchRecord): Promise<void>;
}

interface EntryJson { languages: Record<string, { hash: string; wasm: string | null; page_count: number }> }

// `unknown_` and `zh-hans_` / `zh-hant_` have the same length, so the meta file's CBOR can be
// rewritten in place (string lengths unchanged). Only hash-like names are touched.
const neutralName = new RegExp(`${neutralLanguage}_(?=(?:group_)?[0-9a-f]{7})`, 'g');

/**
 * Renames the language of a written bundle from the neutral code to `lang` (lower case, as
 * Pagefind writes codes): the entry's key and meta hash, every file name prefix, and the names
 * the meta file lists. Idempotent.
 */
export function relabel(dir: string, lang: string): void {
  const code = lang.toLowerCase();
  if (code.length !== neutralLanguage.length) throw new Error(`build:search: cannot relabel the index as ${lang} (the code must have ${neutralLanguage.length} characters, like zh-hans).`);
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as EntryJson;
  const index = entry.languages[neutralLanguage];
  if (!index) return;
  const rename = (name: string) => name.replace(neutralName, `${code}_`);
  for (const sub of ['fragment', 'index', 'filter']) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)) if (rename(f) !== f) renameSync(join(folder, f), join(folder, rename(f)));
  }
  const meta = readFileSync(join(dir, `pagefind.${index.hash}.pf_meta`));
  // latin1 keeps every byte as one character: only the ASCII names change, lengths stay the same.
  const rewritten = Buffer.from(rename(gunzipSync(meta).toString('latin1')), 'latin1');
  const hash = rename(index.hash);
  writeFileSync(join(dir, `pagefind.${hash}.pf_meta`), gzipSync(rewritten, { level: 9 }));
  if (hash !== index.hash) rmSync(join(dir, `pagefind.${index.hash}.pf_meta`));
  entry.languages = { [code]: { ...index, hash } };
  writeFileSync(entryPath, JSON.stringify(entry));
}

/** Files of a relabelled bundle that still name the neutral code (none expected; for tests). */
export function neutralLeftovers(dir: string): string[] {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const meta = names.filter((f) => f.endsWith('.pf_meta')).map((f) => gunzipSync(readFileSync(join(dir, f))).toString('latin1'));
  return [
    ...names.filter((f) => f.includes(`${neutralLanguage}_`)),
    ...(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8').includes(`"${neutralLanguage}`) ? ['pagefind-entry.json'] : []),
    ...(meta.some((m) => m.includes(`${neutralLanguage}_`)) ? ['pf_meta contents'] : []),
  ];
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
