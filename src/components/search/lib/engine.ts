// Search engine running in the browser on top of Pagefind:
//  1. spell the query in the index's script (learned script map, no opencc download);
//  2. ask Pagefind (query segmented exactly as the index was) for candidate pages, across
//     all shards of the language (merged with mergeIndex);
//  3. verify each candidate by exact substring match on its folded content, so partial
//     matches never show; locate the section holding the match for the link.
import type { SearchManifest, IndexLang, ScriptMap } from './manifest.ts';
import { queryWords } from './segment.ts';
import { despace, fold } from './fold.ts';
import { locate, type Anchor } from './sections.ts';
import { spellings } from './variants.ts';

export interface SearchOptions { filters?: Record<string, string[]>; sort?: 'relevance' | 'date-desc' | 'date-asc' }

export interface SearchHit {
  url: string; // with base and #section
  pageUrl: string;
  title: string;
  sectionPath: string[];
  sectionId?: string;
  excerpt: { before: string; match: string; after: string };
  meta: Record<string, string>;
  /** script the result is shown in (the index's), and the document's original script */
  shown: 'hans' | 'hant';
  original?: 'hans' | 'hant';
}

interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface PagefindData { url: string; content: string; meta: Record<string, string>; filters?: Record<string, string[]>; anchors: (Anchor & { location: number })[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export type { PagefindResult };

/**
 * Pagefind queries whose union holds every page containing the text: the text segmented as the
 * index was, and, when it starts with a one-character word, the same without it, since that
 * character may end a longer word in the page (层治理 inside 基层治理). Pagefind matches
 * the last word as a prefix, so a query ending inside a word is found already.
 */
export function candidateQueries(text: string): string[] {
  const words = queryWords(text);
  const out = [words.join(' ')];
  if (words.length > 1 && [...words[0]!].length === 1) out.push(words.slice(1).join(' '));
  return out.filter((q) => q);
}

export class SearchQuery {
  private cursor = 0;
  readonly hits: SearchHit[] = [];
  constructor(private engine: SearchEngine, private needle: string, readonly candidates: PagefindResult[]) {}
  get done(): boolean { return this.cursor >= this.candidates.length; }
  get checked(): number { return this.cursor; }

  /** Verifies candidates until `want` more hits are found, none are left, or `budget` were checked. */
  async more(want: number, budget = Infinity, batch = 6): Promise<SearchHit[]> {
    const found: SearchHit[] = [];
    const stop = this.cursor + budget; // at most `budget` candidates checked (each costs a fragment)
    while (found.length < want && !this.done && this.cursor < stop) {
      const slice = this.candidates.slice(this.cursor, this.cursor + batch);
      this.cursor += slice.length;
      const checked = await Promise.all(slice.map((c) => this.engine.verify(c, this.needle)));
      for (const h of checked) if (h) found.push(h);
    }
    this.hits.push(...found);
    return found;
  }

  async all(): Promise<SearchHit[]> {
    while (!this.done) await this.more(1000, Infinity, 24);
    return this.hits;
  }
}

export class SearchEngine {
  private constructor(readonly base: string, readonly lang: IndexLang, private pf: Pagefind, readonly map: ScriptMap, readonly manifest: SearchManifest) {}

  /** Loads Pagefind for the page's language and merges its other shards. */
  static async open(base: string, lang: IndexLang): Promise<SearchEngine> {
    const root = `${base}pagefind/`;
    const manifest = (await (await fetch(`${root}manifest.json`)).json()) as SearchManifest;
    const shards = manifest.languages[lang]?.shards;
    if (!shards?.length) throw new Error(`no search index for ${lang}`);
    const dir = (s: string) => `${root}${lang.toLowerCase()}/${s}/`;
    const [pf, map] = await Promise.all([
      import(/* @vite-ignore */ `${dir(shards[0]!)}pagefind.js`) as Promise<Pagefind>,
      fetch(`${root}${manifest.scriptMap}`).then((r) => r.json() as Promise<ScriptMap>),
    ]);
    await pf.options({ basePath: dir(shards[0]!), baseUrl: '/', excerptLength: 0 });
    await pf.init();
    for (const s of shards.slice(1)) await pf.mergeIndex(dir(s));
    return new SearchEngine(base, lang, pf, map, manifest);
  }

  get script(): 'hans' | 'hant' { return this.lang === 'zh-Hans' ? 'hans' : 'hant'; }

  filters(): Promise<Record<string, Record<string, number>>> { return this.pf.filters(); }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchQuery> {
    const needle = fold(query, this.map.t2s).text;
    if (!needle) return new SearchQuery(this, needle, []);
    const pfOpts: Record<string, unknown> = {};
    if (opts.filters && Object.keys(opts.filters).length) pfOpts.filters = opts.filters;
    if (opts.sort === 'date-desc') pfOpts.sort = { date: 'desc' };
    if (opts.sort === 'date-asc') pfOpts.sort = { date: 'asc' };
    const seen = new Set<string>();
    const candidates: PagefindResult[] = [];
    const add = (results: PagefindResult[] | undefined) => {
      for (const c of results ?? []) if (!seen.has(c.id)) { seen.add(c.id); candidates.push(c); }
    };
    const forms = spellings(query.replace(/\s+/g, ''), this.script, this.map);
    // Exact phrase matches first (almost always verified hits, so the first page of results
    // needs few fragments), then everything the looser queries return.
    for (const spelling of forms) {
      const words = queryWords(spelling);
      if (words.length > 1) add((await this.pf.search(`"${words.join(' ')}"`, pfOpts))?.results);
    }
    for (const spelling of forms) for (const terms of candidateQueries(spelling)) add((await this.pf.search(terms, pfOpts))?.results);
    return new SearchQuery(this, needle, candidates);
  }

  /** The query as spelled in this index's script (first spelling). */
  spell(query: string): string {
    return spellings(query.replace(/\s+/g, ''), this.script, this.map)[0] ?? query;
  }

  /** Pagefind alone, unverified (for measuring what the engine adds). */
  async rawSearch(term: string): Promise<PagefindResult[]> {
    return (await this.pf.search(term))?.results ?? [];
  }

  /** A hit if the candidate's text really contains the query, else undefined. */
  async verify(c: PagefindResult, needle: string): Promise<SearchHit | undefined> {
    const d = await c.data();
    const folded = fold(d.content, this.map.t2s);
    const at = folded.text.indexOf(needle);
    if (at < 0) return undefined;
    const start = folded.offsets[at]!;
    const end = folded.offsets[at + needle.length - 1]! + 1;
    const where = locate(d.anchors ?? [], folded.text, at, this.map.t2s);
    const pageUrl = this.base + d.url.replace(/^\//, '');
    const hash = where.sectionId ?? where.paragraphId;
    const title = despace(d.meta.title ?? '');
    // Filter values are written in the page's script by the site; prefer them for display.
    const fromFilters = Object.entries(d.filters ?? {}).map(([k, v]) => [k, v.join('、')] as const);
    const meta = Object.fromEntries([...Object.entries(d.meta), ...fromFilters].map(([k, v]) => [k, despace(v)]));
    return {
      url: hash ? `${pageUrl}#${hash}` : pageUrl,
      pageUrl,
      title,
      sectionPath: where.sectionPath,
      sectionId: where.sectionId,
      excerpt: {
        before: despace(d.content.slice(Math.max(0, start - 60), start)).slice(-40),
        match: despace(d.content.slice(start, end)),
        after: despace(d.content.slice(end, end + 80)).slice(0, 60),
      },
      meta,
      shown: this.script,
      original: meta.script === 'hans' || meta.script === 'hant' ? meta.script : undefined,
    };
  }
}
