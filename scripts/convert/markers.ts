// Heading markers of Chinese official documents, as data plus two small functions.
// GB/T 9704-2012 orders body headings 一、 → （一） → 1. → （1）; laws use 第X章/第X节/第X条;
// speeches and compilations also number with 一是/二是 and a bare digit glued to the text ("1严格…").
// Used by the cleaner (a line that starts with a marker is not a wrapped continuation) and
// by the structure stage (nesting, ids).

export type MarkerKind =
  | 'chapter' // 第二章
  | 'section' // 第一节
  | 'article' // 第十五条
  | 'zh-dun' // 一、
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

const ZH = '[一二三四五六七八九十百零〇两兩]+'; // 兩: traditional script
const AR = '[0-9０-９]{1,3}';

export const MARKERS: readonly MarkerDef[] = [
  { kind: 'chapter', pattern: new RegExp(`^第(${ZH}|${AR})章`), numerals: 'zh', loose: false, idPrefix: 'ch' },
  { kind: 'section', pattern: new RegExp(`^第(${ZH}|${AR})[节節]`), numerals: 'zh', loose: false, idPrefix: 'sec' },
  // 第十五条 starts an article with or without a space after it, but "第十五条规定的…" cites one.
  { kind: 'article', pattern: new RegExp(`^第(${ZH}|${AR})[条條](?![的之中所规規款項项和、，,])`), numerals: 'zh', loose: false, idPrefix: 'art' },
  { kind: 'zh-dun', pattern: new RegExp(`^(${ZH})[、．]`), numerals: 'zh', loose: false, idPrefix: null },
  { kind: 'zh-paren', pattern: new RegExp(`^[（(](${ZH})[）)]`), numerals: 'zh', loose: false, idPrefix: null },
  // "1.5倍" and "2021.5" are numbers, not markers: the separator must not be followed by a digit.
  { kind: 'arabic-dot', pattern: new RegExp(`^(${AR})[ \\t]*[.．、](?![0-9０-９])`), numerals: 'arabic', loose: false, idPrefix: null },
  { kind: 'arabic-paren', pattern: new RegExp(`^[（(](${AR})[）)]`), numerals: 'arabic', loose: false, idPrefix: null },
  { kind: 'zh-shi', pattern: new RegExp(`^(${ZH})是(?![的否])`), numerals: 'zh', loose: true, idPrefix: null },
  { kind: 'zh-yao', pattern: new RegExp(`^(${ZH})要(?=[\\u4e00-\\u9fff])(?![求素点件领])`), numerals: 'zh', loose: true, idPrefix: null },
  { kind: 'zh-di', pattern: new RegExp(`^第(${ZH})[，,、：:](?=\\S)`), numerals: 'zh', loose: true, idPrefix: null },
  // 首先/其次/再次/最后 are numbered by position (o1, o2 …) so they do not clash with 一是 (s1).
  { kind: 'zh-ordinal', pattern: /^(首先|其次|再次|最后|最後)(?=[，,、：:])/, numerals: 'ordinal', loose: true, idPrefix: null, segment: 'o' },
  // A digit glued to CJK text; not a quantity (1年, 3个, 5%…).
  {
    kind: 'arabic-bare',
    pattern: new RegExp(`^(${AR})(?=[\\u4e00-\\u9fff“《])(?![年月日号时个项条次届名家所万亿千百%％种批岁天起件人元户座位台辆处块张份篇部场倍多余])`),
    numerals: 'arabic',
    loose: true,
    idPrefix: null,
  },
];

/** GB/T 9704 rank of the body-heading kinds; lower is higher in the hierarchy. */
export const GB_RANK: Readonly<Record<MarkerKind, number>> = {
  chapter: 0,
  section: 1,
  article: 2,
  'zh-dun': 3,
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
}

const ZH_DIGIT = new Map<string, number>([
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);
const ZH_UNIT = new Map<string, number>([['十', 10], ['百', 100]]);

/** Parses 一 … 九十九, 一百零五; arabic (also full-width) digits too. null when not a numeral. */
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
    const number = def.numerals === 'ordinal' ? ordinalNumber(m[1]!) : parseNumeral(m[1]!);
    if (number === null || number === 0) continue;
    return { kind: def.kind, marker: m[0], number, rest: paragraph.slice(m[0].length), loose: def.loose };
  }
  return null;
}

/** 首先 → 1, 其次 → 2, 再次 → 3; 最后 → -1 (the next in its sequence, decided by the caller). */
function ordinalNumber(word: string): number {
  return LAST_ORDINAL.includes(word) ? -1 : ORDINAL_WORDS.indexOf(word) + 1;
}

/** Strict markers only: what a line-wrap joiner should treat as the start of a new paragraph. */
export const STRICT_KINDS: readonly MarkerKind[] = MARKERS.filter((d) => !d.loose).map((d) => d.kind);

export function startsWithHeadingMarker(line: string): boolean {
  return matchMarker(line.trimStart(), STRICT_KINDS) !== null;
}

export function markerDef(kind: MarkerKind): MarkerDef {
  return MARKERS.find((d) => d.kind === kind)!;
}
