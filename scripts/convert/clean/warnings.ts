// Checks on the cleaned text for anything suspicious left behind. These never change the text.
import type { Rule } from './rule.ts';
import { findMojibake } from '../mojibake.ts';

const TAG_LIKE = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;

export const suspiciousTextRule: Rule = {
  kind: 'warning',
  run(text, ctx) {
    for (const span of findMojibake(text)) {
      ctx.warn(span.offset, `garbled text (GBK byte shift?) ${JSON.stringify(span.text)}: add a correction (npx tsx scripts/convert/propose-corrections.ts <raw file>)`);
    }
    for (const m of text.matchAll(/\uFFFD+/g)) {
      ctx.warn(m.index, `replacement character U+FFFD (${m[0].length}×): bytes were lost before this file reached us`);
    }
    for (const m of text.matchAll(/[\uE000-\uF8FF]+/g)) {
      ctx.warn(m.index, `private-use character(s) ${JSON.stringify(m[0])}: probably an unmapped GBK code`);
    }
    for (const m of text.matchAll(TAG_LIKE)) {
      ctx.warn(m.index, `tag-like text ${m[0]} kept as text (not a formatting tag)`);
    }
    return [];
  },
};
