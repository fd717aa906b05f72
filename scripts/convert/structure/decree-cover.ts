// The cover of a decree (令) that promulgates a regulation: 中华人民共和国国务院令 / 第707号 /
// 现公布…施行。 / 总理　李克强 / 2018年12月18日. It is the head of the regulation that follows, not a
// document of its own and not its title. Copies put it first, or after the title and its history note.
import { ANNOUNCEMENT_COVER, DECREE_ADOPTED, DECREE_COVER, DECREE_NUMBER, DECREE_SIGNER, DECREE_WORD_LINE, PROMULGATION_SENTENCE, STATE_PREFIX } from '../data/head-lines.ts';
import type { Paragraph } from '../types.ts';
import { isDateLine } from './date.ts';
import { isIssuerLine, isTitleLike } from './head-patterns.ts';

export interface DecreeCover {
  /** The body that decrees, or joint bodies separated by a space (国务院 中央军事委员会). */
  issuer: string;
  /** 令, or 公告 for an announcement that publishes the text (a court's 法释, a standing committee's regulation). */
  word: '令' | '公告';
  /** value: the number (707, 三十); year: a number counted by year (中国人民银行令〔2021〕第4号). */
  number: { value: string; year: string | null; text: string; index: number } | null;
  dateIndex: number | null;
  start: number; // its first paragraph (中华人民共和国国务院令)
  end: number; // first paragraph after the cover
}

/** The bodies a cover names, without the state's name: 中华人民共和国国务院　中华人民共和国中央军事委员会 → 国务院 中央军事委员会. */
const bodiesOf = (names: string[]) =>
  names
    .flatMap((n) => n.trim().split(/[\s　]+/))
    .map((n) => n.replace(STATE_PREFIX, ''))
    .filter(Boolean)
    .join(' ');

const yearOf = (bracketed: string | undefined) => (bracketed ? /\d{4}/.exec(bracketed)![0] : null);

/**
 * 中华人民共和国国务院令 / 第707号 / 现公布…施行。 / 总理 李克强 / 2018年12月18日, starting at paragraph `at`;
 * a joint decree's bodies may stand a line each above 令 (中国人民银行 / 中国银行保险监督管理委员会 / 令 / 〔2022〕第1号).
 */
export function readDecreeCover(ps: readonly Paragraph[], at = 0): DecreeCover | null {
  const first = ps[at]?.text.trim();
  if (!first) return null;
  let issuer: string;
  let word: DecreeCover['word'] = '令';
  let number: DecreeCover['number'] = null;
  let i: number;
  const m = DECREE_COVER.exec(first);
  const a = m ? null : ANNOUNCEMENT_COVER.exec(first);
  const joint = m || a ? null : jointCover(ps, at);
  if (m) {
    issuer = bodiesOf(m[1]!.split(/[\s　]+/));
    i = at + 1;
    if (m[3]) number = { value: m[3].replace(/^第|号$/g, '').trim(), year: yearOf(m[2]), text: first.slice(m[1]!.length).replace(/^[\s　]*令/, '').trim(), index: at };
  } else if (a) {
    issuer = bodiesOf([a[1]!]);
    word = '公告';
    i = at + 1;
  } else if (joint) {
    issuer = joint.issuer;
    word = joint.word;
    i = joint.index + 1;
  } else return null;
  // an announcement has no number of its own: its promulgation sentence shows it is a cover
  if (word === '公告' && !PROMULGATION_SENTENCE.test(ps[i]?.text.trim() ?? '')) return null;
  if (!number && word === '令') {
    const n = ps[i] ? DECREE_NUMBER.exec(ps[i]!.text.trim()) : null;
    if (!n) return null; // a title ending in 令 without a number is not a cover
    number = { value: n[2]!, year: yearOf(n[1]), text: ps[i]!.text.trim(), index: i };
    i++;
  }
  for (let j = i; j < Math.min(i + 6, ps.length); j++) {
    if (isDateLine(ps[j]!.text)) return { issuer, word, number, dateIndex: j, start: at, end: j + 1 };
    if (j > i && isTitleLike(ps[j]!.text) && !DECREE_SIGNER.test(ps[j]!.text.trim())) break;
  }
  return { issuer, word, number, dateIndex: null, start: at, end: i };
}

/** Bodies a line each (up to four), then 令 or 公告 alone: the index of that line and the joint issuer. */
function jointCover(ps: readonly Paragraph[], at: number): { issuer: string; word: DecreeCover['word']; index: number } | null {
  const names: string[] = [];
  for (let k = at; k < Math.min(at + 5, ps.length); k++) {
    const t = ps[k]!.text.trim();
    const w = DECREE_WORD_LINE.exec(t);
    if (w) return names.length >= 1 ? { issuer: bodiesOf(names), word: w[1] as DecreeCover['word'], index: k } : null;
    if (!isIssuerLine(t.replace(STATE_PREFIX, ''))) return null;
    names.push(t);
  }
  return null;
}

/** The meeting that adopted the text, as the cover's promulgation sentence names it, and the paragraph. */
export function coverMeeting(ps: readonly Paragraph[], c: DecreeCover): { meeting: string; index: number } | null {
  for (let i = c.start; i < c.end; i++) {
    const m = DECREE_ADOPTED.exec(ps[i]!.text);
    if (m) return { meeting: m[1]!.trim(), index: i };
  }
  return null;
}
