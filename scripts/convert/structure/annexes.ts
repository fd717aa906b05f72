import { ANNEX_HEADING_LOOSE, ANNEX_LINE_BREAKS, ANNEX_LIST_REACH, ANNEX_TITLE_OPEN_END, MAX_ANNEX_LINE } from '../data/annex.ts';
import { titleSpan } from './head-title.ts';
import { matchMarker, parseNumeral } from '../../../src/lib/format/markers.ts';
import { isTable } from '../table.ts';
import type { HeadLine, Paragraph, SectionNode } from '../types.ts';
import { dateOfDateLine } from './date.ts';
import { isIssuerLine } from './head-patterns.ts';

// Annexes (附件, 附件1, 附件一：…, 附表2, 附录) after the main text: each is a section of its own
// with id annex<N> (its own number, else its position), its title, and its own numbering inside,
// every id prefixed annex<N>- so it never collides with the main text's. A 附件：… line followed
// by the signature date, or numbering its entries before annexes numbered 附件1 …, is the main
// text's list of annexes, not an annex.

export interface AnnexPart {
  id: string;
  marker: string; // 附件一
  heading: string; // the heading line(s) as in the source, joined by a space
  paragraphs: Paragraph[]; // the annex's text after its heading
  line: Paragraph; // the heading paragraph (for messages)
}

export interface AnnexSplit {
  main: Paragraph[];
  annexes: AnnexPart[];
  /** The main text's annex list (附件：1．… then 2．… lines): body text, never headings, nor an article's 款. */
  listItems: Set<Paragraph>;
}

const MAX_TITLE = 60;
const TITLE_BREAKS = /[。；！？;!?，,：:]/;

export function splitAnnexes(paragraphs: readonly Paragraph[]): AnnexSplit {
  // an annex heading that opens the text is the document's own label (an attachment published as a
  // file of its own: 附件1 / 某某实施细则 / 第一章 …): the document, not an annex of it (head.ts reads it)
  const candidates = paragraphs.flatMap((p, i) => (i > 0 && annexHeading(p.text) ? [i] : []));
  const lists = candidates.filter((i, k) => isList(paragraphs, i, candidates[k + 1] ?? paragraphs.length) || opensNumberedList(paragraphs, i, candidates.slice(k + 1)));
  const starts = candidates.filter((i) => !lists.includes(i));
  const listItems = new Set<Paragraph>();
  for (const i of lists) {
    listItems.add(paragraphs[i]!);
    for (let k = i + 1; k < paragraphs.length && matchMarker(paragraphs[k]!.text) && !isSignatureDate(paragraphs[k]!.text); k++) listItems.add(paragraphs[k]!);
  }
  const annexes: AnnexPart[] = [];
  const used = new Set<string>();
  let firstStart = paragraphs.length;
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : paragraphs.length;
    const m = annexHeading(paragraphs[start]!.text)!;
    let from = start + 1;
    const lines = [paragraphs[start]!.text.trim()];
    // the title on lines of its own after a bare 附件, maybe wrapped; or the rest of a title begun on the 附件 line
    const span = m.title ? (ANNEX_TITLE_OPEN_END.test(m.title) && from < end && isAnnexTitle(paragraphs[from]!.text) ? 1 : 0) : titleLines(paragraphs, from, end);
    if (span > 0) {
      lines.push(paragraphs.slice(from, from + span).map((p) => p.text.trim()).join(''));
      from += span;
    }
    if (from >= end && lines.length === 1) return; // a bare 附件 with nothing after it is no annex
    if (annexes.length === 0) firstStart = start;
    let id = `annex${m.number ?? annexes.length + 1}`;
    for (let r = 2; used.has(id); r++) id = `annex${m.number ?? annexes.length + 1}-r${r}`;
    used.add(id);
    annexes.push({ id, marker: m.marker, heading: lines.join(' '), paragraphs: paragraphs.slice(from, end), line: paragraphs[start]! });
  });
  // Paragraphs between a skipped bare 附件 and the next annex stay in place: only whole annexes move.
  if (annexes.length === 0) return { main: [...paragraphs], annexes, listItems };
  return { main: paragraphs.slice(0, firstStart), annexes, listItems };
}

