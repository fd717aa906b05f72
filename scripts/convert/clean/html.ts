// HTML remnants: formatting tags, entities, and closing tags whose '<' was garbled to '?'
// (`?/p>`, seen where a GBK byte shift swallowed the '<').
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { FORMATTING_TAGS, NAMED_ENTITIES } from '../data/html.ts';

const TAGS = FORMATTING_TAGS.join('|');
const PATTERN = new RegExp(
  [
    `<\\/?(?:${TAGS})(?:\\s[^<>]*)?\\/?>`, // <p>, </p>, <br/>, <span class="x">
    `\\?\\/(?:${TAGS})>`, // ?/p> : a closing tag with its '<' garbled
    `&(?:[a-zA-Z]+|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`, // entities
  ].join('|'),
  'gi',
);

export const htmlRule: Rule = {
  kind: 'html',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(PATTERN)) {
      const s = m[0];
      if (s.startsWith('&')) {
        const ch = decodeEntity(s);
        if (ch === null) continue;
        edits.push({ offset: m.index, length: s.length, replacement: ch, reason: `HTML entity ${s}` });
      } else {
        edits.push({ offset: m.index, length: s.length, replacement: '', reason: `HTML tag ${s}` });
      }
    }
    return edits;
  },
};

function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}
