// What build:search writes and the search UI reads. The UI fetches one small file for its
// language, <base>pagefind/<lang lowercased>/manifest.json.gz (gzipped JSON): shards, filter values and the
// script map, packed. <base>pagefind/manifest.json lists the languages (for tools).
export type IndexLang = 'zh-Hans' | 'zh-Hant';

export interface SearchManifest {
  version: 2;
  /** per language: shard folders under pagefind/<lang lowercased>/ and the documents indexed */
  languages: Partial<Record<IndexLang, { shards: string[]; pages: number }>>;
}

export interface LangManifest {
  version: 2;
  lang: IndexLang;
  /** shard folder names under pagefind/<lang lowercased>/; the first one holds Pagefind's runtime */
  shards: string[];
  pages: number;
  /** filter values of the whole index (the menus need no shard) */
  filters: Record<string, string[]>;
  scriptMap: PackedScriptMap;
}

/** Character mapping between the scripts, learned from the corpus (build:search). */
export interface ScriptMap {
  /** traditional → simplified, one character each (the fold used for matching) */
  t2s: Record<string, string>;
  /** simplified → traditional candidates, most frequent first */
  s2t: Record<string, string[]>;
}

/** The script map as strings (half the bytes of the JSON objects): t2s = pairs of characters
 * "體体幹干…"; s2t = space-separated groups, a simplified character then its candidates. */
export interface PackedScriptMap { t2s: string; s2t: string }

export function packScriptMap(map: ScriptMap): PackedScriptMap {
  return {
    t2s: Object.entries(map.t2s).map(([t, s]) => t + s).join(''),
    s2t: Object.entries(map.s2t).map(([s, ts]) => s + ts.join('')).join(' '),
  };
}

export function unpackScriptMap(packed: PackedScriptMap): ScriptMap {
  const t2s: Record<string, string> = {};
  const chars = [...packed.t2s];
  for (let i = 0; i + 1 < chars.length; i += 2) t2s[chars[i]!] = chars[i + 1]!;
  const s2t: Record<string, string[]> = {};
  for (const group of packed.s2t.split(' ')) {
    const [s, ...ts] = [...group];
    if (s && ts.length) s2t[s] = ts;
  }
  return { t2s, s2t };
}
