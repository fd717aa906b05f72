import { matchMarker } from '../../../src/lib/format/markers.ts';
import type { Paragraph } from '../types.ts';

// Some sources (web-scraped compilations) put a whole article on one line, headings inline and
// paragraphs separated by a single space. This rebuilds paragraphs from such a run of text
// (only for over-long lines, see expandInline; a normal line is one paragraph).
// A space ends a paragraph when the text before it ends a sentence, when what follows starts
// with a heading marker, or when the paragraph so far is a stand-alone heading. Other spaces
// (wraps inside a sentence, "760 个") stay inside the paragraph. Line breaks always end one.

const SENTENCE_END = /[。！？!?…]["”’」』）)]*$/;
/** An unnumbered subheading: a short phrase, a colon, a short phrase (因时而进:适应时代之变的必然选择). */
const COLON_HEADING = /^[^。！？；，,\s:：]{2,12}[:：][^。！？；\s]{2,30}$/;
/** A short unpunctuated fragment between a heading and a marker is the heading's wrapped tail. */
const ORPHAN = /^[^\s，。；：,;:！？]{1,8}$/;

interface Chunk {
  text: string;
  offset: number;
  lineStart: boolean; // preceded by a line break (or the start)
}

/** Whitespace-separated chunks; a chunk is also cut after a sentence end glued to a marker ("。4健全…"). */
function chunks(text: string, base: number): Chunk[] {
  const out: Chunk[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text))) {
    const gap = text.slice(last, m.index);
    let lineStart = out.length === 0 || gap.includes('\n');
    let from = 0;
    for (const cut of gluedMarkers(m[0])) {
      out.push({ text: m[0].slice(from, cut), offset: base + m.index + from, lineStart });
      lineStart = false;
      from = cut;
    }
    out.push({ text: m[0].slice(from), offset: base + m.index + from, lineStart });
    last = m.index + m[0].length;
  }
  return out;
}

/** Positions right after a 。！？ that a heading marker follows without a space. */
function gluedMarkers(chunk: string): number[] {
  const cuts: number[] = [];
  for (const g of chunk.matchAll(GLUED)) {
    const at = g.index + g[0].length;
    if (at < chunk.length && matchMarker(chunk.slice(at)) !== null) cuts.push(at);
  }
  return cuts;
}
const GLUED = /[。！？]/g;

/**
 * A marker after a space starts a paragraph, except a bare number ("纠纷 716起"), which does so only
 * after a sentence end or a heading.
 */
function startsMarker(text: string): boolean {
  const m = matchMarker(text);
  return m !== null && m.kind !== 'arabic-bare';
}

function isHeadingLike(text: string): boolean {
  return matchMarker(text) !== null && !/[。！？!?；;]/.test(text);
}

export function inlineParagraphs(text: string, base: number): Paragraph[] {
  const parts = chunks(text, base);
  const out: Paragraph[] = [];
  let cur: { text: string; offset: number } | null = null;
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    let breakHere = c.lineStart || cur === null;
    if (!breakHere && cur) {
      const next = parts[i + 1];
      const orphanTail = isHeadingLike(cur.text) && ORPHAN.test(c.text) && (!next || next.lineStart || matchMarker(next.text) !== null);
      breakHere = !orphanTail && (SENTENCE_END.test(cur.text) || startsMarker(c.text) || isHeadingLike(cur.text) || COLON_HEADING.test(cur.text));
    }
    if (breakHere) {
      if (cur) out.push(cur);
      cur = { text: c.text, offset: c.offset };
    } else if (cur) {
      // Keep the source's own whitespace between the two chunks, collapsed to one space.
      cur.text += ' ' + c.text;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Lines longer than this hold many paragraphs run together (web scrapes); shorter lines are one paragraph. */
export const INLINE_MIN = 1000;

/** Headings inline after a space: " 一、", " （二）". Two of them in one line mean run-together text. */
const INLINE_HEADING = /\s(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/g;

export function isRunTogether(text: string): boolean {
  return text.length > INLINE_MIN || (text.match(INLINE_HEADING)?.length ?? 0) >= 2;
}

/**
 * Replaces every run-together paragraph by the paragraphs in it. With `text` (the whole cleaned
 * text), the decision is made on the full line a paragraph comes from: an article cut out of a
 * run-together line is run-together too, however short.
 */
export function expandInline(paragraphs: readonly Paragraph[], text?: string): Paragraph[] {
  return paragraphs.flatMap((p) => (isRunTogether(text ? lineAt(text, p.offset) : p.text) ? inlineParagraphs(p.text, p.offset) : [p]));
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}
