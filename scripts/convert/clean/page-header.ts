// Running page headers and footers: a short line a PDF, newspaper or web page repeats at each page
// break. Repetition alone is not enough (a law may hold three decisions with the same title, two
// documents in one file may share an issuer line), so an occurrence goes only where it sits at a
// page break. A newspaper header goes everywhere once one copy sits next to a continuation marker,
// a web page's title block when all copies come before any body text; a PDF header or footer goes
// where it sits right next to a page number (blank lines aside), if at least two copies do, and
// copies elsewhere stay with a warning. Sitting between two halves of a sentence is no sign: a
// wrapped title or a law's repeated wording sits there too.
// The split stage may still read a document title from these headers (handed over as `pageHeaders`).
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, formFeedBefore, lines, type Line } from './rule.ts';
import { CONTINUED_FROM, CONTINUED_ON, GAZETTE_HEADER, GAZETTE_NAME, LAW_REPEATS, PAGE_HEADER_MAX_LENGTH } from '../data/newspaper.ts';
import { withMarkerUnspaced } from './spaced-marker.ts';
import { BODY_LINE } from '../data/cruft.ts';
import { startsWithHeadingMarker } from '../../../src/lib/format/markers.ts';
import { pageNumberLines } from './page-number.ts';
import { layout } from './layout.ts';
import { SENTENCE_END } from '../data/wrap.ts';
import { BOX_LINE } from '../data/table.ts';
import { squash } from '../squash.ts';

const DECIMAL_HEADING = /^\d{1,2}(\.\d{1,2})*[\s\u3000]/;
const SENTENCE_INSIDE = /[。！？]./;

