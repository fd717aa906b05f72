import { ANNEX_HEADING, MAX_ANNEX_LINE } from '../data/annex.ts';
import { dateOfDateLine } from '../structure/date.ts';
import { docNumberLine } from '../structure/doc-number.ts';
import { readDecreeCover } from '../structure/decree-cover.ts';
import { titleAt } from '../structure/head-title.ts';
import { readHistoryNoteLines } from '../structure/history-note.ts';
import { plainTitle } from '../structure/title-repeat.ts';
import { squashInvisible } from '../squash.ts';
import type { Paragraph } from '../types.ts';

// A file may hold several documents one after another. A later document starts at a title
// (possibly wrapped over two lines) that has a document head around it: an issuer line just
// before it ("中共中央 国务院") or a date line / adoption note just after it. A repeated
// page-header title has neither, so it does not start a document. Nor does a title that is
// - the heading of an annex (附件 / 附件：… on the line before it): the text the document appends
//   (a 补充规定 with the interpretation it amends as 附件), part of that document;
// - the document's own title set again in its head, as an official publication prints it under a
//   law collection's title and note (最高人民法院 / 关于…的解释 / 法释〔2023〕7号): only head lines
//   (title, history note, unpunctuated lines) come before it.

/** Indexes of the paragraphs that start a new document (always including 0 when non-empty). */
export function documentStarts(paragraphs: readonly Paragraph[]): number[] {
  const starts = paragraphs.length > 0 ? [0] : [];
  for (let i = 2; i < paragraphs.length; i++) {
    const title = titleAt(paragraphs, i);
    if (!title) continue;
    const issuerBefore = title.issuerLine;
    const after = paragraphs[i + title.span]?.text ?? '';
    const dateAfter = dateOfDateLine(after) !== null;
    if (!issuerBefore && !dateAfter) continue;
    const start = issuerBefore ? i - 1 : i;
    const last = starts[starts.length - 1]!;
    if (start - last < 3) continue; // too close: still the head of the previous one
    if (coverHeads(paragraphs.slice(last, start))) continue; // a decree cover heads this text
    if (isAnnexHeading(paragraphs[start - 1]?.text ?? '') || repeatsTitleInHead(paragraphs, last, start, i + title.span)) {
      i += title.span - 1; // the lines of this title start nothing either
      continue;
    }
    starts.push(start);
  }
  return starts;
}

/** The paragraphs are a decree's or announcement's cover, maybe with the 发文字号 it gives the text (法释〔2021〕12号). */
function coverHeads(ps: readonly Paragraph[]): boolean {
  const end = readDecreeCover(ps)?.end;
  return end === ps.length || (end === ps.length - 1 && docNumberLine(ps[end]!.text) !== null);
}

function isAnnexHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_ANNEX_LINE && ANNEX_HEADING.test(t) && !/[。；]/.test(t);
}

/** Sentence punctuation: a paragraph with it is body text, not a head line. */
const BODY_TEXT = /[。；，：！？;,:!?]/;

/**
 * The paragraphs `start`…`end` spell the title of the document that starts at `last` again, and
 * everything between is head lines: its title, a history note, short lines without punctuation.
 */
function repeatsTitleInHead(ps: readonly Paragraph[], last: number, start: number, end: number): boolean {
  const repeat = ps.slice(start, end).map((p) => p.text).join('');
  const own = titleAt(ps, last);
  const first = own ? ps.slice(last, last + own.span).map((p) => p.text).join('') : ps[last]!.text;
  // the repeat may name joint issuers differently (最高人民法院、最高人民检察院 / 最高人民法院 最高人民检察院)
  if (plainTitle(repeat) !== plainTitle(first)) return false;
  for (let k = last; k < start; k++) {
    const t = ps[k]!.text;
    if (squashInvisible(t) === '') continue;
    if (readHistoryNoteLines((j) => ps[k + j]?.text)) continue;
    if (BODY_TEXT.test(t)) return false;
  }
  return true;
}
