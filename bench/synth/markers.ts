// Number markers as they appear in the seeds (GB/T 9704 order: 一、 → （一） → 1. → （1）),
// with the full-/half-width and punctuation variants found in real files.

import { toChinese } from './numerals.ts';

export interface MarkerStyle {
  paren: 'full' | 'half';
  arabic: '.' | '．' | '、';
}

export const topMarker = (n: number): string => `${toChinese(n)}、`;

export const parenMarker = (n: number, style: MarkerStyle): string =>
  style.paren === 'full' ? `（${toChinese(n)}）` : `(${toChinese(n)})`;

export const arabicMarker = (n: number, style: MarkerStyle): string => `${n}${style.arabic}`;

export const chapterMarker = (n: number): string => `第${toChinese(n)}章`;

export const articleMarker = (n: number): string => `第${toChinese(n)}条`;
