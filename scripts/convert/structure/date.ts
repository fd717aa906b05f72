// Dates of a document come from its own head or signature, never from web-page timestamps:
// adoption notes （2019年11月22日…全体会议通过）, date lines ——2021年5月20日 or 2021年5月20日,
// Taiwan's 民國 93 年 05 月 19 日 and 民國一百零九年 (year + 1911).

import { parseNumeral } from '../../../src/lib/format/markers.ts';

// 〇 (U+3007) and ○ (U+25CB, common in older copies: 二○○四年) are both zero.
const NUM = '[0-9０-９]+|[一二三四五六七八九十百〇○零]+';
/** Era before the year: 民國/民国/中華民國 count from 1912 (民國1年). */
const ERA = '(?:中華民國|中华民国|民國|民国)?';
export const DATE_SOURCE = `${ERA}\\s*(?:${NUM})\\s*年\\s*(?:${NUM})\\s*月\\s*(?:${NUM})\\s*日`;
const DATE = new RegExp(`(${ERA})\\s*(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`);
/** （2019年11月22日中国共产党…会议通过） and the like. */
const ADOPTION_NOTE = new RegExp(`^[（(]\\s*(?:${DATE_SOURCE})[^（()）]*(?:通过|通過|批准|发布|發布|印发|印發|讲话|講話|修订|修訂)?[^（()）]*[)）]$`);
/** ——2021年5月20日, 2021年5月20日 alone on a line. */
const DATE_LINE = new RegExp(`^(?:——|—|-{1,2})?\\s*(?:${DATE_SOURCE})\\s*$`);

const digitsOnly = (text: string) => text.replace(/○/g, '〇');

/** 二〇一九 → 2019 (digit by digit); other numerals through parseNumeral. */
function year(text: string): number | null {
  const t = digitsOnly(text);
  if (/^[一二三四五六七八九〇零]{4}$/.test(t)) return Number([...t].map((c) => parseNumeral(c) ?? 0).join(''));
  return parseNumeral(t);
}

/** The first date in `text` as ISO yyyy-mm-dd, or null. */
export function parseDate(text: string): string | null {
  const m = DATE.exec(text);
  return m ? isoOf(m) : null;
}

/** Every date in `text`, in order, with its offset. */
export function datesIn(text: string): { iso: string; index: number; length: number }[] {
  const out: { iso: string; index: number; length: number }[] = [];
  const re = new RegExp(DATE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = isoOf(m);
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out;
}

function isoOf(m: RegExpExecArray): string | null {
  let y = year(m[2]!);
  const mo = parseNumeral(digitsOnly(m[3]!));
  const d = parseNumeral(digitsOnly(m[4]!));
  if (y !== null && m[1]) y += 1911;
  if (y === null || mo === null || d === null || y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** yyyy-mm-dd names a day that exists (2019-13-45 and 2023-02-29 do not). */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The date of a paragraph that is only a date line or an adoption note; null otherwise. */
export function dateOfDateLine(text: string): string | null {
  const t = text.trim();
  if (!ADOPTION_NOTE.test(t) && !DATE_LINE.test(t)) return null;
  return parseDate(t);
}

/** A paragraph that is a date and nothing else (a signature date, ——2021年5月20日). */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim()) && parseDate(text) !== null;
}

/** The adopting meeting named in a one-event adoption note: （2019年…日中国共产党嘉兴市第八届委员会第八次全体会议通过）. */
export function issuerOfAdoptionNote(text: string): string | null {
  const m = new RegExp(`^[（(]\\s*${DATE.source}(.+?)(?:通过|通過|批准)[)）]$`).exec(text.trim());
  return m ? m[5]!.trim() || null : null;
}
