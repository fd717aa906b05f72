// Dates of a document come from its own head or signature, never from web-page timestamps:
// adoption notes （2019年11月22日…全体会议通过）, date lines ——2021年5月20日 or 2021年5月20日.

import { parseNumeral } from '../../../src/lib/format/markers.ts';

const NUM = '[0-9０-９]+|[一二三四五六七八九十〇零]+';
const DATE = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`);
/** （2019年11月22日中国共产党…会议通过） and the like. */
const ADOPTION_NOTE = new RegExp(`^[（(]\\s*(?:${DATE.source})[^（()）]*(?:通过|通過|批准|发布|發布|印发|印發|讲话|講話|修订|修訂)?[^（()）]*[)）]$`);
/** ——2021年5月20日, 2021年5月20日 alone on a line. */
const DATE_LINE = new RegExp(`^(?:——|—|-{1,2})?\\s*(?:${DATE.source})\\s*$`);

/** 二〇一九 → 2019 (digit by digit); other numerals through parseNumeral. */
function year(text: string): number | null {
  if (/^[一二三四五六七八九〇零]{4}$/.test(text)) return Number([...text].map((c) => parseNumeral(c) ?? 0).join(''));
  return parseNumeral(text);
}

export function parseDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const y = year(m[1]!);
  const mo = parseNumeral(m[2]!);
  const d = parseNumeral(m[3]!);
  if (y === null || mo === null || d === null || y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date of a paragraph that is only a date line or an adoption note; null otherwise. */
export function dateOfDateLine(text: string): string | null {
  const t = text.trim();
  if (!ADOPTION_NOTE.test(t) && !DATE_LINE.test(t)) return null;
  return parseDate(t);
}

/** Issuer named in an adoption note: （2019年…日中国共产党嘉兴市第八届委员会第八次全体会议通过）. */
export function issuerOfAdoptionNote(text: string): string | null {
  const m = new RegExp(`^[（(]\\s*(?:${DATE.source})(.+?)(?:通过|通過|批准)[)）]$`).exec(text.trim());
  return m ? m[4]!.trim() || null : null;
}
