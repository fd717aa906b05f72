import { SENTENCE_OPENERS } from '../data/openers.ts';
import type { SectionNode } from '../types.ts';

// A heading glued to its body text: the source lost the line break (or space) between them, so
// the run-in lead "up to the first 。" swallows the whole first sentence:
//   三、强化“平战结合”理念,释放基层社会治理新效能从这次疫情防控看,基层治理还存在……短板和不足。
// Its siblings show what its headings look like: when they stand alone and this lead is much
// longer, the heading ends where a body sentence opens (data/openers.ts); without such an opener
// the section is left as it is, with a warning naming it when the lead is far too long.

/** A lead this much longer than the longest stand-alone sibling is not a heading of that list. */
const SLACK = 8;
/** Without an opener, a lead is worth a warning only from this length (and twice the siblings'). */
const MIN_SUSPECT = 50;
/** Shortest heading text after the marker. */
const MIN_HEADING = 4;

export function unglueHeadings(siblings: SectionNode[], warn: (node: SectionNode, reason: string) => void): void {
  const alone = siblings.filter((s) => !s.runIn);
  if (alone.length >= 2) {
    const longest = Math.max(...alone.map((s) => s.heading.length));
    for (const s of siblings) {
      if (!s.runIn || s.marker.length === s.heading.length || s.heading.length <= longest + SLACK) continue;
      const cut = openerAt(s.heading, s.marker.length + MIN_HEADING, longest + SLACK);
      if (cut === -1) {
        // Lists mix stand-alone and run-in items; only a lead far beyond its siblings is suspect.
        if (s.heading.length < Math.max(2 * longest, MIN_SUSPECT)) continue;
        warn(s, `heading ${s.id} (${s.heading.length} characters) may run into its body text: its siblings are stand-alone headings of at most ${longest}; break the line in the raw file where the heading ends`);
        continue;
      }
      s.body.unshift(joinBody(s.heading.slice(cut), s.body.shift()));
      s.heading = s.heading.slice(0, cut);
    }
  }
  for (const s of siblings) unglueHeadings(s.children, warn);
}

/** First position in [from, to] where a body sentence opens; -1 if none. */
function openerAt(text: string, from: number, to: number): number {
  for (let i = from; i <= Math.min(to, text.length - 1); i++) {
    const tail = text.slice(i);
    if (SENTENCE_OPENERS.some((re) => re.test(tail))) return i;
  }
  return -1;
}

/** The lead's tail and the rest of the paragraph were one paragraph: join them back. */
function joinBody(tail: string, rest: string | undefined): string {
  return rest === undefined ? tail : tail + rest;
}
