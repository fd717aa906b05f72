// Full-width digits (２０１８年１２月１８日, 第７０７号, 国发〔２０１９〕５号) → ASCII digits. Copies typed
// with a full-width input method or exported from older word processors write them so; every reader
// of dates, numbers and markers, the search index and a reader's query expect 0–9. Each run of them is
// one change in the report.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { asciiDigits } from '../digits.ts';

const FULL_WIDTH_DIGITS = /[０-９]+/g;

export const fullWidthDigitsRule: Rule = {
  kind: 'digits',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(FULL_WIDTH_DIGITS)) {
      const ascii = asciiDigits(m[0]);
      edits.push({ offset: m.index, length: m[0].length, replacement: ascii, reason: `full-width digits ${m[0]} → ${ascii}` });
    }
    return edits;
  },
};