export function annexHeading(text: string): { marker: string; number: number | null; title: string | undefined } | null {
  const t = text.trim();
  if (t.length > MAX_ANNEX_LINE || isTable(t)) return null;
  const m = ANNEX_HEADING_LOOSE.exec(t);
  if (!m) return null;
  const title = m[3] ?? m[4];
  if (title !== undefined && ANNEX_LINE_BREAKS.test(title)) return null;
  return { marker: `${m[1]}${m[2] ?? ''}`, number: m[2] ? parseNumeral(m[2]) : null, title: title?.trim() || undefined };
}

/**
 * A 附件：… line with the signature date soon after it lists the annexes; the annexes come later.
 * Only names stand between a list and the date: a sentence there is an annex's text, closed by
 * its own signature (a short annexed report: 附件2 / title / its text / 专家组 / date).
 */
function isList(paragraphs: readonly Paragraph[], i: number, next: number): boolean {
  for (let k = i + 1; k < Math.min(next, i + 1 + ANNEX_LIST_REACH); k++) {
    if (isSignatureDate(paragraphs[k]!.text)) return true;
    if (SENTENCE_END.test(paragraphs[k]!.text)) return false;
  }
  return false;
}

/**
 * 附件：1、名称 / 2、名称 … before annexes numbered 附件1, 附件2 …: the entries name the annexes, whether or
 * not a signature date follows (a 规范 ends on its last article, no signature). Taken for an annex, it took
 * `annex1` and left the real 附件1 `annex1-r2`.
 */
function opensNumberedList(paragraphs: readonly Paragraph[], i: number, later: readonly number[]): boolean {
  const m = annexHeading(paragraphs[i]!.text);
  const first = m && m.number === null && m.title ? matchMarker(m.title) : null;
  if (!first || first.number !== 1) return false;
  const second = matchMarker(paragraphs[i + 1]?.text.trim() ?? '');
  return second?.kind === first.kind && second.number === 2 && later.some((k) => annexHeading(paragraphs[k]!.text)?.number === 1);
}

const SENTENCE_END = /[。！？!?]\s*$/;

/** A signature date stands alone (2018年12月23日); an adoption note （…通过） opens another document. */
function isSignatureDate(text: string): boolean {
  return !/^[（(]/.test(text.trim()) && dateOfDateLine(text) !== null;
}

/** How many paragraphs from `from` (before `end`) are the title of a bare 附件: 0 to 3. */
function titleLines(paragraphs: readonly Paragraph[], from: number, end: number): number {
  const first = paragraphs[from];
  if (!first || from >= end || !isAnnexTitle(first.text)) return 0;
  // a document's title under its issuer's line (最高人民法院 / 关于… / …的解释（二）): a 补充规定's annexed interpretation
  const issued = isIssuerLine(first.text.trim()) ? Math.min(titleSpan(paragraphs, from + 1), end - from - 1) : 0;
  if (issued > 0) return 1 + issued;
  const span = Math.min(titleSpan(paragraphs, from), end - from);
  if (span >= 2 && paragraphs.slice(from, from + span).every((p) => isAnnexTitle(p.text))) return span;
  const next = paragraphs[from + 1];
  return ANNEX_TITLE_OPEN_END.test(first.text.trim()) && next && from + 1 < end && isAnnexTitle(next.text) ? 2 : 1;
}

function isAnnexTitle(text: string): boolean {
  return text.length <= MAX_TITLE && !TITLE_BREAKS.test(text) && !isTable(text) && !matchMarker(text) && dateOfDateLine(text) === null;
}

/** The annex as a section: its own sections one level down, ids prefixed. */
export function annexSection(annex: AnnexPart, inner: { preamble: string[]; sections: SectionNode[]; closing: string[] }, signature: HeadLine[] = []): SectionNode {
  const children = inner.sections.map((s) => nest(s, annex.id));
  const node: SectionNode = { id: annex.id, depth: 1, marker: annex.marker, cite: annex.marker, heading: annex.heading, runIn: false, body: [...inner.preamble], children };
  // A closing call inside an annex stays at its end.
  let last: SectionNode = node;
  while (last.children.length > 0) last = last.children[last.children.length - 1]!;
  last.body.push(...inner.closing);
  if (signature.length > 0) node.signature = signature;
  return node;
}

function nest(s: SectionNode, prefix: string): SectionNode {
  return { ...s, id: `${prefix}-${s.id}`, depth: s.depth + 1, children: s.children.map((c) => nest(c, prefix)) };
}
