// The title-and-heading index for search from file://: opened from a shared drive or
// a USB stick, the browser blocks fetch, module scripts and wasm, so Pagefind cannot run. This
// small index is a classic script (pagefind/<lang>/lite.js) that hands its data to the lite
// search dialog (src/components/search/client/lite-ui.ts). Titles and the top-level
// headings only, in the page's script; a query in the other script matches through the script
// map learned by the build (t2s). Full text needs the site served.
import { fold } from './fold.ts';

/** [slug, title, date ('' when unknown), headings as "id\ttext" lines] */
export type LiteDoc = [string, string, string, string];

export interface LiteData {
  version: 1;
  /** traditional → simplified pairs, as in the manifest's packed script map */
  t2s: string;
  docs: LiteDoc[];
}

/** Headings deeper than the table of contents are left out, and long ones cut, to keep it small. */
export const LITE_MAX_DEPTH = 2;
export const LITE_HEADING_CHARS = 24;

export function liteDoc(slug: string, title: string, date: string | undefined, sections: { id: string; depth: number; path: string[] }[]): LiteDoc {
  const headings = sections
    .filter((s) => s.id && s.depth >= 2 && s.depth <= LITE_MAX_DEPTH && s.path.length)
    .map((s) => `${s.id}\t${[...s.path.at(-1)!.replace(/\s+/g, ' ').trim()].slice(0, LITE_HEADING_CHARS).join('')}`);
  return [slug, title, date ?? '', headings.join('\n')];
}

/** The index as the script file the lite dialog loads (newest first, then by slug: deterministic). */
export function liteScript(docs: LiteDoc[], t2s: string): string {
  const sorted = [...docs].sort((a, b) => b[2].localeCompare(a[2]) || a[0].localeCompare(b[0]));
  const data: LiteData = { version: 1, t2s, docs: sorted };
  // In a classic script: "</script" cannot occur in JSON strings escaped this way.
  return `wenyuanLiteData(${JSON.stringify(data).replace(/</g, '\\u003c')});\n`;
}

export interface LiteHit {
  slug: string;
  title: string;
  date: string;
  titleMatch: boolean;
  /** matching headings: id and text */
  headings: [string, string][];
}

export function t2sMap(packed: string): Record<string, string> {
  const chars = [...packed];
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) map[chars[i]!] = chars[i + 1]!;
  return map;
}

/** The index folded once (whitespace out, traditional → simplified), so each keystroke only compares. */
export interface PreparedLite {
  t2s: Record<string, string>;
  docs: { slug: string; title: string; date: string; folded: string; headings: [string, string, string][] }[];
}

export function prepareLite(data: LiteData): PreparedLite {
  const t2s = t2sMap(data.t2s);
  const f = (text: string) => fold(text, t2s).text;
  return {
    t2s,
    docs: data.docs.map(([slug, title, date, lines]) => ({
      slug, title, date, folded: f(title),
      headings: (lines ? lines.split('\n') : []).map((line) => {
        const tab = line.indexOf('\t');
        const text = line.slice(tab + 1);
        return [line.slice(0, tab), text, f(text)] as [string, string, string];
      }),
    })),
  };
}

/** Documents whose title or a heading holds the query (whitespace and script folded), title hits first. */
export function searchLite(index: PreparedLite, query: string, limit = 50): LiteHit[] {
  const q = fold(query, index.t2s).text;
  if (!q) return [];
  const byTitle: LiteHit[] = [], byHeading: LiteHit[] = [];
  for (const d of index.docs) {
    const titleMatch = d.folded.includes(q);
    const headings = d.headings.filter((h) => h[2].includes(q)).map(([id, text]) => [id, text] as [string, string]);
    if (titleMatch) byTitle.push({ slug: d.slug, title: d.title, date: d.date, titleMatch, headings });
    else if (headings.length) byHeading.push({ slug: d.slug, title: d.title, date: d.date, titleMatch, headings });
  }
  return [...byTitle, ...byHeading].slice(0, limit);
}
