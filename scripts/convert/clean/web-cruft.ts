// Web-page cruft: whole lines matching data/cruft.ts, and reporter bylines at paragraph start.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, lines } from './rule.ts';
import { BYLINES, CRUFT_LINES } from '../data/cruft.ts';

export const webCruftRule: Rule = {
  kind: 'web-cruft',
  run(text) {
    const edits: Edit[] = [];
    for (const line of lines(text)) {
      const trimmed = line.text.trim();
      if (trimmed === '') continue;
      const cruft = CRUFT_LINES.find((c) => c.pattern.test(trimmed));
      if (cruft) {
        edits.push(dropLine(text, line, `${cruft.reason}: ${trimmed}`));
        continue;
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
    }
    return edits;
  },
};
