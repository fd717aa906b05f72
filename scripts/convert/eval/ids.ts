import { articleId, markerOf, numberOf, type Marker } from './markers.ts';
import { isBlank, isTableRow } from './ground-truth.ts';

// Id accuracy beyond articles: every 编/章/节 and decimal heading gets the id its number implies
// (第四编 → pt4, 第一分编 → …sub1, 第二章 → …ch2, 第九章之一 → …ch9a1, 1.2.1 → d1-2-1), and every 款 of an article with two or more is
// addressable (an anchor <article>-p<N> on the paragraph). Read from the clean original.

export interface IdScore {
  total: number;
  right: number;
  wrong: string[];
}

/** The id ending a heading with this marker must have, or null when the marker implies none. */
function idFor(m: Marker): RegExp | null {
  if (m.kind === 'article') {
    const id = articleId(m.key);
    return id ? new RegExp(`(^|-)${id}$`) : null;
  }
  if (m.kind === 'decimal') return new RegExp(`^(annex[0-9]+-)?d${m.key.split('.').join('-')}$`); // an annex's own numbering carries its prefix
  const law = /^第(.+?)(分编|[编章节])(?:之(.+))?$/.exec(m.key);
  if (m.kind !== 'law-part' || !law) return null;
  const prefix = { 编: 'pt', 分编: 'sub', 章: 'ch', 节: 'sec' }[law[2] as '编' | '分编' | '章' | '节'];
  return new RegExp(`(^|-)${prefix}${numberOf(law[1]!)}${law[3] ? `a${numberOf(law[3])}` : ''}$`);
}

/** Headings (as converted: their text and id) whose marker implies an id. */
export function structureIds(nodes: readonly { heading: string; id: string }[]): IdScore {
  const score: IdScore = { total: 0, right: 0, wrong: [] };
  for (const n of nodes) {
    const m = markerOf(n.heading);
    const want = m ? idFor(m) : null;
    if (!m || !want) continue;
    score.total++;
    if (want.test(n.id)) score.right++;
    else if (score.wrong.length < 5) score.wrong.push(`${m.key}→${n.id}`);
  }
  return score;
}

/** Kinds that end an article's scope; other markers (（一）, 一、, 1.) are its items. */
const SCOPE_END = new Set(['article', 'law-part', 'named', 'decimal', 'annex']);

/** An annex (附件一：…, 附录, 附：) ends the last article, with or without a colon after its number. */
const ANNEX = /^[\s\u3000]*(附件|附表|附录|附錄|附[：:])/;

/** 款 per article in the clean original: its own text, then each line that is not an item. */
export function expectedClauses(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  let article: string | null = null;
  for (const line of lines) {
    // table rows (tabs, or a table drawn with box characters) are no 款
    if (isBlank(line) || isTableRow(line) || /^[\s\u3000]*[\u2500-\u257f]/.test(line)) continue;
    const m = markerOf(line);
    if (ANNEX.test(line)) {
      article = null;
      continue;
    }
    if (m && SCOPE_END.has(m.kind)) {
      article = m.kind === 'article' ? articleId(m.key) : null;
      if (article) {
        const own = line.replace(/^[\s\u3000]*第[^条條]+[条條](之[一二三四五六七八九十]+)?/, '').trim();
        out.set(article, own ? 1 : 0);
      }
      continue;
    }
    if (article && !m) out.set(article, out.get(article)! + 1);
  }
  for (const [k, n] of out) if (n < 2) out.delete(k);
  return out;
}

/** 款 anchors found in the emitted Markdown, against the 款 of articles with two or more. */
export function clauseIds(cleanLines: readonly string[], markdowns: readonly string[]): IdScore {
  const found = new Map<string, number>();
  for (const md of markdowns) for (const m of md.matchAll(/\{#(?:annex\d+-)?(art\w+?)-p\d+ marker=/g)) found.set(m[1]!, (found.get(m[1]!) ?? 0) + 1);
  const score: IdScore = { total: 0, right: 0, wrong: [] };
  for (const [article, n] of expectedClauses(cleanLines)) {
    score.total += n;
    const got = Math.min(n, found.get(article) ?? 0);
    score.right += got;
    if (got < n && score.wrong.length < 5) score.wrong.push(`${article}: ${got}/${n}`);
  }
  return score;
}
