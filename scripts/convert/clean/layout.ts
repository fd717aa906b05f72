// The line layout of a copy: is it hard-wrapped at a line width (a PDF or a fixed-width text
// export), does it mark paragraph starts with an indent, and which lines are full to the width.
// Widths are measured twice, in characters (text exports wrap at N characters) and in display
// columns (Han and full-width forms 2, ASCII 1: a PDF wraps at a physical width, so a line with
// digits holds more characters); a line is full by either measure. The width may change from
// page to page, so a line is compared with the widest cluster of lines of its own neighbourhood
// (the lines before it and the lines after it, each side on its own), and with the whole file's.
import type { Line } from './rule.ts';
import { SENTENCE_END, SET_FAR_IN } from '../data/wrap.ts';
import { endOdds } from './end-odds.ts';

/** Lines shorter than this are never taken as evidence of a wrap width. */
const MIN_WIDTH = 12;
/** A wrap width is at least this many characters (official documents: 28 a line, GB/T 9704). */
const MIN_WRAP_CHARS = 16;
/** A width counts as a wrap width when at least this many lines end there (± the tolerance). */
const MIN_CLUSTER = 3;
/** A width that this share of the file's lines end at is a page width wherever it stands. */
const STRONG_WIDTH_SHARE = 0.2;
/** Lines looked at on each side of a line for its page's width … */
const WINDOW = 10;
/** … and around it, for a page too short to fill a window. */
const NEAR = 4;
/** A copy is hard-wrapped when this share of its lines of MIN_WIDTH or more are full … */
const WRAPPED_SHARE = 0.3;
/** … and at most this share is longer than the file's wrap width (a web copy's paragraphs are). */
const LONGER_SHARE = 0.1;
/** A copy indents paragraphs when this share of its lines (after the head) start with an indent. */
const INDENT_SHARE = 0.15;
/** … or when this share of the lines after a line that ends short of the width (new paragraphs) are. */
const STARTS_INDENTED_SHARE = 0.6;

/** How far short of the width (display columns: 5 Han characters) a line broken early may end. */
const NEARLY_FULL_COLUMNS = 10;
/** Text, a run of 2+ spaces, text: cells or columns aligned by spaces. */
const ALIGNED = /\S[ \u3000]{2,}\S/;
/** A numbering marker spaced from its text (`一  行政院…`, `第一条　　…`): not a column. */
const SPACED_MARKER = /^(第[一二三四五六七八九十百零〇0-9]+[条條章节節款項项]|[一二三四五六七八九十]+、?|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]?)[ \u3000]+/;

/** Closing marks at a line's end, which typesetting hangs past the width (禁则). */
const HUNG_END = /[，。、；：？！）」』”’》〉】〕,.;:?!)\]]+\s*$/;

const INDENT = /^(\u3000|[ \u00a0]{2,}|\t)/;
/**
 * Lines set apart rather than indented: deep in (a formula or table centred: ten spaces, then
 * ╭  ╮) or drawn with box characters (Ｌeq＝10log ─∫ │──│). They say nothing of paragraph indents.
 */
const SET_APART = new RegExp(`${SET_FAR_IN.source}|[\u2500-\u257f]`);

export interface Layout {
  /** Lines are broken at a line width (not one paragraph per line). */
  hardWrapped: boolean;
  /** Paragraph starts are indented, so an unindented line after a full one continues it. */
  indentsParagraphs: boolean;
  /** Whether line `i` (index in the lines given) reaches the wrap width. */
  full(i: number): boolean;
  indented(i: number): boolean;
  /** Whether line `i` is a row aligned by runs of spaces (贾高建　　副院长, a table's row). */
  aligned(i: number): boolean;
  /**
   * For a line ending a sentence (。；：）…), the odds that a full line ending in that mark is a wrap
   * rather than a paragraph end, from the copy's own counts (end-odds.ts); null for other lines.
   */
  wrapOdds(i: number): number | null;
  /** Whether line `i` ends at most a few characters short of the wrap width. */
  nearlyFull(i: number): boolean;
  /** Whether line `i` runs past every width near it (a page of another width, too short to show it). */
  longer(i: number): boolean;
}

