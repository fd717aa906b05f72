// Heading markers of Chinese official documents, as data plus small functions. Shared by the
// converter (cleaner: a line that starts with a marker is not a wrapped continuation; structure:
// nesting, ids) and the site (citation paths come from the markers the converter emits).
// GB/T 9704-2012 orders body headings 一、 → （一） → 1. → （1）; laws use 第X编/第X章/第X节/第X条
// (and 第X条之一 for inserted articles); standards and plans number 1 / 1.1 / 1.1.1; speeches and
// compilations also number with 一是/二是 and a bare digit glued to the text ("1严格…").

import { matchLabel } from './labels.ts';

export type MarkerKind =
  | 'part' // 第四编 (民法典)
  | 'subpart' // 第一分编
  | 'chapter' // 第二章
  | 'section' // 第一节
  | 'article' // 第十五条, 第三十条之一, 第174-1條
  | 'decimal' // 1 总则, 1.1 编制目的, 1.2.1 … (level = number of parts)
  | 'zh-dun' // 一、
  | 'zh-space' // 一  行政院… (Taiwan law database: an item numbered by a numeral and two spaces)
  | 'zh-paren' // （一） or (一)
  | 'arabic-dot' // 1. 1． 1、
  | 'arabic-paren' // （1） or (1)
  | 'zh-shi' // 一是
  | 'zh-yao' // 一要 (speeches)
  | 'zh-di' // 第一， (speeches, articles)
  | 'zh-ordinal' // 首先， 其次， 再次， 最后， (articles)
  | 'arabic-bare'; // 1严格… (digit glued to the heading text; compilations only)

export interface MarkerDef {
  kind: MarkerKind;
  /** Anchored at the start of a paragraph; group 1 is the number. */
  pattern: RegExp;
  /** Numeral system of group 1. */
  numerals: 'zh' | 'arabic' | 'ordinal';
  /** Loose markers are too ambiguous to trust alone; the structure stage needs a run 1, 2, 3… */
  loose: boolean;
  /** Id segment for this level, e.g. art15; null: plain number inside the parent's id (s1-2). */
  idPrefix: string | null;
  /** Letter before the number inside the parent's id, for kinds whose numbers would clash (o1). */
  segment?: string;
}

/** Ordinal words in order; 最后 ("finally") continues whatever sequence it ends. */
export const ORDINAL_WORDS: readonly string[] = ['首先', '其次', '再次'];
export const LAST_ORDINAL = ['最后', '最後'];

const ZH = '[一二三四五六七八九十百千零〇两兩]+'; // 兩: traditional script
const AR = '[0-9０-９]{1,3}';
/** Law numbers run to four digits (民法 第1225條). */
const AR_LAW = '[0-9０-９]{1,4}';
/**
 * After an article number, what makes it a citation rather than the article's start (第十五条规定的…,
 * 第五条第二款, 第三条至第五条); a sentence's end (…第十四條或第十五條。 wrapped before 第十五條) and
 * 條文 (修正發布第 86 條條文, a law's history) too.
 */
const CITING = '(?:[的之中所规規款項项和、，,第至及或与與。；;]|[条條]文)';
/** A quantity after a decimal number and a space: 2.5 万吨, 3 个 (not a heading). */
const DECIMAL_UNIT = '[年月日时時个個万萬亿億千百元吨噸米倍%％人名次家户戶项項条條岁歲天辆輛台亩畝公平]';
/** A quantity after a number: 1年, 3个, 5%… (not a heading marker). */
const UNIT = '[年月日号時时个個项項条條次届屆名家所万萬亿億千百%％种種批岁歲天起件人元户戶座位台辆輛处處块塊张張份篇部场場倍多余餘米]';

/** 第九章之一: a level inserted after 第九章 by an amendment (Taiwan's laws; group 2 is its own number). */
const INSERTED = `(?:之(${ZH}))?`;

