// 发文字号: 国发〔2019〕5号, 国办发〔2018〕128号, 国令第707号. Copies write the year's brackets
// as 〔〕 [] ［］ () （） 【】; the published value uses 〔〕, the report keeps what was written.

import { ANNOUNCEMENT_NUMBER_LINE, DECREE_CODES, DOC_NUMBER, DOC_NUMBER_LINE, YEAR_NUMBER_LINE, YEAR_NUMBERED_TYPES } from '../data/head-lines.ts';
import { asciiDigits } from '../digits.ts';

export interface DocNumber {
  value: string; // normalised
  text: string; // as written
}

const digits = (s: string) => asciiDigits(s).replace(/\s+/g, '');

function normalise(m: RegExpExecArray): string {
  return `${m[1]}〔${m[2]}〕${digits(m[3]!).replace(/^第/, '')}`;
}

/** A paragraph that is a 发文字号 and nothing else. */
export function docNumberLine(text: string): DocNumber | null {
  const t = text.trim();
  const m = DOC_NUMBER_LINE.exec(t);
  if (m) return { value: normalise(m), text: t };
  const a = ANNOUNCEMENT_NUMBER_LINE.exec(t);
  return a ? { value: `${a[1]!.trim().replace(/[\s　]+/g, ' ')}${a[2]}${a[3]}年第${digits(a[4]!)}号`, text: t } : null;
}

/** The first 发文字号 inside a text (a glued head line, an info-table value). */
export function findDocNumber(text: string): (DocNumber & { index: number }) | null {
  const m = DOC_NUMBER.exec(text);
  return m ? { value: normalise(m), text: m[0], index: m.index } : null;
}

/**
 * 中华人民共和国国务院令 第707号 → 国令第707号; other bodies: 国家市场监督管理总局令第20号; joint bodies
 * keep their space (国务院 中央军事委员会令第578号); numbers counted by year keep it (中国人民银行令〔2021〕第4号).
 */
export function decreeNumber(body: string, number: string, year: string | null = null): string {
  return `${DECREE_CODES[body] ?? `${body}令`}${year ? `〔${year}〕` : ''}第${digits(number)}号`;
}

/** 2020年第12号 under 市场监管总局关于…的通告 → 市场监管总局通告2020年第12号 (needs the title's issuer and a 公告/通告 type). */
export function yearNumberLine(text: string, issuer: string | null, type: string | null): DocNumber | null {
  const m = YEAR_NUMBER_LINE.exec(text.trim());
  if (!m || !issuer || !type || !(YEAR_NUMBERED_TYPES as readonly string[]).includes(type)) return null;
  return { value: `${issuer}${type}${m[1]}年第${digits(m[2]!)}号`, text: text.trim() };
}
