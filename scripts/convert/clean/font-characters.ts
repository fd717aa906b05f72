// A PDF font's stand-in characters (compatibility ideographs, Kangxi radicals) → the unified Han
// characters Unicode names for them (blocks and reasons in ../data/font-characters.ts). Each run of
// them is one change in the report, so conservation holds and a reader sees what was replaced.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { FONT_CHARACTER_BLOCKS } from '../data/font-characters.ts';

const UNIFIED_HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\u{20000}-\u{3134f}]$/u;

export const fontCharactersRule: Rule = {
  kind: 'character',
  run(text) {
    const edits: Edit[] = [];
    for (const { pattern, form, reason } of FONT_CHARACTER_BLOCKS) {
      for (const m of text.matchAll(pattern)) {
        const unified = m[0].normalize(form);
        if (unified === m[0] || !UNIFIED_HAN.test(unified)) continue;
        const code = m[0].codePointAt(0)!.toString(16).toUpperCase();
        edits.push({ offset: m.index, length: 1, replacement: unified, reason: `${reason}: U+${code} → ${unified}` });
      }
    }
    return edits.sort((a, b) => a.offset - b.offset);
  },
};