export const MARKERS: readonly MarkerDef[] = [
  { kind: 'part', pattern: new RegExp(`^第(${ZH}|${AR_LAW})[编編]${INSERTED}(?!${CITING})`), numerals: 'zh', loose: false, idPrefix: 'pt' },
  { kind: 'subpart', pattern: new RegExp(`^第(${ZH}|${AR_LAW})分[编編]${INSERTED}(?!${CITING})`), numerals: 'zh', loose: false, idPrefix: 'sub' },
  { kind: 'chapter', pattern: new RegExp(`^第(${ZH}|${AR})章${INSERTED}(?!${CITING})`), numerals: 'zh', loose: false, idPrefix: 'ch' },
  { kind: 'section', pattern: new RegExp(`^第(${ZH}|${AR})[节節]${INSERTED}(?!${CITING})`), numerals: 'zh', loose: false, idPrefix: 'sec' },
  // 第十五条 starts an article with or without a space after it, but "第十五条规定的…" cites one.
  // 第三十条之一 / 第174-1條: an article inserted after 第三十条 (group 2 is its own number).
  { kind: 'article', pattern: new RegExp(`^第(${ZH}|${AR_LAW})(?:[条條]之(${ZH})|[-－‐](${AR_LAW})[条條])(?!${CITING})`), numerals: 'zh', loose: false, idPrefix: 'art' },
  { kind: 'article', pattern: new RegExp(`^第(${ZH}|${AR_LAW})[条條](?!${CITING})`), numerals: 'zh', loose: false, idPrefix: 'art' },
  // 1 总则 / 1.1 编制目的 / 1.2.1 …: a space (or ideographic space) before the text; not 2.5 万元.
  { kind: 'decimal', pattern: new RegExp(`^([0-9]{1,2}(?:[.．][0-9]{1,2}){0,3})[ \\t\u3000]+(?=[\\u4e00-\\u9fff（(“《])(?!${DECIMAL_UNIT})`), numerals: 'arabic', loose: false, idPrefix: 'd' },
  // not 一．四三 (1.43 in Chinese numerals, Taiwan's law texts) nor 一、二項 (citing 第一、二項)
  { kind: 'zh-dun', pattern: new RegExp(`^(${ZH})(?:、|．(?![〇零一二三四五六七八九]))`), numerals: 'zh', loose: false, idPrefix: null },
  // Two spaces (or an ideographic one) after the numeral: a single space may be a wrap space ("一 流").
  { kind: 'zh-space', pattern: new RegExp(`^([一二三四五六七八九十]+)(?: {2,}|\u3000+)(?=[\u4e00-\u9fff])`), numerals: 'zh', loose: false, idPrefix: null },
  { kind: 'zh-paren', pattern: new RegExp(`^[（(](${ZH})[）)]`), numerals: 'zh', loose: false, idPrefix: null },
  // "1.5倍" and "2021.5" are numbers, not markers: the separator must not be followed by a digit.
  { kind: 'arabic-dot', pattern: new RegExp(`^(${AR})[ \\t]*[.．、](?![0-9０-９])`), numerals: 'arabic', loose: false, idPrefix: null },
  { kind: 'arabic-paren', pattern: new RegExp(`^[（(](${AR})[）)]`), numerals: 'arabic', loose: false, idPrefix: null },
  { kind: 'zh-shi', pattern: new RegExp(`^(${ZH})是(?![的否])`), numerals: 'zh', loose: true, idPrefix: null },
  { kind: 'zh-yao', pattern: new RegExp(`^(${ZH})要(?=[\\u4e00-\\u9fff])(?![求素点件领])`), numerals: 'zh', loose: true, idPrefix: null },
  // 第一、二項如係… cites the first and second 項 (an enumeration of numerals before 項/款/條)
  { kind: 'zh-di', pattern: new RegExp(`^第(${ZH})[，,、：:](?=\\S)(?!(?:${ZH}[、，,]?)+[项項款条條目])`), numerals: 'zh', loose: true, idPrefix: null },
  // 首先/其次/再次/最后 are numbered by position (o1, o2 …) so they do not clash with 一是 (s1).
  { kind: 'zh-ordinal', pattern: /^(首先|其次|再次|最后|最後)(?=[，,、：:])/, numerals: 'ordinal', loose: true, idPrefix: null, segment: 'o' },
  // A digit glued to CJK text; not a quantity (1年, 3个, 5%…).
  {
    kind: 'arabic-bare',
    pattern: new RegExp(`^([0-9０-９]{1,3})(?=[\\u4e00-\\u9fff“《])(?!${UNIT})`),
    numerals: 'arabic',
    loose: true,
    idPrefix: null,
  },
];

/** GB/T 9704 rank of the body-heading kinds; lower is higher in the hierarchy. */
export const GB_RANK: Readonly<Record<MarkerKind, number>> = {
  part: -2,
  subpart: -1,
  chapter: 0,
  section: 1,
  article: 2,
  decimal: 2.5, // plus 0.1 per level (rankOf): 1.1 nests under 1, and 一、 under either
  'zh-dun': 3,
  'zh-space': 3,
  'zh-paren': 4,
  'arabic-dot': 5,
  'arabic-paren': 6,
  'zh-shi': 7,
  'zh-yao': 7,
  'zh-di': 7,
  'zh-ordinal': 6.5, // above 一是: 首先 … 一是 … 二是 … 其次 … 一是 …
  'arabic-bare': 7,
};

