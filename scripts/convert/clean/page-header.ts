// Running page headers: a short line repeated word for word is the title a newspaper, PDF or web
// page repeats at the top of each page. Repetition alone is not enough (two documents in one file
// may share an issuer line), so a repeated line is a header only with one more sign of a page
// break: it sits next to a continuation marker, it repeats three times or more, or all its
// occurrences come before any body text (a web page's title block). Every occurrence goes; the
// structure stage may still read a document title from these removals.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, lines, type Line } from './rule.ts';
import { CONTINUED_FROM, CONTINUED_ON, PAGE_HEADER_MAX_LENGTH } from '../data/newspaper.ts';
import { BODY_LINE } from '../data/cruft.ts';
import { startsWithHeadingMarker } from '../markers.ts';

export const pageHeaderRule: Rule = {
  kind: 'page-header',
  run(text, ctx) {
    const all = lines(text).filter((l) => l.text.trim() !== '');
    const groups = new Map<string, number[]>(); // line text → indexes in `all`
    all.forEach((l, i) => {
      const t = l.text.trim();
      if (t.length > PAGE_HEADER_MAX_LENGTH || startsWithHeadingMarker(t) || /[。！？!?]$/.test(t)) return;
      const group = groups.get(t);
      if (group) group.push(i);
      else groups.set(t, [i]);
    });
    const edits: Edit[] = [];
    const firstBody = all.findIndex((l) => BODY_LINE.test(l.text.trim()));
    for (const [t, at] of groups) {
      if (at.length < 2) continue;
      const sign = pageBreakSign(all, at, firstBody);
      if (!sign) {
        ctx.warn(all[at[1]!]!.start, `line repeated ${at.length} times but kept (no sign of a page break): ${t}`);
        continue;
      }
      for (const i of at) edits.push(dropLine(text, all[i]!, `running page header (${sign}), ${at.length} occurrences: ${t}`));
    }
    return edits;
  },
};

function pageBreakSign(all: Line[], at: number[], firstBody: number): string | null {
  if (at.length >= 3) return 'repeated three times or more';
  if (at.every((i) => firstBody === -1 || i < firstBody)) return 'repeated in the head of the page, before any body text';
  const nearMarker = at.some(
    (i) => (i > 0 && CONTINUED_ON.test(all[i - 1]!.text)) || (i + 1 < all.length && CONTINUED_FROM.test(all[i + 1]!.text)),
  );
  return nearMarker ? 'next to a continuation marker' : null;
}
