// Running page headers: a short line that occurs two or more times, word for word, is the title
// a newspaper or PDF repeats at the top of each page. Every occurrence goes (the structure stage
// may still read a document title from these removals). Numbered headings never count.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, lines } from './rule.ts';
import { PAGE_HEADER_MAX_LENGTH } from '../data/newspaper.ts';
import { startsWithHeadingMarker } from '../markers.ts';

export const pageHeaderRule: Rule = {
  kind: 'page-header',
  run(text) {
    const all = lines(text);
    const counts = new Map<string, number>();
    for (const l of all) {
      const t = l.text.trim();
      if (t !== '') counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const edits: Edit[] = [];
    for (const l of all) {
      const t = l.text.trim();
      const n = counts.get(t) ?? 0;
      if (n < 2 || t.length > PAGE_HEADER_MAX_LENGTH || startsWithHeadingMarker(t)) continue;
      if (/[。！？!?]$/.test(t)) continue; // a repeated sentence is content, not a header
      edits.push(dropLine(text, l, `running page header repeated ${n} times: ${t}`));
    }
    return edits;
  },
};