export interface MarkerMatch {
  kind: MarkerKind;
  marker: string; // the marker text as in source, e.g. "（二）"
  number: number;
  rest: string; // text after the marker
  loose: boolean;
  /** 第三十条之一 → 1 (an inserted article's own number; 第九章之一 likewise). */
  sub?: number;
  /** Decimal numbering: every part, 1.2.1 → [1, 2, 1] (number is the last). */
  path?: number[];
}

/** Rank of a match: decimal levels nest (1 above 1.1 above 1.1.1). */
export function rankOf(m: Pick<MarkerMatch, 'kind' | 'path'>): number {
  return GB_RANK[m.kind] + (m.kind === 'decimal' ? 0.1 * (m.path?.length ?? 1) : 0);
}

/** Same level of the same numbering: decimal levels are distinct slots. */
export function slotOf(m: Pick<MarkerMatch, 'kind' | 'path'>): string {
  return m.kind === 'decimal' ? `decimal${m.path?.length ?? 1}` : m.kind;
}

const ZH_DIGIT = new Map<string, number>([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
const ZH_UNIT = new Map<string, number>([['十', 10], ['百', 100], ['千', 1000]]);

/** Parses 一 … 九十九, 一百零五, 一千零一十五; arabic (also full-width) digits too. null when not a numeral. */
export function parseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  // Arabic digits, ASCII or full-width.
  let value = 0;
  let arabic = true;
  for (let i = 0; i < text.length && arabic; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) value = value * 10 + (c - 0x30);
    else if (c >= 0xff10 && c <= 0xff19) value = value * 10 + (c - 0xff10);
    else arabic = false;
  }
  if (arabic) return value;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = ZH_DIGIT.get(ch);
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = ZH_UNIT.get(ch);
    if (unit === undefined) return null;
    total += (digit ?? 1) * unit; // 十五: a unit without a digit means one of it
    digit = null;
  }
  return total + (digit ?? 0);
}

/** Every marker starts with one of these characters: a cheap test before the regexes. */
const FIRST_CHARS = new Set('第一二三四五六七八九十百零〇两兩（(0123456789０１２３４５６７８９首其再最');

/** The marker a paragraph starts with, if any. `kinds` limits which markers count. */
export function matchMarker(paragraph: string, kinds?: readonly MarkerKind[]): MarkerMatch | null {
  if (!FIRST_CHARS.has(paragraph[0] ?? '')) return null;
  for (const def of MARKERS) {
    if (kinds && !kinds.includes(def.kind)) continue;
    const m = def.pattern.exec(paragraph);
    if (!m) continue;
    if (def.kind === 'decimal') {
      const path = m[1]!.split(/[.．]/).map(Number);
      if (path.some((n) => n === 0)) continue;
      return { kind: def.kind, marker: m[1]!, number: path[path.length - 1]!, rest: paragraph.slice(m[1]!.length), loose: false, path };
    }
    const number = def.numerals === 'ordinal' ? ordinalNumber(m[1]!) : parseNumeral(m[1]!);
    if (number === null || number === 0) continue;
    const match: MarkerMatch = { kind: def.kind, marker: m[0], number, rest: paragraph.slice(m[0].length), loose: def.loose };
    const sub = m[2] ?? m[3];
    if (sub !== undefined) {
      const n = parseNumeral(sub);
      if (n === null || n === 0) continue;
      match.sub = n;
    }
    return match;
  }
  return null;
}

/** 首先 → 1, 其次 → 2, 再次 → 3; 最后 → -1 (the next in its sequence, decided by the caller). */
function ordinalNumber(word: string): number {
  return LAST_ORDINAL.includes(word) ? -1 : ORDINAL_WORDS.indexOf(word) + 1;
}

/** Strict markers only: what a line-wrap joiner should treat as the start of a new paragraph. */
export const STRICT_KINDS: readonly MarkerKind[] = MARKERS.filter((d) => !d.loose).map((d) => d.kind);

/** A line that starts a heading: a strict marker, or a whole-line unnumbered heading (前言：). */
export function startsWithHeadingMarker(line: string): boolean {
  const t = line.trim();
  return matchMarker(t, STRICT_KINDS) !== null || matchLabel(t) !== null;
}

export function markerDef(kind: MarkerKind): MarkerDef {
  return MARKERS.find((d) => d.kind === kind)!;
}

const ZH_DIGITS = '零一二三四五六七八九';

/** 2 → 二, 15 → 十五, 105 → 一百零五 (for 第N款 in citations); up to 9999. */
export function zhNumeral(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) zero = out !== '';
    else {
      if (zero) out += '零';
      zero = false;
      out += ZH_DIGITS[d] + unit;
    }
  });
  return n >= 10 && n < 20 ? out.replace(/^一十/, '十') : out;
}
