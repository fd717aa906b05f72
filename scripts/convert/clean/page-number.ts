// PDF page numbers (patterns in ../data/page-numbers.ts): a line that is only a page number goes
// with its line end; a dash-framed number glued into running text goes alone. A bare number on its
// own line is a page number only with page evidence: it continues a run N, N+1 … of such lines, or
// it sits between two halves of a sentence. Other bare numbers stay, with a warning.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, formFeedBefore, lines, type Line } from './rule.ts';
import { NEEDS_NUMBER, NEVER_STARTS_LINE } from '../data/wrap.ts';
import { BARE_NUMBER, FOOTER_MAX_LENGTH, GLUED_DOT_PAGE_NUMBER, GLUED_PAGE_NUMBER, PAGE_NUMBER_LINES } from '../data/page-numbers.ts';
import { SENTENCE_END } from '../data/wrap.ts';
import { startsWithHeadingMarker } from '../../../src/lib/format/markers.ts';
import { layout } from './layout.ts';
import { TAB_ROW } from '../data/table.ts';
import { asciiDigits } from '../digits.ts';

/** The closing line of a document: a date (2019年1月27日, 二〇〇五年六月十一日) or a note in brackets. */
const CLOSING_LINE = /(年.{1,3}月.{1,3}日|^[（(].{2,12}[）)])$/;

const ASCII_MARK = /[,.;:!?)(]/;
const CJK_NEAR = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’《》]/;

/** The page-number pattern a whole line matches, or null. */
export function pageNumberLine(trimmed: string): string | null {
  const whole = PAGE_NUMBER_LINES.find((p) => p.pattern.test(trimmed));
  if (whole) return whole.reason;
  // a framed page number and a running footer on one line, apart by a run of spaces
  // (第 3 页 共 3 页　　　　某某省人民政府办公厅印发); not tabs: a table row keeps its cells
  const parts = trimmed.split(/[ \u3000]{2,}/);
  if (parts.length < 2 || parts.length > 3) return null;
  const ends = [parts[0]!, parts.at(-1)!];
  const framed = ends.map((p) => PAGE_NUMBER_LINES.find((x) => x.framed && x.pattern.test(p)));
  const k = framed.findIndex((f) => f !== undefined);
  if (k === -1) return null;
  const footer = parts.filter((p) => p !== ends[k]);
  const short = footer.every((p) => p.length <= FOOTER_MAX_LENGTH && !/[，。；：！？,;!?]/.test(p) && !BARE_NUMBER.test(p));
  return short ? `${framed[k]!.reason}, with a running footer` : null;
}

/**
 * The non-blank lines (indexes in `all`) that are page numbers, with the reason; a bare number
 * that may be one but lacks the evidence maps to null. The page-header rule reads page breaks here.
 */
export function pageNumberLines(text: string, all: readonly Line[]): Map<number, string | null> {
  const out = bareNumberVerdicts(all, formFeedBefore(text, all));
  all.forEach((line, i) => {
    const reason = pageNumberLine(line.text.trim());
    if (reason) out.set(i, reason);
  });
  return out;
}

