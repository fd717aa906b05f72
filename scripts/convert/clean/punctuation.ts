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
    for (const m of text.matchAll(PARENS_AROUND_CJK)) {
      const close = m.index + m[0].length - 1;
      withParens[m.index] = '（';
      withParens[close] = '）';
      edits.push({ offset: m.index, length: 1, replacement: '（', reason: 'ASCII "(" around Chinese text → "（"' });
      edits.push({ offset: close, length: 1, replacement: '）', reason: 'ASCII ")" around Chinese text → "）"' });
    }
    for (const m of text.matchAll(QUOTES_AROUND_CJK)) {
      const close = m.index + m[0].length - 1;
      withParens[m.index] = '“';
      withParens[close] = '”';
      edits.push({ offset: m.index, length: 1, replacement: '“', reason: 'ASCII \'"\' opening a quotation in Chinese text → "“"' });
      edits.push({ offset: close, length: 1, replacement: '”', reason: 'ASCII \'"\' closing a quotation in Chinese text → "”"' });
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
