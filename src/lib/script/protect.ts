// Marked spans: ⟦…⟧ (U+27E6, U+27E7) in Markdown or frontmatter text passes through unconverted, and
// the brackets are removed in every script. The pair is rare in Chinese text and is plain text to
// remark, so the marked span reaches the tree as part of a text node.

export const OPEN = '\u27E6'; // ⟦
export const CLOSE = '\u27E7'; // ⟧

export interface Span {
  text: string;
  start: number; // offset of `text` in the input
  marked: boolean;
}

export interface MarkerProblem {
  offset: number;
  reason: string;
}

/** Splits text into unmarked and marked spans; lone brackets are kept as text and reported. */
export function splitMarked(text: string): { spans: Span[]; problems: MarkerProblem[] } {
  const spans: Span[] = [];
  const problems: MarkerProblem[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf(OPEN, i);
    const strayClose = text.indexOf(CLOSE, i);
    if (strayClose >= 0 && (open < 0 || strayClose < open)) {
      problems.push({ offset: strayClose, reason: `"${CLOSE}" without a matching "${OPEN}" is kept as text; add the opening bracket or remove it` });
    }
    if (open < 0) break;
    const close = text.indexOf(CLOSE, open + 1);
    if (close < 0) {
      problems.push({ offset: open, reason: `"${OPEN}" is never closed (the span must close inside the same paragraph text, with no markup inside); it is kept as text` });
      break;
    }
    if (open > i) spans.push({ text: text.slice(i, open), start: i, marked: false });
    spans.push({ text: text.slice(open + 1, close), start: open + 1, marked: true });
    i = close + 1;
  }
  if (i < text.length) spans.push({ text: text.slice(i), start: i, marked: false });
  return { spans, problems };
}

/** Removes marker brackets (for the original-script view, which is not converted). */
export function stripMarkers(text: string): string {
  return splitMarked(text).spans.map((s) => s.text).join('');
}
