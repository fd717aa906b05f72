import { matchMarker } from '../../../src/lib/format/markers.ts';
import { matchLabel } from '../../../src/lib/format/labels.ts';
import { isIssuerLine, isTitleFragment, isTitleLike } from './head-patterns.ts';
import type { Paragraph } from '../types.ts';
import { BARE_TYPE_TITLE } from '../data/head-lines.ts';

// Where a document's title is: the one place that recognises a title line (possibly wrapped over
// two or three lines) and the issuer line just before it. The split stage asks it where a later
// document starts, the structure stage where the head's title is; structure never asks split.

/** Number of paragraphs the title at `i` spans (1 to 3), or 0 when there is no title there. */
export function titleSpan(paragraphs: readonly Paragraph[], i: number): number {
  const p = paragraphs[i]?.text;
  if (!p || matchLabel(p)) return 0; // 裁判要点, 附则: a heading of the text, never its title
  if (isTitleLike(p)) return matchMarker(p) ? 0 : 1;
  const q = paragraphs[i + 1]?.text;
  // An issuer line before a title is not the first half of a wrapped title.
  // An unnumbered heading (裁判要点, 基本案情) is never the end of a wrapped title: `…纠纷案` + `裁判要点` is not a title ending in 要点.
  if (!q || !isTitleFragment(p) || isIssuerLine(p) || matchMarker(p) || matchMarker(q) || matchLabel(q)) return 0;
  if (isTitleLike(p + q)) return 2;
  const r = paragraphs[i + 2]?.text;
  if (r && isTitleFragment(q) && !matchMarker(r) && !matchLabel(r) && isTitleLike(p + q + r)) return 3;
  return 0;
}

export interface TitleAt {
  /** paragraphs the title spans (1 to 3) */
  span: number;
  /** the paragraph before it (at or after `from`) is an issuer line ("中共中央 国务院") */
  issuerLine: boolean;
}

/** The title at paragraph `i` with the issuer line before it, or null when there is no title there. */
export function titleAt(paragraphs: readonly Paragraph[], i: number, from = 0): TitleAt | null {
  const span = titleSpan(paragraphs, i);
  if (span === 0) {
    const bare = i > from && BARE_TYPE_TITLE.test(paragraphs[i]?.text.trim() ?? '') && isIssuerLine(paragraphs[i - 1]!.text.trim());
    return bare ? { span: 1, issuerLine: true } : null;
  }
  return { span, issuerLine: i > from && isIssuerLine(paragraphs[i - 1]!.text) };
}
