import { matchMarker } from '../../../src/lib/format/markers.ts';
import { dateOfDateLine } from '../structure/date.ts';
import { readDecreeCover } from '../structure/decree-cover.ts';
import { isIssuerLine, isTitleFragment, isTitleLike } from '../structure/head-patterns.ts';
import type { Paragraph } from '../types.ts';

// A file may hold several documents one after another. A later document starts at a title
// (possibly wrapped over two lines) that has a document head around it: an issuer line just
// before it ("中共中央 国务院") or a date line / adoption note just after it. A repeated
// page-header title has neither, so it does not start a document.

/** Number of paragraphs the title at `i` spans (1 to 3), or 0 when there is no title there. */
export function titleSpan(paragraphs: readonly Paragraph[], i: number): number {
  const p = paragraphs[i]?.text;
  if (!p) return 0;
  if (isTitleLike(p)) return matchMarker(p) ? 0 : 1;
  const q = paragraphs[i + 1]?.text;
  // An issuer line before a title is not the first half of a wrapped title.
  if (!q || !isTitleFragment(p) || isIssuerLine(p) || matchMarker(p) || matchMarker(q)) return 0;
  if (isTitleLike(p + q)) return 2;
  const r = paragraphs[i + 2]?.text;
  if (r && isTitleFragment(q) && !matchMarker(r) && isTitleLike(p + q + r)) return 3;
  return 0;
}

/** Indexes of the paragraphs that start a new document (always including 0 when non-empty). */
export function documentStarts(paragraphs: readonly Paragraph[]): number[] {
  const starts = paragraphs.length > 0 ? [0] : [];
  for (let i = 2; i < paragraphs.length; i++) {
    const span = titleSpan(paragraphs, i);
    if (span === 0) continue;
    const issuerBefore = isIssuerLine(paragraphs[i - 1]!.text);
    const after = paragraphs[i + span]?.text ?? '';
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
