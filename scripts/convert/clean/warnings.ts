// Checks on the cleaned text for anything suspicious left behind. These never change the text.
import type { Rule } from './rule.ts';
import { findMojibake } from '../mojibake.ts';
import { INVISIBLE } from '../data/invisible.ts';

const TAG_LIKE = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

export const suspiciousTextRule: Rule = {
  kind: 'warning',
  run(text, ctx) {
    if (text.trim() === '') ctx.warn(0, 'nothing is left after cleaning: is this file only web-page furniture?', 'empty');
    const spans = findMojibake(text);
    for (const span of spans) {
      const at = ctx.sourceOffset?.(span.offset) ?? span.offset;
      ctx.warn(span.offset, `garbled text (GBK byte shift?) at offset ${at} ${JSON.stringify(span.text)}: add a correction (npx tsx scripts/convert/propose-corrections.ts <raw file>)`, 'garbled');
    }
    // spans are sorted and '?' matches come in order: one pointer instead of a search per match
    let k = 0;
    const inSpan = (i: number) => {
      while (k < spans.length && spans[k]!.offset + spans[k]!.text.length <= i) k++;
      return k < spans.length && i >= spans[k]!.offset;
    };
    for (const m of text.matchAll(/\?/g)) {
      const near = (text[m.index - 1] ?? '') + (text[m.index + 1] ?? '');
      if (CJK.test(near) && !inSpan(m.index)) ctx.warn(m.index, `stray "?" in Chinese text: a character may have been lost`, 'character?');
    }
    for (const m of text.matchAll(/\uFFFD+/g)) {
      ctx.warn(m.index, `replacement character U+FFFD (${m[0].length}×): bytes were lost before this file reached us`, 'character?');
    }
    for (const m of text.matchAll(/[\uE000-\uF8FF]+/g)) {
      ctx.warn(m.index, `private-use character(s) ${JSON.stringify(m[0])}: probably an unmapped GBK code`, 'character?');
    }
    for (const { pattern, reason } of INVISIBLE) {
      for (const m of text.matchAll(pattern)) {
        const codes = [...new Set(m[0])].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
        ctx.warn(m.index, `${codes}: ${reason}`, 'character?');
      }
    }
    for (const m of text.matchAll(TAG_LIKE)) {
      ctx.warn(m.index, `tag-like text ${m[0]} kept as text (not a formatting tag)`, 'tag?');
    }
    return [];
  },
};