interface Measure {
  of(text: string): number;
  tolerance: number; // how far short of the width a full line may end (a wide character did not fit)
  min: number; // the narrowest wrap width
}

const CHARS: Measure = { of: (t) => [...t].length, tolerance: 1, min: MIN_WRAP_CHARS };
const COLUMNS: Measure = {
  of(t) {
    let n = 0;
    for (const ch of t) n += /[\u0000-\u02ff\u2000-\u200f\u2010-\u2012\uff61-\uff9f]/.test(ch) ? 1 : 2;
    return n;
  },
  tolerance: 3,
  min: 2 * MIN_WRAP_CHARS,
};

export function layout(all: readonly Line[]): Layout {
  const texts = all.map((l) => l.text.trimEnd());
  // a row aligned by runs of spaces (a name list 贾高建　　副院长, a table) is not wrapped prose: its
  // width says nothing about a wrap width
  const widthsOf = (m: Measure) => texts.map((t) => (ALIGNED.test(t.trim().replace(SPACED_MARKER, '')) ? 0 : m.of(t)));
  // a line longer than the width only by the marks hanging past it (保密。”) is not longer: typesetting hangs them
  const unhung = (m: Measure) => texts.map((t) => m.of(t.replace(HUNG_END, '')));
  const measures = [CHARS, COLUMNS].map((m) => fullLines(widthsOf(m), m, unhung(m)));
  // … but once the width is known, a row that reaches it was wrapped (贾高建　　中央党史和文献研究院副院长、中 / 央编译局局长)
  const aligned = texts.map((t) => ALIGNED.test(t.trim().replace(SPACED_MARKER, '')));
  const reaches = (i: number, f: (typeof measures)[number], m: Measure) => {
    const v = f.width[i];
    const w = m.of(texts[i]!);
    return v !== null && v !== undefined && w >= MIN_WIDTH && w <= v && w >= v - m.tolerance;
  };
  const full = texts.map((_, i) => measures.some((f, k) => f.full[i]! || (aligned[i]! && reaches(i, f, [CHARS, COLUMNS][k]!))));
  // a line that stops a few characters short of the width (the next word or number did not fit)
  const nearly = fullLines(widthsOf(COLUMNS), { ...COLUMNS, tolerance: NEARLY_FULL_COLUMNS }).full;
  const indented = texts.map((t) => INDENT.test(t) && !SET_APART.test(t));
  // … nor about whether the copy is wrapped: a name list's rows are no evidence either way
  const long = texts.filter((t, i) => CHARS.of(t.trim()) >= MIN_WIDTH && !aligned[i]).length;
  const fullCount = full.filter(Boolean).length;
  const longer = Math.min(...measures.map((f) => f.longer));
  // a wrap falls mid-sentence far more often than at a full stop; lines of equal length that all end
  // sentences are a list or repeated wording, not a wrapped paragraph
  const midSentence = texts.filter((t, i) => full[i] && !SENTENCE_END.test(t)).length;
  const hardWrapped = fullCount >= 5 && fullCount >= WRAPPED_SHARE * long && longer <= LONGER_SHARE * long && midSentence * 2 >= fullCount;
  const firstIndent = indented.indexOf(true);
  const body = firstIndent === -1 ? 0 : texts.length - firstIndent;
  const indentCount = indented.filter(Boolean).length;
  // long paragraphs make few indented lines: then most lines after a short one (paragraph starts) are
  let starts = 0;
  let indentedStarts = 0;
  texts.forEach((_, i) => {
    if (i === 0 || i <= firstIndent || full[i - 1] || CHARS.of(texts[i - 1]!.trim()) < MIN_WIDTH) return;
    starts++;
    if (indented[i]) indentedStarts++;
  });
  const indents = indentCount >= INDENT_SHARE * body || indentedStarts >= STARTS_INDENTED_SHARE * starts;
  // paragraph ends are measured against the width by the measure that finds more full lines (a PDF
  // wraps by display columns: a line with digits holds more characters)
  const best = measures[1]!.full.filter(Boolean).length > measures[0]!.full.filter(Boolean).length ? 1 : 0;
  const by = [CHARS, COLUMNS][best]!;
  const odds = endOdds(texts, full, measures[best]!.width, by.tolerance, by.of);
  return {
    wrapOdds: (i) => odds.odds(i),
    hardWrapped,
    indentsParagraphs: hardWrapped && indentCount >= 3 && indents,
    full: (i) => hardWrapped && (full[i] ?? false),
    indented: (i) => indented[i] ?? false,
    aligned: (i) => aligned[i] ?? false,
    nearlyFull: (i) => hardWrapped && (nearly[i] ?? false),
    longer: (i) => hardWrapped && !full[i] && [CHARS, COLUMNS].every((m, k) => {
      const v = measures[k]!.width[i];
      return v !== null && v !== undefined && m.of(texts[i]!) > v;
    }),
  };
}

