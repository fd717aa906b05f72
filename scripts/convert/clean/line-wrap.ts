// PDF line wraps: a paragraph broken in mid-sentence, often with blank lines in between. A line is
// continued on the next non-blank line when it does not end a sentence, is not a stand-alone
// heading, reads as running text, and the next line does not start something new.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { lines } from './rule.ts';
import { CLAUSE_OPEN, RUNNING_TEXT, SENTENCE_END, STARTS_NEW } from '../data/wrap.ts';
import { startsWithHeadingMarker } from '../markers.ts';

export const lineWrapRule: Rule = {
  kind: 'line-wrap',
  run(text) {
    const all = lines(text).filter((l) => l.text.trim() !== '');
    const edits: Edit[] = [];
    let continued = false; // the current line is itself the continuation of the one before
    for (let i = 0; i + 1 < all.length; i++) {
      const line = all[i]!;
      const next = all[i + 1]!;
      const joins = continues(line.text.trimEnd(), next.text.trimStart(), continued);
      continued = joins;
      if (!joins) continue;
      const cut = line.start + line.text.trimEnd().length;
      const resume = next.start + (next.text.length - next.text.trimStart().length);
      const latin = /[A-Za-z0-9]$/.test(line.text.trimEnd()) && /^[A-Za-z0-9]/.test(next.text.trimStart());
      edits.push({
        offset: cut,
        length: resume - cut,
        replacement: latin ? ' ' : '',
        reason: `line wrap in mid-sentence after "${line.text.trimEnd().slice(-6)}"`,
      });
    }
    return edits;
  },
};

/** Whether `line` runs on into `next`; `continued`: `line` itself continues the line before. */
export function continues(line: string, next: string, continued = false): boolean {
  if (SENTENCE_END.test(line)) return false;
  if (startsWithHeadingMarker(next) || STARTS_NEW.test(next)) return false;
  if (CLAUSE_OPEN.test(line) || continued) return true; // the middle line of a long sentence may hold no punctuation
  // a numbered heading on its own line (no full stop inside) ends there
  if (startsWithHeadingMarker(line) && !/[。！？]/.test(line)) return false;
  // titles, issuer and date lines have no sentence punctuation inside; wrapped body text does
  return RUNNING_TEXT.test(line);
}
