// What build:search writes to <base>pagefind/manifest.json and the search UI reads.
export type IndexLang = 'zh-Hans' | 'zh-Hant';

export interface SearchManifest {
  version: 1;
  /** Shard folder names under pagefind/<lang lowercased>/; the first one holds Pagefind's runtime. */
  languages: Partial<Record<IndexLang, { shards: string[]; pages: number; filters: Record<string, string[]> }>>;
  /** File (under pagefind/) with the learned script map: { t2s, s2t }. */
  scriptMap: string;
}

/** Character mapping between the scripts, learned from the built site (build:search). */
export interface ScriptMap {
  /** traditional → simplified, one character each (the fold used for matching) */
  t2s: Record<string, string>;
  /** simplified → traditional candidates, most frequent first */
  s2t: Record<string, string[]>;
}
