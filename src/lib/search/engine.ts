// Search engine running in the browser on top of Pagefind:
//  1. spell the query in the index's script (learned script map, no opencc download);
//  2. ask Pagefind (query segmented exactly as the index was) for candidate records (runs of
//     sections of one document), shard by shard (merged with mergeIndex when needed);
//  3. verify each candidate by exact substring match on its folded content, so partial
//     matches never show; place every match in its section; group the records by document.
import { unpackScriptMap, type IndexLang, type LangManifest, type ScriptMap } from './manifest.ts';
import { queryWords } from './segment.ts';
import { despace, fold } from './fold.ts';
import { decodeContext, decodeSections, placeSections, sectionAt } from './record-sections.ts';
import { spellings } from './variants.ts';

export interface SearchOptions { filters?: Record<string, string[]>; sort?: 'relevance' | 'date-desc' | 'date-asc' }

/** One section of a document holding the query. */
export interface SectionHit {
  url: string; // with base and #section
  sectionPath: string[];
  sectionId?: string;
  excerpt: { before: string; match: string; after: string };
}

/** One document holding the query: its best section first, the other sections found so far in `more`. */
export interface SearchHit extends SectionHit {
  pageUrl: string;
  title: string;
  meta: Record<string, string>;
  /** script the result is shown in (the index's), and the document's original script */
  shown: 'hans' | 'hant';
  original?: 'hans' | 'hant';
  more: SectionHit[];
}

interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface PagefindData { url: string; content: string; meta: Record<string, string>; filters?: Record<string, string[]> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

export type { PagefindResult };

/**
 * Pagefind queries whose union holds every page containing the text: the text segmented as the
 * index was, and, when it starts with a one-character word, the same without it, since that
 * character may end a longer word in the page (层治理 inside 基层治理); and the same without a
 * trailing one-character word, which may begin a longer word (2025年 in 2025 年前).
 */
export function candidateQueries(text: string): string[] {
  const words = queryWords(text);
  const out = [words.join(' ')];
  if (words.length > 1 && [...words[0]!].length === 1) out.push(words.slice(1).join(' '));
  // Likewise a trailing one-character word may begin a longer word in the page (年 in 2025 年前).
  if (words.length > 1 && [...words.at(-1)!].length === 1) out.push(words.slice(0, -1).join(' '));
  return out.filter((q) => q);
}

export class SearchQuery {
  private cursor = 0;
  private seen = new Set<string>();
  private byPage = new Map<string, SearchHit>();
  readonly candidates: PagefindResult[] = [];
  /** documents found, in the order they were first verified */
  readonly hits: SearchHit[] = [];
  constructor(private engine: SearchEngine, private needle: string, private ask: () => Promise<PagefindResult[][]>) {}

  /** Asks Pagefind again (after a shard was merged); known records keep their place. */
  async collect(): Promise<void> {
    for (const results of await this.ask()) {
      for (const c of results) if (!this.seen.has(c.id)) { this.seen.add(c.id); this.candidates.push(c); }
    }
  }

  get done(): boolean { return this.cursor >= this.candidates.length && this.engine.allMerged; }
  get checked(): number { return this.cursor; }
  /** Candidates found but not verified yet (shards not yet searched are not counted). */
  get unchecked(): number { return this.candidates.length - this.cursor; }

  /** Adds a verified record to its document's hit; returns the hit if the document is new. */
  private add(hit: SearchHit): SearchHit | undefined {
    const known = this.byPage.get(hit.pageUrl);
    if (!known) {
      this.byPage.set(hit.pageUrl, hit);
      this.hits.push(hit);
      return hit;
    }
    const ids = new Set([known.sectionId, ...known.more.map((m) => m.sectionId)]);
    for (const s of [hit, ...hit.more]) {
      if (ids.has(s.sectionId)) continue;
      ids.add(s.sectionId);
      known.more.push({ url: s.url, sectionPath: s.sectionPath, sectionId: s.sectionId, excerpt: s.excerpt });
    }
    return undefined;
  }

  /**
   * Verifies candidates until `want` more documents are found, none are left, or `budget`
   * candidates were checked. Shards are searched one after another, only when the earlier ones
   * run out. Further sections of documents already shown are added to their `more`.
   */
  async more(want: number, budget = Infinity, batch = want): Promise<SearchHit[]> {
    const found: SearchHit[] = [];
    const stop = this.cursor + budget; // at most `budget` candidates checked (each costs a fragment)
    while (found.length < want && this.cursor < stop) {
      if (this.cursor >= this.candidates.length) {
        if (!(await this.engine.mergeNext())) break;
        await this.collect();
        continue;
      }
      const size = Math.max(1, Math.min(batch, want - found.length));
      const slice = this.candidates.slice(this.cursor, Math.min(this.cursor + size, stop));
      this.cursor += slice.length;
      const checked = await Promise.all(slice.map((c) => this.engine.verify(c, this.needle)));
      for (const h of checked) {
        const fresh = h && this.add(h);
        if (fresh) found.push(fresh);
      }
    }
    return found;
  }

  async all(): Promise<SearchHit[]> {
    while (!this.done) await this.more(1000, Infinity, 24);
    return this.hits;
  }
}

/** The text of a gzip file; a server that already decoded it (Content-Encoding) gives plain bytes. */
async function gunzipText(bytes: ArrayBuffer): Promise<string> {
  const b = new Uint8Array(bytes);
  if (b[0] !== 0x1f || b[1] !== 0x8b) return new TextDecoder().decode(b);
  const stream = new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export class SearchEngine {
  private merged = 1;
  private merging: Promise<boolean> = Promise.resolve(true);
  private constructor(readonly base: string, readonly lang: IndexLang, private pf: Pagefind, readonly map: ScriptMap,
    readonly manifest: LangManifest, private shardDirs: string[]) {}

  /**
   * Loads Pagefind for the page's language with its first shard. Further shards are merged
   * (mergeIndex) only when a query needs more results, so a first search on a large site
   * fetches one shard's index, not all of them.
   */
  static async open(base: string, lang: IndexLang): Promise<SearchEngine> {
    const root = `${base}pagefind/${lang.toLowerCase()}/`;
    const response = await fetch(`${root}manifest.json.gz`);
    if (!response.ok) throw new Error(`no search index for ${lang}`);
    const manifest = JSON.parse(await gunzipText(await response.arrayBuffer())) as LangManifest;
    if (!manifest.shards?.length) throw new Error(`no search index for ${lang}`);
    const dirs = manifest.shards.map((s) => `${root}${s}/`);
    const pf = await (import(/* @vite-ignore */ `${dirs[0]}pagefind.js`) as Promise<Pagefind>);
    await pf.options({ basePath: dirs[0], baseUrl: '/', excerptLength: 0 });
    await pf.init();
    return new SearchEngine(base, lang, pf, unpackScriptMap(manifest.scriptMap), manifest, dirs);
  }

  get allMerged(): boolean { return this.merged >= this.shardDirs.length; }

  /** Merges the next shard; false when all are merged already. */
  mergeNext(): Promise<boolean> {
    this.merging = this.merging.then(async () => {
      if (this.allMerged) return false;
      await this.pf.mergeIndex(this.shardDirs[this.merged]!);
      this.merged++;
      return true;
    });
    return this.merging;
  }

  async mergeAll(): Promise<void> {
    while (await this.mergeNext());
  }

  get script(): 'hans' | 'hant' { return this.lang === 'zh-Hans' ? 'hans' : 'hant'; }

  /** Filter names and values of the whole index (from the manifest: no shard needs loading). */
  filters(): Record<string, string[]> {
    return this.manifest.filters ?? {};
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchQuery> {
    const needle = fold(query, this.map.t2s).text;
    const pfOpts: Record<string, unknown> = {};
    if (opts.filters && Object.keys(opts.filters).length) pfOpts.filters = opts.filters;
    if (opts.sort === 'date-desc') pfOpts.sort = { date: 'desc' };
    if (opts.sort === 'date-asc') pfOpts.sort = { date: 'asc' };
    // Date order is global: every shard must take part from the start.
    if (opts.sort && opts.sort !== 'relevance') await this.mergeAll();
    const forms = needle ? spellings(query.replace(/\s+/g, ''), this.script, this.map) : [];
    // Exact phrase matches first (almost always verified hits, so the first page of results
    // needs few fragments), then everything the looser queries return.
    const terms = [
      ...forms.map((f) => queryWords(f)).filter((w) => w.length > 1).map((w) => `"${w.join(' ')}"`),
      ...forms.flatMap((f) => candidateQueries(f)),
    ];
    const ask = async () => {
      const out: PagefindResult[][] = [];
      for (const t of terms) out.push((await this.pf.search(t, pfOpts))?.results ?? []);
      return out;
    };
    const q = new SearchQuery(this, needle, ask);
    if (needle) await q.collect();
    return q;
  }

  /** The query as spelled in this index's script (first spelling). */
  spell(query: string): string {
    return spellings(query.replace(/\s+/g, ''), this.script, this.map)[0] ?? query;
  }

  /** Pagefind alone, unverified (for measuring what the engine adds). */
  async rawSearch(term: string): Promise<PagefindResult[]> {
    await this.mergeAll();
    return (await this.pf.search(term))?.results ?? [];
  }

  /** A hit if the candidate record really contains the query (every section holding it), else undefined. */
  async verify(c: PagefindResult, needle: string, maxSections = 12): Promise<SearchHit | undefined> {
    const d = await c.data();
    const folded = fold(d.content, this.map.t2s);
    const first = folded.text.indexOf(needle);
    if (first < 0) return undefined;
    const { offsets } = folded;
    const original = (start: number, end: number) => (end > start ? d.content.slice(offsets[start]!, offsets[end - 1]! + 1) : '');
    const placed = placeSections((a, b) => despace(original(a, b)), decodeSections(d.meta.sec), decodeContext(d.meta.ctx));
    const pageUrl = this.base + d.url.replace(/^\//, '').replace(/#.*$/, '');
    const sections: SectionHit[] = [];
    const seen = new Set<string>();
    for (let at = first; at >= 0 && sections.length < maxSections; at = folded.text.indexOf(needle, at + needle.length)) {
      const where = sectionAt(placed, at);
      const key = where?.id ?? '';
      if (seen.has(key)) continue;
      seen.add(key);
      const start = offsets[at]!;
      const end = offsets[at + needle.length - 1]! + 1;
      sections.push({
        url: where?.id ? `${pageUrl}#${where.id}` : pageUrl,
        sectionPath: where?.path ?? [],
        sectionId: where?.id || undefined,
        excerpt: {
          before: despace(d.content.slice(Math.max(0, start - 60), start)).slice(-40),
          match: despace(d.content.slice(start, end)),
          after: despace(d.content.slice(end, end + 80)).slice(0, 60),
        },
      });
    }
    // Filter values are written in the page's script by the build; shown as the document's metadata.
    const fromFilters = Object.entries(d.filters ?? {}).map(([k, v]) => [k, v.join('、')] as const);
    const meta = Object.fromEntries([...Object.entries(d.meta).filter(([k]) => k !== 'sec' && k !== 'ctx'), ...fromFilters]);
    const [best, ...more] = sections;
    return {
      ...best!,
      pageUrl,
      title: meta.title ?? '',
      meta,
      shown: this.script,
      original: meta.script === 'hans' || meta.script === 'hant' ? meta.script : undefined,
      more,
    };
  }
}
