// Web-page cruft: whole lines matching data/cruft.ts, and reporter bylines at paragraph start.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, lines } from './rule.ts';
import { BODY_LINE, BYLINES, CRUFT_LINES, RELATED_LIST_HEADING } from '../data/cruft.ts';

export const webCruftRule: Rule = {
  kind: 'web-cruft',
  run(text) {
    const edits: Edit[] = [];
    const all = lines(text);
    const tail = relatedListStart(all.map((l) => l.text.trim()));
    all.forEach((line, i) => {
      const trimmed = line.text.trim();
      if (trimmed === '') return;
      const cruft = CRUFT_LINES.find((c) => c.pattern.test(trimmed));
      if (cruft) {
        edits.push(dropLine(text, line, `${cruft.reason}: ${trimmed}`));
        return;
      }
      if (i > tail) {
        edits.push(dropLine(text, line, `entry of the link list under the article: ${trimmed}`));
        return;
      }
      const lead = line.text.length - line.text.trimStart().length;
      for (const b of BYLINES) {
        const m = b.pattern.exec(line.text.slice(lead));
        // the byline must be followed by the sentence it introduces
        if (m && m[0].length < trimmed.length) {
          edits.push({ offset: line.start + lead, length: m[0].length, replacement: '', reason: `${b.reason}: ${m[0].trim()}` });
          break;
        }
      }
    });
    return edits;
  },
};

/** Index of the related-links heading that starts the page's tail, or Infinity. */
function relatedListStart(texts: string[]): number {
  for (let i = 0; i < texts.length; i++) {
    if (!RELATED_LIST_HEADING.test(texts[i]!)) continue;
    let j = i + 1; // (a loop, not slice().every(): a large file may hold many such headings)
    while (j < texts.length && (texts[j] === '' || !BODY_LINE.test(texts[j]!))) j++;
    if (j === texts.length) return i;
  }
  return Infinity;
}
