// ASCII punctuation in Chinese text → full-width (patterns in ../data/punctuation.ts). Each mark
// is its own change in the report, so a reader can see every one (and conservation holds).
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { COLON_BEFORE_NUMBER, FULL_STOP, FULL_STOP_AFTER_NUMBER, FULL_WIDTH, MARK_AFTER_NUMBER, MARK_AFTER_PERCENT, MARK_AT_END, MARK_BEFORE_NUMBER, MARK_BETWEEN_CJK, PARENS_AROUND_CJK, QUOTES_AROUND_CJK } from '../data/punctuation.ts';

export const punctuationRule: Rule = {
  kind: 'punctuation',
  run(text) {
    const edits: Edit[] = [];
    const withParens = text.split('');
    const pairs = [
      { re: PARENS_AROUND_CJK, open: '（', close: '）', what: ['ASCII "(" around Chinese text', 'ASCII ")" around Chinese text'] },
      { re: QUOTES_AROUND_CJK, open: '“', close: '”', what: ['ASCII \'"\' opening a quotation in Chinese text', 'ASCII \'"\' closing a quotation in Chinese text'] },
    ] as const;
    for (const { re, open, close: shut, what } of pairs) {
      for (const m of text.matchAll(re)) {
        const close = m.index + m[0].length - 1;
        withParens[m.index] = open;
        withParens[close] = shut;
        edits.push({ offset: m.index, length: 1, replacement: open, reason: `${what[0]} → "${open}"` });
        edits.push({ offset: close, length: 1, replacement: shut, reason: `${what[1]} → "${shut}"` });
      }
    }
    // marks are read on the text with its brackets already full-width: 區(縣),核算 → 區（縣），核算
    const view = withParens.join('');
    for (const re of [MARK_BETWEEN_CJK, MARK_BEFORE_NUMBER, MARK_AT_END, MARK_AFTER_NUMBER, MARK_AFTER_PERCENT, COLON_BEFORE_NUMBER, FULL_STOP, FULL_STOP_AFTER_NUMBER]) {
      for (const m of view.matchAll(re)) {
        const mark = m[1]!;
        edits.push({ offset: m.index, length: m[0].length, replacement: FULL_WIDTH[mark]!, reason: `ASCII "${mark}" in Chinese text → "${FULL_WIDTH[mark]}"` });
      }
    }
    // the two patterns may find the same mark; keep one edit per offset
    const seen = new Set<number>();
    return edits.sort((a, b) => a.offset - b.offset).filter((e) => !seen.has(e.offset) && seen.add(e.offset));
  },
};
