// Who issued a Taiwan law or regulation, as its 沿革 (the amendment history the law database prints with
// the record) says: the body whose 令 issued or last amended it (行政院…號令修正發布, 內政部…號令、法務部…號令
// 會銜訂定發布). A law is promulgated by the President's 令 (總統…令制定公布) for the Legislative Yuan, which
// the record does not name: then there is no issuer, and the reason says so. With no 沿革 the record's
// 法規類別 (行政＞內政部＞營建目) names the competent authority (主管機關), which need not be the issuer.

import { ACT_NUMBER, BODY_END, COMMENCEMENT_ONLY, HISTORY_ENTRY, PROMULGATES_FOR_LEGISLATURE, SUB_UNIT } from '../data/law-record-history.ts';
import { squash } from '../squash.ts';

export interface RecordIssuer {
  issuer: string | null;
  /** Why there is none, for the warning. */
  reason: string | null;
  /** The entry it was read from. */
  text: string;
}

// an entry's number and its date (the Republic's years past 99 are written with 百: 中華民國一百零九年)
const ENTRY_HEAD = new RegExp(String.raw`${HISTORY_ENTRY.source}\s*[0-9０-９一二三四五六七八九十百〇零]+\s*年\s*[0-9０-９一二三四五六七八九十]+\s*月\s*[0-9０-９一二三四五六七八九十]+\s*日`);

/** The issuer the latest entry that issued or amended the text names (entries in their order). */
export function issuerOfHistory(entries: readonly string[]): RecordIssuer | null {
  for (let k = entries.length - 1; k >= 0; k--) {
    const text = squash(entries[k]!);
    const rest = text.replace(ENTRY_HEAD, '');
    if (rest === text || COMMENCEMENT_ONLY.test(rest)) continue;
    const bodies = actorsOf(rest);
    if (bodies.length === 0) continue;
    if (bodies.some((b) => PROMULGATES_FOR_LEGISLATURE.test(b))) {
      return { issuer: null, reason: 'a law promulgated by the President (總統令, its 沿革 says): the Legislative Yuan adopted it, and the copy does not name it', text: entries[k]! };
    }
    return { issuer: bodies.join(' '), reason: null, text: entries[k]! };
  }
  return null;
}

/** The bodies that acted in an entry (after its date): one, or several for a joint act (會銜, 會同). */
function actorsOf(rest: string): string[] {
  const out: string[] = [];
  // joint acts list one 令 each: 行政院院臺法字第…號令、考試院考臺法字第…號令會銜發布
  for (const part of rest.split(/(?<=號令|號公告|號函)、/)) {
    const act = ACT_NUMBER.exec(part);
    const before = act ? part.slice(0, act.index) : (/^(.{2,30}?)(?=令|公布|制定|第[一二三四五六七八九十百0-9]+次會議)/.exec(part)?.[1] ?? '');
    const body = nameOf(before + (act ? act[0] : ''));
    if (body) out.push(body);
    if (!act) break;
  }
  return out;
}

/** The body at the start of `text`: the shortest name that ends like a body, with any sub-unit after it. */
function nameOf(text: string): string | null {
  // an entry about another date (…起廢止, 當然廢止) names no act of this entry's date
  if (/^(?:起|廢止|當然|生效)|中華民國|民國/.test(text)) return null;
  const paren = /^([\u4e00-\u9fff]{2,30}?)[（(][0-9０-９]+[)）]/.exec(text);
  if (paren && BODY_END.test(paren[1]!)) return paren[1]!;
  for (let k = 2; k <= text.length; k++) {
    const name = text.slice(0, k);
    if (!BODY_END.test(name)) continue;
    const unit = SUB_UNIT.exec(text.slice(k));
    // a sub-unit is part of the name when the document code still follows it (…檔案管理局檔秘字第)
    const after = unit ? text.slice(k + unit[0].length) : '';
    // (文化部文授資局字第…: 文授資局 is the document code itself, nothing comes between it and 字第)
    return unit && /字第|令/.test(after) && !/^字第/.test(after) ? name + unit[0] : name;
  }
  return null;
}

/** 法規類別：行政＞內政部＞營建目 → 內政部; 行政＞院本部＞… → 行政院 (the Yuan itself). */
export function competentAuthority(category: string): string | null {
  const parts = category.split(/[＞>]/).map((s) => s.trim());
  if (parts.length < 2 || !parts[1]) return null;
  return parts[1] === '院本部' ? `${parts[0]}院` : parts[1];
}
