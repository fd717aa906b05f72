// Does a full line that ends a sentence (。；：）…) run on, or end its paragraph? In a copy wrapped at
// a width, every wrap lands at the width, but a paragraph end lands there only as often as its last
// line happens to be that long; and a wrap lands after a given mark as often as that mark occurs
// inside the copy's running text. So the copy's own counts give the odds:
//   wraps after mark m      ≈ clear wraps (full lines ending mid-clause) × rate of m inside full lines × 2 (hanging)
//   paragraph ends at width ≈ paragraph ends just short of the width, per character, × the band of a
//                             full line, × the share of paragraph ends that end in m
// A law of one-sentence 款 (short lines ending 。, few 。 inside lines) says "paragraph end"; a policy
// text of long paragraphs (many 。 inside lines, few paragraph ends) says "wrap".
import { END_MARKS } from '../data/wrap.ts';
import { startsNew } from './starts-new.ts';

export interface EndOdds {
  /** Expected wraps after this line's end mark per expected paragraph end at the width (null: no mark). */
  odds(i: number): number | null;
}

/** Paragraph ends this many characters short of the width (beyond the tolerance), per width, measure the density near it. */
const NEAR_SHARE = 0.25;
/**
 * A mark ends a line from two places: the last place of the line, or hanging past it (禁则 keeps it off
 * the next line's start; Word and WPS hang punctuation by default), so a wrap lands after a mark twice
 * as often as the mark occurs per character.
 */
const HANG = 2;
/** One paragraph end and one wrap imagined in every copy, so a copy of few lines is not sure of anything. */
const PRIOR = 0.5;

/** A closing quote or bracket: a wrap after a mark it follows lands after it. */
const CLOSING = /[”’」』）)]/;

const markOf = (t: string): number => END_MARKS.findIndex((m) => m.test(t));

/**
 * `texts`: the lines; `full`: whether each reaches the width; `width`: the width near each line, by
 * `lengthOf` (characters or display columns; null where none); `tolerance`: how far short of it a full line may end.
 */
export function endOdds(texts: readonly string[], full: readonly boolean[], width: readonly (number | null)[], tolerance: number, lengthOf: (t: string) => number): EndOdds {
  const marks = END_MARKS.length;
  const inside = new Array<number>(marks).fill(0);
  const ends = new Array<number>(marks).fill(0);
  let insideChars = 0;
  let clearWraps = 0;
  let nearDensity = 0; // paragraph ends just short of the width, per character of length
  let paragraphEnds = 0;
  texts.forEach((raw, i) => {
    const t = raw.trim();
    const m = markOf(t);
    if (full[i]) {
      if (m === -1) clearWraps++;
      const chars = [...t];
      insideChars += chars.length - 1;
      // a mark inside the line: where a wrap would land after it (not before a closing quote or
      // bracket, which 禁则 keeps on the same line)
      for (let k = 0; k + 1 < chars.length; k++) {
        if (CLOSING.test(chars[k + 1]!)) continue;
        const at = markOf(chars.slice(Math.max(0, k - 2), k + 1).join(''));
        if (at >= 0) inside[at]!++;
      }
      return;
    }
    const w = width[i];
    if (m === -1 || w == null) return;
    paragraphEnds++;
    // the line being decided is followed by a line that starts nothing new (else it never runs on): a
    // paragraph end it could be is one followed by such a line too (a 款 before another 款, not an item
    // （一）…； before the next item, nor an article's last line before 第十条)
    const next = texts[i + 1]?.trim() ?? '';
    if (next !== '' && !startsNew(next)) ends[m]!++;
    const k = Math.max(4, Math.round(w * NEAR_SHARE));
    const short = w - lengthOf(texts[i]!.trimEnd()) - tolerance;
    if (short >= 1 && short <= k) nearDensity += 1 / k;
  });
  // paragraph ends per character of length just short of the width, times the band a full line spans
  const atWidth = nearDensity * (tolerance + 1);
  return {
    odds(i) {
      const m = markOf(texts[i]!.trim());
      if (m === -1) return null;
      const wraps = HANG * clearWraps * (inside[m]! + PRIOR) / (insideChars + 1);
      const paragraph = (atWidth + PRIOR) * (ends[m]! + PRIOR) / (paragraphEnds + 1);
      return wraps / paragraph;
    },
  };
}
