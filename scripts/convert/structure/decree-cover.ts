// The cover of a decree (令) that promulgates a regulation: 中华人民共和国国务院令 / 第707号 /
// 现公布…施行。 / 总理　李克强 / 2018年12月18日. It is the head of the regulation that follows, not a
// document of its own and not its title. Copies put it first, or after the title and its history note.
import { DECREE_ADOPTED, DECREE_COVER, DECREE_NUMBER, DECREE_SIGNER } from '../data/head-lines.ts';
import type { Paragraph } from '../types.ts';
import { isDateLine } from './date.ts';
import { isTitleLike } from './head-patterns.ts';

export interface DecreeCover {
  issuer: string;
  number: { value: string; text: string; index: number } | null;
  dateIndex: number | null;
  start: number; // its first paragraph (中华人民共和国国务院令)
  end: number; // first paragraph after the cover
}

/** 中华人民共和国国务院令 / 第707号 / 现公布…施行。 / 总理 李克强 / 2018年12月18日, starting at paragraph `at`. */
export function readDecreeCover(ps: readonly Paragraph[], at = 0): DecreeCover | null {
  const first = ps[at]?.text.trim();
  const m = first ? DECREE_COVER.exec(first) : null;
  if (!m) return null;
  let number: DecreeCover['number'] = null;
  let i = at + 1;
  if (m[2]) number = { value: m[2].replace(/^第|号$/g, '').trim(), text: m[2], index: at };
  else {
    const n = ps[at + 1] ? DECREE_NUMBER.exec(ps[at + 1]!.text.trim()) : null;
    if (!n) return null; // a title ending in 令 without a number is not a cover
    number = { value: n[1]!, text: ps[at + 1]!.text.trim(), index: at + 1 };
    i = at + 2;
  }
  for (let j = i; j < Math.min(i + 6, ps.length); j++) {
    if (isDateLine(ps[j]!.text)) return { issuer: m[1]!, number, dateIndex: j, start: at, end: j + 1 };
    if (j > i && isTitleLike(ps[j]!.text) && !DECREE_SIGNER.test(ps[j]!.text.trim())) break;
  }
  return { issuer: m[1]!, number, dateIndex: null, start: at, end: i };
}

/** The meeting that adopted the text, as the cover's promulgation sentence names it, and the paragraph. */
export function coverMeeting(ps: readonly Paragraph[], c: DecreeCover): { meeting: string; index: number } | null {
  for (let i = c.start; i < c.end; i++) {
    const m = DECREE_ADOPTED.exec(ps[i]!.text);
    if (m) return { meeting: m[1]!.trim(), index: i };
  }
  return null;
}
