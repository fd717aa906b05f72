// Marked spans: ⟦…⟧ (U+27E6, U+27E7) in Markdown or frontmatter text passes through unconverted, and
// the brackets are removed in every script. The pair is rare in Chinese text and is plain text to
// remark, so the marked span reaches the tree as part of a text node.

export const OPEN = '\u27E6'; // ⟦
export const CLOSE = '\u27E7'; // ⟧

export interface Span {
  text: string;
  start: number; // offset of `text` in the input
  marked: boolean;
  /** Offset just past the span in the input, markers or escape included. */
  end: number;
}

/**
 * A bracket that is text, not a marker: `\⟦` and `\⟧` (the converter writes source brackets so,
 * as a backslash before a non-ASCII character is plain text to Markdown). Each becomes a marked
 * span of the bare bracket: passed through unconverted, the backslash dropped like a marker.
 */
const ESCAPE = '\\';

export interface MarkerProblem {
  offset: number;
  reason: string;
}

/** Splits text into unmarked and marked spans; lone brackets are kept as text and reported. */
export function splitMarked(text: string): { spans: Span[]; problems: MarkerProblem[] } {
  const spans: Span[] = [];
  const problems: MarkerProblem[] = [];
  const escaped = (at: number) => at > 0 && text[at - 1] === ESCAPE;
  // Next unescaped bracket from `from`.
  const find = (bracket: string, from: number): number => {
    let at = text.indexOf(bracket, from);
    while (at >= 0 && escaped(at)) at = text.indexOf(bracket, at + 1);
    return at;
  };
  const plain = (from: number, to: number) => {
    // Unmarked text, with each escaped bracket split out as its own marked span.
    let i = from;
    for (let k = from; k < to; k++) {
      if ((text[k] === OPEN || text[k] === CLOSE) && escaped(k) && k - 1 >= from) {
        if (k - 1 > i) spans.push({ text: text.slice(i, k - 1), start: i, marked: false, end: k - 1 });
        spans.push({ text: text[k]!, start: k, marked: true, end: k + 1 });
        i = k + 1;
      }
    }
    if (to > i) spans.push({ text: text.slice(i, to), start: i, marked: false, end: to });
  };
  let i = 0;
  while (i < text.length) {
    const open = find(OPEN, i);
    const strayClose = find(CLOSE, i);
    if (strayClose >= 0 && (open < 0 || strayClose < open)) {
      problems.push({ offset: strayClose, reason: `"${CLOSE}" without a matching "${OPEN}" is kept as text; add the opening bracket or remove it` });
    }
    if (open < 0) break;
    const close = find(CLOSE, open + 1);
    if (close < 0) {
      problems.push({ offset: open, reason: `"${OPEN}" is never closed (the span must close inside the same paragraph text, with no markup inside); it is kept as text` });
      break;
    }
    plain(i, open);
    spans.push({ text: text.slice(open + 1, close), start: open + 1, marked: true, end: close + 1 });
    i = close + 1;
  }
  plain(i, text.length);
  return { spans, problems };
}

/** Removes marker brackets (for the original-script view, which is not converted). */
export function stripMarkers(text: string): string {
  return splitMarked(text).spans.map((s) => s.text).join('');
}
