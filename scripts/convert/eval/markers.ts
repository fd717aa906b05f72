// Numbering markers as the evaluation reads them from a line of text, independently of the
// converter's own marker table (an evaluation that reused it could not catch its mistakes).
// A marker is normalised (no spaces, simplified 编/章/节/条/录, half-width digits) so the clean
// original and the converter's heading compare equal.

import { squash } from '../squash.ts';
import { asciiDigits } from '../digits.ts';

const CN = '零〇一二三四五六七八九十百千两';
const NUM = `(?:[${CN}]+|[0-9０-９]+)`;

const patterns: { kind: string; re: RegExp }[] = [
  // 第X编/章/节 (spaced in Taiwan texts: 第 一 章), or one inserted after it (第 九 章之一); a heading,
  // whatever follows, but for 之, 的 or 第 (第八章之規定…, 第二章第一節…: a sentence citing a chapter)
  // and a line ending a sentence (第五章指明之某些貨品…壓力。: a heading is a title).
  { kind: 'law-part', re: new RegExp(`^第\\s*(${NUM})\\s*(分[编編]|[编編章节節])(?:之[${CN}]+)?(?![${CN}0-9之的第])(?!.*[。；]$)`) },
  // 第X条 (之一, 174-1): an article only when the marker ends the line or a space follows it;
  // `第一百二十條第二項…` and `第十条规定的…` are sentences that cite an article.
  { kind: 'article', re: new RegExp(`^第\\s*(${NUM}(?:\\s*-\\s*[0-9]+)?)\\s*([条條](?:之[${CN}]+)?)(?=[\\s\\u3000]|$)`) },
  { kind: 'cn-dun', re: /^([一二三四五六七八九十]+)、/ },
  // Taiwan law database: an item (款) numbered by a numeral and two spaces, 一  行政院…
  { kind: 'cn-dun', re: /^([一二三四五六七八九十]+)(?= {2,}|\u3000)/ },
  { kind: 'cn-paren', re: /^[（(]([一二三四五六七八九十]+)[）)]/ },
  { kind: 'decimal', re: /^([0-9]+(?:[.．][0-9]+)+)(?=[\s\u3000])/ },
  { kind: 'arabic-dot', re: /^([0-9]+)[.．、](?![0-9])/ },
  { kind: 'arabic-paren', re: /^[（(]([0-9]+)[）)]/ },
  { kind: 'cn-shi', re: /^([一二三四五六七八九十]+)是/ },
  // 附件 / 附件1 / 附录 alone or before its title; a numbered one may have a colon (附件一：…) or the
  // full stop a web page sets after the number (附件1.), while 附件：… or 附件1.名称 without a space
  // lists the annexes in the main text. A bare 附件： or 附： line heads the annex under it.
  { kind: 'annex', re: /^(附件|附表|附录|附錄)(?:([一二三四五六七八九十]+|[0-9]+)(?:[.．。](?=$|[\s\u3000])|(?=$|[\s\u3000：:]))|[：:]?(?=$|[\s\u3000]))/ },
  { kind: 'annex', re: /^附[：:](?=$|[\s\u3000])/ },
];

/** Unnumbered structural headings (a whole line). */
export const namedHeadings = new Set([
  '序言', '前言', '附则', '附則', '总则', '總則',
  '关键词', '關鍵詞', '裁判要点', '裁判要點', '相关法条', '相關法條', '分则', '分則',
  '基本案情', '原告诉讼请求', '被告辩称', '申请人请求', '裁判结果', '处理结果', '案例分析', '典型意义', '裁判要旨', '裁判理由', '法院认为', '争议焦点', '案情简介', '简要案情',
]);

const toSimplified: Record<string, string> = { 編: '编', 節: '节', 條: '条', 錄: '录' };
/** A marker as compared: no spaces, ASCII digits, simplified 编/节/条/录. */
const markerKey = (s: string) => asciiDigits(squash(s)).replace(/[編節條錄]/g, (c) => toSimplified[c]!);

export interface Marker {
  kind: string;
  key: string; // normalised marker, e.g. 第四编, 第九百八十九条, 第174-1条, （一）, 1.1, 序言
}

export function markerOf(line: string): Marker | null {
  const text = line.replace(/^[\s\u3000]+/, '');
  for (const { kind, re } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    if (kind === 'decimal' || kind === 'arabic-dot') return { kind, key: markerKey(m[1]!).replace(/．/g, '.') };
    // an annex is named by its word and number alone (附件1. and 附件1 are one heading, 附： is 附)
    if (kind === 'annex') return { kind, key: markerKey(m[0]).replace(/[.．。：:]$/, '') };
    return { kind, key: markerKey(m[0]).replace(/[()]/g, (p) => (p === '(' ? '（' : '）')) };
  }
  const whole = markerKey(text).replace(/[：:]$/, ''); // 前言： (Taiwan law database)
  if (namedHeadings.has(whole)) return { kind: 'named', key: whole };
  // `1　总则` in a plan numbered 1 / 1.1 / 1.1.1: a short line only (a sentence may start with a number).
  const bare = /^([0-9]+)[\s\u3000]+[^\s\u30000-9]/.exec(text);
  if (bare && text.length <= 30) return { kind: 'decimal', key: bare[1]! };
  return null;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 九百八十九 → 989, 一千零一十五 → 1015, 十二 → 12, "174" → 174. */
export function numberOf(numeral: string): number {
  if (/^[0-9]+$/.test(numeral)) return Number(numeral);
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch]!;
    else if (ch in CN_UNIT) {
      total += (digit || 1) * CN_UNIT[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}

/** The id an article marker must get: 第九百八十九条 → art989, 第三十条之一 → art30a1, 第174-1条 → art174a1. */
export function articleId(key: string): string | null {
  const m = /^第([^条-]+?)(?:-([0-9]+))?条(?:之(.+))?$/.exec(key);
  if (!m) return null;
  const sub = m[2] ?? (m[3] ? String(numberOf(m[3])) : undefined);
  return `art${numberOf(m[1]!)}${sub ? `a${sub}` : ''}`;
}
