// Whitespace tidy-up after the other rules, in two steps: trailing spaces on lines (and lines of
// zero-width characters only) first, then
// blank lines (none at the start, at most one between paragraphs, exactly one final newline).
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';

/** A line of nothing but zero-width characters (and spaces): web copies of law collections set empty paragraphs so. */
const INVISIBLE_LINE = /^[ \t\u00a0\u3000]*[\u200b-\u200d\u2060\ufeff][ \t\u00a0\u3000\u200b-\u200d\u2060\ufeff]*$/gm;

export const trailingSpaceRule: Rule = {
  kind: 'whitespace',
  run(text) {
    const invisible = [...text.matchAll(INVISIBLE_LINE)].map((m) => ({
      offset: m.index,
      length: m[0].length,
      replacement: '',
      reason: 'a line of zero-width characters only (an empty paragraph): a blank line',
    }));
    const inside = (o: number) => invisible.some((e) => o >= e.offset && o < e.offset + e.length);
    const trailing = [...text.matchAll(/[ \t\u00a0\u3000]+$/gm)]
      .filter((m) => !inside(m.index))
      .map((m) => ({ offset: m.index, length: m[0].length, replacement: '', reason: 'trailing whitespace' }));
    return [...invisible, ...trailing].sort((a, b) => a.offset - b.offset);
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
