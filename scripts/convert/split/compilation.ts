import { matchMarker } from '../../../src/lib/format/markers.ts';
import type { ArticleRef, DocumentPart, Message, Paragraph } from '../types.ts';
import { isSpace, matchIgnoringSpace } from './compact.ts';
import { squash } from '../squash.ts';
import { expandInline } from './inline-paragraphs.ts';
import { toParagraphs } from './paragraphs.ts';

// A compilation (汇编) is a title, a table of contents (目录) whose entries are grouped under
// category headings (一、意见决定 …), then the articles one after another, each opening with
// its title. TOC entries are separated by spaces, and so are the parts of a long title, so
// entry boundaries are read off the body: an article heading is the longest run of TOC entries
// that the body spells (ignoring spaces) at a word boundary.

const TOC_MARKER = /目\s*录/;
/** Leader dots and page number after a TOC entry: "关于…的意见……………3". */
const LEADER = /[.·…‥]{2,}\s*\d*$/;
/** Text that looks like running prose rather than a title. */
const PROSE = /[。；！？]|^.{61,}$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

interface TocEntry {
  text: string;
  category: string | null;
}

/** A year (or span of years) set apart from its 年: "2016 年全省工作要点", "2021-2025 年规划". */
const YEAR = /^[0-9０-９]{4}([-—–~～至到][0-9０-９]{4})?$/;
const AFTER_YEAR = /^年/;

/**
 * Space-separated tokens. A year and the 年 after it are one token: the space between them is
 * typesetting, not a boundary, and a year alone would read as a TOC entry of its own (or a page
 * number after leader dots) that any later "2016 " in the body spells.
 */
function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const prev = out[out.length - 1];
    if (prev && YEAR.test(prev.text) && AFTER_YEAR.test(m[0])) {
      prev.text = text.slice(prev.start, m.index + m[0].length);
      prev.end = m.index + m[0].length;
    } else out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Longest run of entries from `j` (same category) that `text` spells at `pos`; returns [count, end].
 * The heading must end at whitespace, except that a distinctive heading may run straight into
 * its first sentence when a cleaner has dropped the space there ("排头兵2020年…", "现代化作为…").
 */
function headingAt(text: string, pos: number, entries: TocEntry[], j: number): [number, number] {
  let best: [number, number] = [0, -1];
  let loose: [number, number] = [0, -1];
  let needle = '';
  for (let n = 1; j + n - 1 < entries.length; n++) {
    const e = entries[j + n - 1]!;
    if (n > 1 && e.category !== entries[j]!.category) break;
    needle += e.text;
    const end = matchIgnoringSpace(text, pos, needle);
    if (end === -1) break;
    if (isSpace(text[end])) best = [n, end];
    else if (squash(needle).length >= MIN_LOOSE_HEADING) loose = [n, end];
  }
  if (best[0] === 0 && loose[0] > 0 && SENTENCE_BEFORE.test(text.slice(Math.max(0, pos - 3), pos))) return loose;
  return best;
}

const MIN_LOOSE_HEADING = 8;
const SENTENCE_BEFORE = /[。！？”]\s+$/;

export interface CompilationInput {
  file: string;
  text: string; // cleaned text
  paragraphs: Paragraph[];
}

