// Chinese numerals as written in references (第二十三条, 第一百零五条, 第三千条, 第（三）项, 第3条). Their
// value is read by the converter's numeral parser (src/lib/format/markers.ts), the one that numbers
// the headings these references point at.
import { parseNumeral } from '../format/markers.ts';

export const NUMERAL = '[零〇一二两三四五六七八九十百千\\d]+';

/** The value of a numeral (Chinese up to 9999, or Arabic digits); null if it is not one, or a Chinese zero (第零条 cites nothing). */
export function numeralValue(text: string): number | null {
  const value = parseNumeral(text);
  return value === 0 && !/^\d+$/.test(text) ? null : value;
}
