// Newspaper continuation markers. "（下转第二版）" ends a paragraph on one page and "（紧接第一版）"
// starts its rest on the next; both markers go and the two halves become one paragraph again.
// Runs after page headers are gone, so only blank lines can sit between the halves.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { lines } from './rule.ts';
import { CONTINUED_FROM, CONTINUED_ON } from '../data/newspaper.ts';

export const continuationRule: Rule = {
  kind: 'continuation-marker',
  run(text, ctx) {
    const all = lines(text);
    const edits: Edit[] = [];
    let skipUntil = -1;
    for (let i = 0; i < all.length; i++) {
      const line = all[i]!;
      if (line.start < skipUntil) continue;
      const on = CONTINUED_ON.exec(line.text);
      if (on) {
        let j = i + 1;
        while (j < all.length && all[j]!.text.trim() === '') j++;
        const next = all[j];
        const from = next ? CONTINUED_FROM.exec(next.text) : null;
        if (next && from && from[0].length < next.text.trimEnd().length) {
          // join: drop "(下转…)", the line break(s) and "(紧接…)" in one edit
          const start = line.start + on.index;
          const end = next.start + from[0].length;
          edits.push({ offset: start, length: end - start, replacement: '', reason: `continuation ${on[0].trim()} … ${from[0].trim()}: paragraph joined` });
          skipUntil = next.start + 1;
          continue;
        }
        edits.push({ offset: line.start + on.index, length: on[0].length, replacement: '', reason: `continuation marker ${on[0].trim()}` });
        if (!from) ctx.warn(line.start + on.index, `continuation marker ${on[0].trim()} without a matching "continued from" line`, 'continuation?');
        continue;
      }
      const from = CONTINUED_FROM.exec(line.text);
      if (from) {
        const rest = line.text.slice(from[0].length).trim();
        // a marker alone on its line goes with its line end
        const length = rest === '' && line.end < text.length ? line.end + 1 - line.start : from[0].length;
        edits.push({ offset: line.start, length: rest === '' ? length : from[0].length, replacement: '', reason: `continuation marker ${from[0].trim()}` });
      }
    }
    return edits;
  },
};