/** Splits a compilation into an index part and one part per article; null when `text` is not one. */
export function splitCompilation({ file, text, paragraphs }: CompilationInput): { parts: DocumentPart[]; warnings: Message[] } | null {
  const tocIndex = paragraphs.findIndex((p) => TOC_MARKER.test(p.text));
  if (tocIndex === -1) return null;
  if (isOwnToc(paragraphs, tocIndex)) return null;
  const tocPara = paragraphs[tocIndex]!;
  const marker = TOC_MARKER.exec(tocPara.text)!;
  const tocStart = tocPara.offset + marker.index + marker[0].length;
  const beforeMarker = tocPara.text.slice(0, marker.index).trim();
  const title = beforeMarker || paragraphs[tocIndex - 1]?.text || '';

  // The TOC runs until the first prose token; the article-1 heading sits just before it.
  const tokens = tokenize(text, tocStart, text.length);
  const proseAt = tokens.findIndex((t) => PROSE.test(t.text));
  if (proseAt <= 1) return null;
  const head = tokens.slice(0, proseAt);
  const entries: TocEntry[] = [];
  const entryTokens: Token[] = [];
  let category: string | null = null;
  let afterLeader = false;
  for (const t of head) {
    const m = matchMarker(t.text, ['zh-dun']);
    const text = t.text.replace(LEADER, '');
    const pageNumber = afterLeader && /^\d{1,4}$/.test(text);
    afterLeader = text !== t.text;
    if (m && m.rest) category = t.text.replace(LEADER, '');
    else if (text && !pageNumber) {
      entries.push({ text, category });
      entryTokens.push(t);
    }
  }
  // The body starts at the last place before the first prose that spells entry 0 (its heading).
  let bodyStart = -1;
  for (let k = entryTokens.length - 1; k >= 1 && bodyStart === -1; k--) {
    if (headingAt(text, entryTokens[k]!.start, entries, 0)[0] > 0) {
      bodyStart = entryTokens[k]!.start;
      entries.length = k;
    }
  }
  if (bodyStart === -1) return null;

  const warnings: Message[] = [];
  const starts: { pos: number; end: number; j: number; n: number }[] = [];
  let j = 0;
  let pos = bodyStart;
  let next = 0; // index into `tokens`: the search for the next article only moves forward
  while (j < entries.length) {
    const [n, end] = headingAt(text, pos, entries, j);
    if (n === 0) break;
    starts.push({ pos, end, j, n });
    j += n;
    if (j >= entries.length) break;
    // Next article: first later token start (after whitespace) that spells entry j.
    const first = squash(entries[j]!.text)[0];
    let found = -1;
    const from = next;
    for (; next < tokens.length; next++) {
      const t = tokens[next]!;
      if (t.start < end || t.text[0] !== first) continue;
      if (headingAt(text, t.start, entries, j)[0] > 0) {
        found = t.start;
        break;
      }
    }
    if (found === -1) {
      warnings.push({ file, severity: 'warning', kind: 'compilation', reason: `compilation: TOC entry "${entries[j]!.text}" not found in the body; it is merged into the previous article` });
      // Skip the entry: the next one is searched from the same place.
      next = from;
      entries.splice(j, 1);
      j -= n;
      starts.pop();
      continue;
    }
    pos = found;
  }

  const articles: ArticleRef[] = [];
  const parts: DocumentPart[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.pos : text.length;
    const articleTitle = text.slice(s.pos, s.end).replace(/\s+/g, ' ');
    const heading = entries[s.j]!.category;
    const ref: ArticleRef = { order: i + 1, title: articleTitle, category: categoryName(heading) };
    if (heading) ref.categoryHeading = heading;
    articles.push(ref);
    parts.push({
      kind: 'article',
      title: articleTitle,
      order: ref.order,
      category: ref.category,
      range: { start: s.pos, end: trimEnd(text, end) },
      paragraphs: expandInline(toParagraphs(text.slice(s.end, end), s.end), text),
    });
  });
  const titleKey = squash(title);
  const preamble = paragraphs.slice(0, tocIndex).filter((p) => squash(p.text) !== titleKey);
  const index: DocumentPart = {
    kind: 'compilation-index',
    title,
    articles,
    range: { start: paragraphs[0]!.offset, end: trimEnd(text, bodyStart) },
    paragraphs: preamble,
  };
  return { parts: [index, ...parts], warnings };
}

/**
 * A document's own 目录 lists its 编/章/节 or decimal headings (the cleaner removes it when the body
 * repeats them); a compilation's lists titles under category headings. Text after the 目录 marker
 * on its line counts as the first entry.
 */
function isOwnToc(paragraphs: readonly Paragraph[], tocIndex: number): boolean {
  const marker = TOC_MARKER.exec(paragraphs[tocIndex]!.text)!;
  const sameLine = paragraphs[tocIndex]!.text.slice(marker.index + marker[0].length).trim();
  const first = sameLine || paragraphs[tocIndex + 1]?.text.trim() || '';
  return matchMarker(first, OWN_TOC_KINDS) !== null;
}
const OWN_TOC_KINDS = ['part', 'subpart', 'chapter', 'section', 'decimal'] as const;

/** "一、意见决定" → "意见决定". */
function categoryName(heading: string | null): string | null {
  if (!heading) return null;
  return matchMarker(heading, ['zh-dun'])?.rest.trim() ?? heading;
}

/** Moves `end` back over whitespace so a range ends on text. */
function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
