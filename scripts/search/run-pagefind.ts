// One Pagefind service per shard of documents, through Pagefind's Node API (its own binary,
// offline): one index per language, fed custom records (no HTML to parse), written, and the
// service closed so its memory goes back to the system. The build's peak is one shard's.
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

export interface ShardIndex {
  /** adds one record; resolves once Pagefind has taken it */
  add(record: SearchRecord): Promise<void>;
}

/** Opens one index per language key, runs `fill`, writes each index to `outputs[key]`, closes. */
export async function withShard(outputs: Record<string, string>, fill: (indexes: Record<string, ShardIndex>) => Promise<void>): Promise<void> {
  const indexes: Record<string, ShardIndex> = {};
  const raw: Record<string, pagefind.PagefindIndex> = {};
  try {
    for (const [key] of Object.entries(outputs)) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: key });
      if (!index) throw new Error(`build:search: Pagefind could not start (${errors.join('; ')}). Is the pagefind package installed (npm install)?`);
      raw[key] = index;
      indexes[key] = {
        add: async (record) => {
          const r = await index.addCustomRecord(record);
          if (r.errors.length) throw new Error(`build:search: Pagefind rejected the record ${record.url}: ${r.errors.join('; ')}`);
        },
      };
    }
    await fill(indexes);
    for (const [key, outputPath] of Object.entries(outputs)) {
      const written = await raw[key]!.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`build:search: writing ${outputPath} failed: ${written.errors.join('; ')}`);
    }
  } finally {
    await pagefind.close();
  }
}
