// Honest warnings after cleaning: what still looks like a page number or web furniture (unjoined
// wraps are warned about by line-wrap.ts, which knows the copy's layout). These never change the
// text; each names the line and what it looks like, with a kind (`page-number?`, `furniture?`).
import type { Rule } from './rule.ts';
import { lines } from './rule.ts';
import { FURNITURE_HINTS, LINK_LIKE, PAGE_NUMBER_HINT } from '../data/residue.ts';
import { BODY_LINE } from '../data/cruft.ts';

/** Lines at each end of a copy where short link-like lines are suspicious. */
const EDGE_LINES = 5;

export const residueRule: Rule = {
  kind: 'warning',
  run(text, ctx) {
    const all = lines(text).filter((l) => l.text.trim() !== '');
    const firstBody = all.findIndex((l) => BODY_LINE.test(l.text.trim()));
    let lastBody = -1;
    all.forEach((l, i) => {
      if (BODY_LINE.test(l.text.trim())) lastBody = i;
    });
    all.forEach((line, i) => {
      const t = line.text.trim();
      if (PAGE_NUMBER_HINT.test(t)) ctx.warn(line.start, `looks like a page number but was kept: ${t}`, 'page-number?');
      const hint = FURNITURE_HINTS.find((h) => h.pattern.test(t));
      if (hint && t.length <= 60 && !/[。！？]$/.test(t)) ctx.warn(line.start, `looks like web-page furniture (${hint.reason}) but was kept: ${t}`, 'furniture?');
      else if (t.length <= 30 && LINK_LIKE.test(t) && ((firstBody !== -1 && i < firstBody && i < EDGE_LINES) || (lastBody !== -1 && i > lastBody && i >= all.length - EDGE_LINES))) {
        ctx.warn(line.start, `short link-like line at the ${i < firstBody ? 'start' : 'end'} of the copy kept: ${t}`, 'furniture?');
      }
    });
    return [];
  },
};