export const pageNumberRule: Rule = {
  kind: 'page-number',
  run(text, ctx) {
    const all = lines(text).filter((l) => l.text.trim() !== '');
    const edits: Edit[] = [];
    const found = pageNumberLines(text, all);
    // the layout of the lines without their glued page numbers
    const shape = layout(all.map((l) => ({ ...l, text: l.text.replace(GLUED_PAGE_NUMBER, '').replace(GLUED_DOT_PAGE_NUMBER, '') })));
    all.forEach((line, i) => {
      const t = line.text.trim();
      const reason = found.get(i);
      if (reason === null) ctx.warn(line.start, `bare number "${t}" on its own line kept: it may be a page number (no run of page numbers, not inside a sentence)`, 'page-number?');
      if (reason) {
        edits.push(dropLine(text, line, `${reason}: ${t}`));
        return;
      }
      for (const m of [...line.text.matchAll(GLUED_PAGE_NUMBER), ...line.text.matchAll(GLUED_DOT_PAGE_NUMBER)]) {
        // ASCII punctuation of Chinese text (`责任:— 12 —`, made full-width later) looks through to the text
        const at = (k: number, step: number) => (ASCII_MARK.test(line.text[k] ?? '') ? line.text[k + step] ?? '' : line.text[k] ?? '');
        const before = at(m.index - 1, -1);
        const after = at(m.index + m[0].length, 1);
        if (!CJK_NEAR.test(before) && !CJK_NEAR.test(after)) continue;
        // at the end of a line that breaks off mid-sentence, before a line that starts nothing new,
        // the page broke inside the sentence: the line break goes with the number (the line runs on)
        const next = all[i + 1];
        const atEnd = line.text.slice(m.index + m[0].length).trim() === '';
        const runsOn = atEnd && next !== undefined && !SENTENCE_END.test(line.text.slice(0, m.index).trimEnd()) && !/^[ \u3000\t]/.test(next.text) && !startsWithHeadingMarker(next.text);
        // a line full without the number keeps its line break for the line-wrap rule, which joins it by
        // its width (joined here, it would be twice the width and no longer read as a full line)
        const full = shape.full(i);
        const end = runsOn && !full ? next.start : line.start + m.index + m[0].length;
        // before an indented paragraph start (or, after a sentence end, a heading) the copy lost the
        // paragraph break with the page break: the number gives way to a line end
        const match = m[0].trimEnd(); // the indent after it stays the next paragraph's
        const rest = line.text.slice(m.index + match.length);
        // (an indent after it is a paragraph start whatever ends before it: a heading has no full stop)
        const ended = SENTENCE_END.test(line.text.slice(0, m.index).trimEnd());
        const breaks = !atEnd && m.index > 0 && (/^[\u3000]|^[ \t]{2}/.test(rest) || (ended && startsWithHeadingMarker(rest.trim())));
        const length = breaks ? match.length : end - line.start - m.index;
        const why = runsOn ? (full ? ' at the end of a full line broken mid-sentence' : ' at the end of a line broken mid-sentence (the line runs on)') : breaks ? ' between a paragraph end and the next paragraph (a line end instead)' : '';
        edits.push({ offset: line.start + m.index, length, replacement: breaks ? '\n' : '', reason: `page number glued into the text${why}: ${m[0].trim()}` });
      }
    });
    return edits;
  },
};

/** For each bare-number line (index in `all`): why it is a page number, or null to keep it. */
function bareNumberVerdicts(all: readonly Line[], ff: readonly boolean[]): Map<number, string | null> {
  const at: number[] = [];
  // (a number before a line that starts with 。，、）… sits inside a line, as a superscript footnote
  // reference or a code list's wrap does: typesetting never starts a page with such a mark)
  all.forEach((l, i) => {
    // (nor is a number that a line ending 第 or 分之 needs: 100,000 分 之 / 3096 is a share)
    if (BARE_NUMBER.test(l.text.trim()) && !NEVER_STARTS_LINE.test(all[i + 1]?.text.trim() ?? '') && !NEEDS_NUMBER.test(all[i - 1]?.text.trim() ?? '')) at.push(i);
  });
  const value = (i: number) => Number(asciiDigits(all[i]!.text.trim()));
  const out = new Map<number, string | null>();
  const pageOf: number[] = [];
  ff.forEach((f, i) => pageOf.push((pageOf[i - 1] ?? 1) + (f ? 1 : 0)));
  at.forEach((i, k) => {
    const prev = at[k - 1];
    const next = at[k + 1];
    // a run of page numbers: consecutive values, a page of text (5+ lines) apart
    // (the last page may be short: the file's last line continues a run at any distance)
    const last = i === all.length - 1;
    const run =
      (prev !== undefined && value(prev) + 1 === value(i) && (i - prev >= 5 || last)) ||
      (next !== undefined && value(i) + 1 === value(next) && next - i >= 5);
    if (run) {
      out.set(i, 'bare page number, one of a run of consecutive numbers');
      return;
    }
    if (ff[i] || ff[i + 1]) {
      out.set(i, 'bare page number at a form feed (page break)');
      return;
    }
    // with form feeds, a number that is the number of its page
    if (pageOf[i]! > 1 && value(i) === pageOf[i]) {
      out.set(i, `bare page number ${value(i)} on page ${pageOf[i]} (counted by form feeds)`);
      return;
    }
    // a copy ends with its only bare page number (page 1 of a one-page copy, the last page's number)
    if (last && at.length === 1 && CLOSING_LINE.test(all[i - 1]?.text.trim() ?? '')) {
      out.set(i, `bare page number ${value(i)} after the closing date, the copy's only bare number`);
      return;
    }
    const before = all[i - 1]?.text.trim() ?? '';
    const after = all[i + 1]?.text.trim() ?? '';
    // (a table row before it, cells apart by tabs or runs of spaces, is no sentence: the number is the
    // end of its last cell, wrapped off the row: 与红线交点 / 1)
    const row = TAB_ROW.test(before) || / {2,}/.test(before);
    const inside = !row && before.length >= 10 && !SENTENCE_END.test(before) && after !== '' && !startsWithHeadingMarker(after) && !BARE_NUMBER.test(after);
    out.set(i, inside ? 'bare page number between two halves of a sentence' : null);
  });
  return out;
}