/**
 * For each line, whether its width is a wrap width of the file or of its neighbourhood; and how
 * many lines are longer than the file's wrap width.
 */
function fullLines(widths: number[], { tolerance, min }: Measure, unhung: number[] = widths): { full: boolean[]; longer: number; width: (number | null)[] } {
  const fileWidth = widestCluster(widths, 0, widths.length, tolerance, min);
  const longer = fileWidth === null ? widths.length : widths.filter((w, i) => w > fileWidth && unhung[i]! > fileWidth).length;
  const width: (number | null)[] = [];
  const pageWidths = strongWidths(widths, tolerance, min);
  const full = widths.map((w, i) => {
    const fits = (v: number | null) => v !== null && w <= v && w >= v - tolerance;
    width.push(fileWidth);
    if (w < MIN_WIDTH) return false;
    if (fits(fileWidth)) return true;
    // another width many lines of the file end at (pages of two widths), where a window sees none
    if (pageWidths.some((v) => fits(v))) {
      width[i] = pageWidths.find((v) => fits(v))!;
      return true;
    }
    // the lines before it and the lines after it (near the ends of the file, a whole window's worth)
    const n = widths.length;
    const before = widestCluster(widths, Math.max(0, i - WINDOW), Math.max(i + 1, Math.min(n, WINDOW + 1)), tolerance, min);
    const after = widestCluster(widths, Math.min(i, Math.max(0, n - WINDOW - 1)), Math.min(n, i + WINDOW + 1), tolerance, min);
    // a short page (the last of a chapter) between pages of another width: its own few lines
    const near = widestCluster(widths, Math.max(0, i - NEAR), Math.min(n, i + NEAR + 1), tolerance, min);
    // … and the lines from it on alone: near the end of the file the window above reaches back into
    // the page before, which may have another width
    const ahead = widestCluster(widths, i, Math.min(n, i + WINDOW + 1), tolerance, min);
    const own = [before, after, near, ahead].find(fits);
    if (own !== undefined) width[i] = own;
    // a line short of the width is measured against its own page's width (the wrap odds count the
    // paragraph ends just short of it): the nearest width it is short of
    else width[i] = [near, before, after, ahead].find((v) => v !== null && v > w) ?? fileWidth ?? before ?? after ?? near ?? ahead;
    return own !== undefined;
  });
  return { full, longer, width };
}

/** The largest width v ≥ min with at least MIN_CLUSTER lines in [from, to) ending within v - tolerance … v. */
function widestCluster(widths: number[], from: number, to: number, tolerance: number, min: number): number | null {
  const slice = widths.slice(from, to).filter((w) => w >= min).sort((a, b) => b - a);
  for (let k = 0; k + MIN_CLUSTER - 1 < slice.length; k++) {
    if (slice[k]! - slice[k + MIN_CLUSTER - 1]! <= tolerance) return slice[k]!;
  }
  return null;
}

/**
 * Widths (≥ min) that a large share of the file's lines end at, within the tolerance: every page
 * width of a copy whose width changes from page to page (a list of equal items is a few lines).
 */
function strongWidths(widths: number[], tolerance: number, min: number): number[] {
  const long = widths.filter((w) => w >= MIN_WIDTH).length;
  const counts = new Map<number, number>();
  for (const w of widths) if (w >= min) counts.set(w, (counts.get(w) ?? 0) + 1);
  const out: number[] = [];
  for (const v of counts.keys()) {
    let n = 0;
    for (let d = 0; d <= tolerance; d++) n += counts.get(v - d) ?? 0;
    if (n >= STRONG_WIDTH_SHARE * long) out.push(v);
  }
  return out;
}
