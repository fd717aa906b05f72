import { chineseDigits } from './vocabulary.ts';

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for section and article numbers up to 99). */
export function toChinese(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new Error(`synth: cannot write ${n} as a Chinese numeral (1–99 only)`);
  if (n < 10) return chineseDigits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : chineseDigits[tens]}十${ones === 0 ? '' : chineseDigits[ones]}`;
}
