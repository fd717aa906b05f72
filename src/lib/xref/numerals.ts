// Chinese numerals as written in references (第二十三条, 第一百零五条, 第三千条, 第（三）项, 第3条).
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const NUMERAL = '[零〇一二两三四五六七八九十百千\\d]+';

/** The value of a numeral (Chinese up to 9999, or Arabic digits); null if it is not one. */
export function numeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in UNIT) {
      // 十 alone (十, 十二) means one ten
      total += (digit ?? 1) * UNIT[ch]!;
      digit = null;
    } else return null;
  }
  if (digit !== null) total += digit;
  return total > 0 ? total : null;
}
