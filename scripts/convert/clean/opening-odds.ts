// How a sentence's opening words bear on whether the full line before it runs on. After a full stop a
// sentence goes on its paragraph (…之。/ 必要時，得…) or starts a new one (…之。/ 前項…); the counts of
// each opening in both places, over large collections of laws (data/sentence-openings.ts), give the
// likelihood ratio that multiplies the copy's own odds of a wrap (end-odds.ts).
import { OPENINGS, OPENINGS_TOTAL } from '../data/sentence-openings.ts';

/** The ratio is held within these bounds: the laws are not every text, and counts of a few dozen are noisy. */
export const MAX_OPENING_RATIO = 20;

/** Likelihood ratio (inside a paragraph : at a paragraph start) of a sentence opening like `next`; 1 when unknown. */
export function openingRatio(next: string): number {
  const counts = OPENINGS[next.trim().slice(0, 2)];
  if (!counts) return 1;
  const [inside, start] = counts;
  const ratio = ((inside + 0.5) / OPENINGS_TOTAL.inside) / ((start + 0.5) / OPENINGS_TOTAL.start);
  return Math.min(MAX_OPENING_RATIO, Math.max(1 / MAX_OPENING_RATIO, ratio));
}

