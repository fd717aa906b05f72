// A synthetic PDF-like copy of a clean text (one paragraph per line): every paragraph re-wrapped at
// a line width the way a PDF typesets it (display columns: Han and full-width 2, ASCII 1; closing
// punctuation hangs at the line end, an opening bracket or quote moves to the next line), first
// lines indented or not, and a page number between pages. Deterministic for a given seed.
import { mulberry32 } from '../../lib/seeded-random.ts';

export interface StressLayout {
  /** Line width in Han characters. */
  width: number;
  /** First lines of paragraphs start with two ideographic spaces. */
  indent: boolean;
  seed: number;
}

export interface StressCopy {
  text: string;
  /** Lines of the head left as they are (title, 发文字号: typeset centred, not wrapped). */
  headLines: number;
}

/** Typesetting never starts a line with these (禁则): they hang at the end of the line before. */
const HANGS = /[，。、；：？！）」』”’》〉】〕％,.;:?!)\]]/;
/** … and never ends a line with these: they move to the next line. */
const OPENS = /[（「『“‘《〈【〔(\[]/;
/** The first line with sentence punctuation starts the body; the lines before are the head. */
const BODY = /[，。；]/;

const columns = (ch: string) => (/[\u0000-\u02ff\u2000-\u200f\u2010-\u2012\uff61-\uff9f]/.test(ch) ? 1 : 2);


/** One paragraph broken into lines of at most `width` Han characters (2·width columns). */
export function wrapParagraph(text: string, width: number, indent: boolean): string[] {
  const chars = [...(indent ? '\u3000\u3000' : '') + text];
  const limit = 2 * width;
  const out: string[] = [];
  let line: string[] = [];
  let cols = 0;
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    if (cols + columns(ch) > limit && line.length > 0 && !HANGS.test(ch)) {
      // an opening bracket or quote at the line end moves down with the word it opens
      const moved: string[] = [];
      while (line.length > 1 && OPENS.test(line[line.length - 1]!)) moved.unshift(line.pop()!);
      out.push(line.join(''));
      line = moved;
      cols = moved.reduce((n, c) => n + columns(c), 0);
    }
    line.push(ch);
    cols += columns(ch);
  }
  if (line.length > 0) out.push(line.join(''));
  return out;
}

export function stressCopy(clean: string, layout: StressLayout): StressCopy {
  const paragraphs = clean.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  const headLines = Math.max(0, paragraphs.findIndex((p) => BODY.test(p)));
  const next = mulberry32(layout.seed); // every run makes the same copies
  const lines: string[] = [];
  paragraphs.forEach((p, i) => {
    // the head and table rows (cells between tabs) are not wrapped prose
    if (i < headLines || p.includes('\t')) lines.push(p);
    else lines.push(...wrapParagraph(p.trim(), layout.width, layout.indent));
  });
  const out: string[] = [];
  let page = 1;
  let left = pageLength(next);
  for (const line of lines) {
    out.push(line);
    if (--left > 0) continue;
    out.push('', next() < 0.5 ? `— ${page} —` : `- ${page} -`, '');
    page++;
    left = pageLength(next);
  }
  return { text: out.join('\n') + '\n', headLines };
}

/** Lines on a page: 30–40, as on an A4 page of an official document. */
function pageLength(next: () => number): number {
  return 30 + Math.floor(next() * 11);
}