export const pageHeaderRule: Rule = {
  kind: 'page-header',
  run(text, ctx) {
    const all = lines(text).filter((l) => l.text.trim() !== '');
    const numbers = new Set([...pageNumberLines(text, all)].filter(([, r]) => r !== null).map(([i]) => i));
    const ff = formFeedBefore(text, all);
    const groups = new Map<string, number[]>(); // header key → indexes in `all`
    const edits: Edit[] = [];
    all.forEach((l, i) => {
      const t = l.text.trim();
      if (GAZETTE_HEADER.test(t)) {
        edits.push(dropLine(text, l, `running page header of a gazette (its name and issue number): ${t}`));
        return;
      }
      // a header is a title or a name: not a numbered heading or 目录 entry (1.1　…), not a clause (…；),
      // no running text (a comma or full stop inside: a law's wording repeated, wrapped the same way)
      // (nor a line of zero-width characters only: an empty paragraph, whitespace.ts makes it blank)
      // (a Taiwan law's 第 一 章 通則 is spaced until the spaced-marker rule runs; every 編 may have one)
      if (numbers.has(i) || BOX_LINE.test(t) || LAW_REPEATS.test(t) || /^[\u200b-\u200d\u2060\ufeff\s]*$/.test(t) || t.length > PAGE_HEADER_MAX_LENGTH || startsWithHeadingMarker(withMarkerUnspaced(t)) || DECIMAL_HEADING.test(t) || /[。！？!?；;，,、：:]$/.test(t) || /[，；。]/.test(t)) return;
      const key = headerKey(t);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    const shape = layout(all);
    const breakBefore = (i: number) => numbers.has(i - 1) || ff[i] === true;
    const headerLike = (i: number) => {
      const t = all[i]!.text.trim();
      return !shape.indented(i) && !shape.full(i) && t.length <= 30 && !/[，。；：、]/.test(t);
    };
    // a short unindented line between a full line and its unindented continuation, in a copy that
    // indents paragraph starts: no line of the text sits there
    const cutsParagraph = (i: number) =>
      shape.indentsParagraphs && headerLike(i) && i > 0 && shape.full(i - 1) && i + 1 < all.length && !shape.indented(i + 1) && !numbers.has(i + 1) && !startsWithHeadingMarker(all[i + 1]!.text.trim());
    // body text: a long line, one that ends a sentence, or (a PDF wrapped short) one with a sentence end inside
    const firstBody = all.findIndex((l) => BODY_LINE.test(l.text.trim()) || SENTENCE_INSIDE.test(l.text.trim()));
    const head = all.slice(0, Math.max(0, firstBody)).map((l) => squash(l.text)).join('\n');
    const namesDocument = (t: string) => GAZETTE_NAME.test(squash(t)) || (squash(t).length >= 4 && head.includes(squash(t)));
    // page breaks with text after them: a copy of three pages or more shows a running line twice
    const innerBreaks = all.filter((_, i) => i > 0 && breakBefore(i) && !numbers.has(i)).length;
    // the line of text before line i, past a page number line
    const textBefore = (i: number) => (numbers.has(i - 1) ? i - 2 : i - 1);
    for (const [, at] of groups) {
      if (at.length !== 1) continue;
      const i = at[0]!;
      const t = all[i]!.text.trim();
      if (!shape.indentsParagraphs) {
        // an unindented copy: a copy of the document's name (a line of its head, or a gazette's name)
        // at a page break, between a full line broken mid-sentence and its continuation (a paragraph's
        // short last line sits there too, so the name is what tells them apart)
        const where = cutsSentence(i);
        if (where) edits.push(dropLine(text, all[i]!, `running page ${where} (one copy, at a page break inside a sentence): ${t}`));
        continue;
      }
      // one copy only (a two-page document): a short unindented line at a page break that cuts a
      // wrapped paragraph, whose halves are a full line and an unindented continuation
      // (the halves are lines of text, not rows of a table: a caption between two tables' rows is the
      // next table's; and a copy of more pages would repeat a running line at another break)
      const prose = (j: number) => !shape.aligned(j);
      const header = breakBefore(i) && shape.full(i - 2) && prose(i - 2) && !shape.indented(i + 1) && i + 1 < all.length && !numbers.has(i + 1) && prose(i + 1);
      const footer = breakBefore(i + 1) && shape.full(i - 1) && prose(i - 1) && !shape.indented(i + 2) && i + 2 < all.length && !numbers.has(i - 1) && prose(i + 2);
      if ((header || footer) && headerLike(i) && innerBreaks <= 1) {
        edits.push(dropLine(text, all[i]!, `running page ${header ? 'header' : 'footer'} (one copy, at a page break inside a wrapped paragraph): ${t}`));
      } else if (headerLike(i) && breakBefore(i) && i > 0 && shape.indented(i + 1)) {
        ctx.warn(all[i]!.start, `short unindented line right after a page break kept (a running header? it repeats nowhere): ${t}`, 'furniture?');
      }
    }
    /** 'header' or 'footer' when line i of an unindented copy sits at a page break inside a sentence, else null. */
    function cutsSentence(i: number): 'header' | 'footer' | null {
      if (shape.indentsParagraphs || !headerLike(i) || !namesDocument(all[i]!.text)) return null;
      if (breakBefore(i) && i + 1 < all.length && runsOnAcross(textBefore(i), i + 1)) return 'header';
      if (breakBefore(i + 1) && !numbers.has(i - 1) && i + 2 < all.length && runsOnAcross(i - 1, i + 2)) return 'footer';
      return null;
    }
    function runsOnAcross(before: number, after: number): boolean {
      if (before < 0 || !shape.hardWrapped || !shape.full(before) || SENTENCE_END.test(all[before]!.text.trimEnd())) return false;
      const next = all[after]!.text.trim();
      return !numbers.has(after) && !shape.indented(after) && !startsWithHeadingMarker(next);
    }
    // the short last line of a wrapped paragraph at a page break (…适用范围：浙江自 / — 2 — / 贸试验区） /
    // 　　二、…): the line before it runs on, and a new paragraph starts after it, so it is what the
    // line before runs on into; a running header there would leave that line unfinished
    function wrapTail(i: number): boolean {
      if (!shape.indentsParagraphs) return false;
      const before = textBefore(i);
      if (before < 0 || !shape.full(before) || SENTENCE_END.test(all[before]!.text.trimEnd())) return false;
      let next = i + 1;
      while (next < all.length && numbers.has(next)) next++;
      return next < all.length && (shape.indented(next) || startsWithHeadingMarker(all[next]!.text.trim()));
    }
    // a short line that is part of the text however often it repeats: the tail of a wrapped line (the
    // line before is full and runs on: 王晓晖　中央政研室副 / 主任), or a word too short to name a page
    // or a document (a title word 主任, a list entry); a page's title block names something
    const partOfText = (i: number) => squash(all[i]!.text).length < MIN_HEADER_NAME || (i > 0 && runsOnAcross(i - 1, i));
    const deferred: number[][] = []; // repeated lines with no page break of their own, decided last
    // the copies of a header line kept as text: one warning at the first, counting the rest (a table's
    // cell repeated on every row would otherwise warn a hundred times over)
    const warnKept = (kept: readonly number[], why: string, t: string) => {
      if (kept.length === 0) return;
      const where = kept.length === 1 ? 'here' : `here and ${kept.length - 1} more time${kept.length === 2 ? '' : 's'} after`;
      ctx.warn(all[kept[0]!]!.start, `line repeated as a running page header elsewhere but kept ${where} (${why}): ${t}`, 'repeated-line');
    };
    for (const [, at] of groups) {
      if (at.length < 2) continue;
      const t = all[at[0]!]!.text.trim();
      const groupSign = newspaperSign(all, at, firstBody, partOfText);
      if (groupSign) {
        // in the head of a web page the last copy is the document's own title line: it stays
        const drop = groupSign === HEAD_OF_PAGE ? at.slice(0, -1) : at;
        for (const i of drop) edits.push(dropLine(text, all[i]!, `running page header (${groupSign}), ${at.length} occurrences: ${all[i]!.text.trim()}`));
        continue;
      }
      const top = (i: number) => numbers.has(i - 1) || ff[i] === true;
      const bottom = (i: number) => numbers.has(i + 1) || ff[i + 1] === true;
      let atBreak = at.filter((i) => (top(i) || bottom(i)) && !wrapTail(i));
      // a running head keeps its place: two copies, one ending a page and one starting the next, are
      // two lines of text that happen to sit there (an annex title, then the same name as a signer)
      if (atBreak.filter(top).length < 2 && atBreak.filter((i) => bottom(i) && !top(i)).length < 2) atBreak = [];
      // no page numbers left: copies that cut a wrapped paragraph of an indented copy in two
      // (a word too short to name a page or document, 米 or 交点1 of a table wrapped in a PDF, is text)
      const cutting = squash(t).length < MIN_HEADER_NAME ? [] : at.filter((i) => cutsParagraph(i));
      if (atBreak.length < 2 && cutting.length >= 2) {
        for (const i of cutting) edits.push(dropLine(text, all[i]!, `running page header/footer (inside a wrapped paragraph, cut in two), ${cutting.length} of ${at.length} occurrences: ${all[i]!.text.trim()}`));
        warnKept(at.filter((i) => !cutting.includes(i)), 'it cuts no paragraph', t);
        continue;
      }
      // the title line repeated once as a header: the copy in the head stays, the one cutting a sentence goes
      const inHead = at.filter((i) => i < firstBody);
      const cuts = at.filter((i) => i >= firstBody && cutsSentence(i) !== null);
      if (atBreak.length < 2 && inHead.length > 0 && cuts.length > 0 && inHead.length + cuts.length === at.length) {
        for (const i of cuts) edits.push(dropLine(text, all[i]!, `running page ${cutsSentence(i)} (a copy of the document's head line, at a page break inside a sentence): ${t}`));
        continue;
      }
      if (atBreak.length < 2) {
        deferred.push(at);
        continue;
      }
      for (const i of atBreak) edits.push(dropLine(text, all[i]!, `running page header/footer (next to a page number or form feed), ${atBreak.length} of ${at.length} occurrences at page breaks: ${all[i]!.text.trim()}`));
      warnKept(at.filter((i) => !atBreak.includes(i)), 'not at a page break', t);
    }
    // a line stacked under a running header at a page's top (right after the page number or page break)
    // is the header's second line: a table's column heads repeated on each page under the schedule's
    // legend, a gazette's issue line under its name. Those copies go; one other copy may stay (the
    // table's own head on its first page). A gazette's footer ends a page: what follows it is the next
    // page's text, so a line after it never counts.
    const dropped = new Set(edits.map((e) => e.offset));
    const droppedLine = (i: number) => i >= 0 && [...Array(all[i]!.end - all[i]!.start + 1).keys()].some((k) => dropped.has(all[i]!.start + k));
    for (const at of deferred) {
      const t = all[at[0]!]!.text.trim();
      const stacked = at.filter((i) => droppedLine(i - 1) && (numbers.has(i - 2) || ff[i - 1] === true));
      if (at.length >= STACKED_MIN && squash(t).length >= MIN_HEADER_NAME && stacked.length >= 2 && stacked.length >= at.length - 1) {
        for (const i of stacked) edits.push(dropLine(text, all[i]!, `running page header (under another running header at a page's top, ${stacked.length} of ${at.length} copies): ${t}`));
      } else ctx.warn(all[at[1]!]!.start, `line repeated ${at.length} times but kept (no sign of a page break): ${t}`, 'repeated-line');
    }
    if (edits.length > 0) ctx.found?.({ pageHeaders: edits.map((e) => text.slice(e.offset, e.offset + e.length).trim()) });
    return edits;
  },
};

const HEAD_OF_PAGE = 'repeated in the head of the page, before any body text';
/** A line goes as a running header's second line only where it repeats this often (a page of text each). */
const STACKED_MIN = 3;
/** Fewer characters than this name no page or document (主任, 附件, 目录). */
const MIN_HEADER_NAME = 4;

/** A sign that all copies of a repeated line are page furniture (newspaper or web page), or null. */
function newspaperSign(all: Line[], at: number[], firstBody: number, partOfText: (i: number) => boolean): string | null {
  if (at.every((i) => (firstBody === -1 || i < firstBody) && !partOfText(i))) return HEAD_OF_PAGE;
  const nearMarker = at.some(
    (i) => (i > 0 && CONTINUED_ON.test(all[i - 1]!.text)) || (i + 1 < all.length && CONTINUED_FROM.test(all[i + 1]!.text)),
  );
  return nearMarker ? 'next to a continuation marker' : null;
}

/**
 * What copies of one running header share: its parts, in any order. Facing pages mirror the header
 * (`2022年第10期　　某某市人民政府公报` on even pages, `某某市人民政府公报　　2022年第10期` on odd ones).
 */
function headerKey(t: string): string {
  return t.split(/[\s\u3000]+/).sort().join(' ');
}
