// Whitespace tidy-up after the other rules, in two steps: trailing spaces on lines first, then
// blank lines (none at the start, at most one between paragraphs, exactly one final newline).
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';

export const trailingSpaceRule: Rule = {
  kind: 'whitespace',
  run(text) {
    return [...text.matchAll(/[ \t\u00a0\u3000]+$/gm)].map((m) => ({
      offset: m.index,
      length: m[0].length,
      replacement: '',
      reason: 'trailing whitespace',
    }));
  },
};

export const blankLineRule: Rule = {
  kind: 'whitespace',
  run(text) {
    const edits: Edit[] = [];
    const lead = /^\n+/.exec(text);
    if (lead) edits.push({ offset: 0, length: lead[0].length, replacement: '', reason: 'blank lines at the start' });
    for (const m of text.matchAll(/\n{3,}/g)) {
      if (m.index === 0 || m.index + m[0].length === text.length) continue;
      edits.push({ offset: m.index + 2, length: m[0].length - 2, replacement: '', reason: 'extra blank lines' });
    }
    const tail = /\n+$/.exec(text);
    if (!tail) {
      if (text.length > 0) edits.push({ offset: text.length, length: 0, replacement: '\n', reason: 'final newline added' });
    } else if (tail[0].length > 1 && tail.index > 0) {
      edits.push({ offset: tail.index + 1, length: tail[0].length - 1, replacement: '', reason: 'blank lines at the end' });
    }
    return edits;
  },
};

/** Form feeds (page breaks in text extracted from PDFs) become line ends, so page headers show as lines. */
export const formFeedRule: Rule = {
  kind: 'whitespace',
  run(text) {
    return [...text.matchAll(/\f/g)].map((m) => ({
      offset: m.index,
      length: 1,
      replacement: text[m.index - 1] === '\n' || text[m.index + 1] === '\n' ? '' : '\n',
      reason: 'form feed (page break)',
    }));
  },
};
