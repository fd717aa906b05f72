import { dateOfDateLine } from '../structure/date.ts';
import { readDecreeCover } from '../structure/decree-cover.ts';
import { titleAt } from '../structure/head-title.ts';
import type { Paragraph } from '../types.ts';

// A file may hold several documents one after another. A later document starts at a title
// (possibly wrapped over two lines) that has a document head around it: an issuer line just
// before it ("中共中央 国务院") or a date line / adoption note just after it. A repeated
// page-header title has neither, so it does not start a document.

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
    if (readDecreeCover(paragraphs.slice(last, start))?.end === start - last) continue; // a decree cover heads this text
    starts.push(start);
  }
  return starts;
}
