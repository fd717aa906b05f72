// Matching happens on "folded" text: whitespace removed (the index inserts spaces between
// words, and a reader may type 2021年 for 2021 年) and traditional characters mapped to
// simplified with the table learned from the site, so a query in either script matches a
// page in either script by plain substring search.

export interface Folded {
  text: string;
  /** offsets[i] = offset in the original string of folded character i */
  offsets: number[];
}

/** Whitespace as matching sees it (Pagefind's zero-width spaces included). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || (c > 0x1fff && c < 0x200c);
}

/** Length in UTF-16 units of the text without whitespace (positions in squashed text). */
export function squashedLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

export function fold(text: string, t2s: Record<string, string>): Folded {
  let out = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!isSpace(ch.charCodeAt(0))) {
      const mapped = t2s[ch] ?? ch;
      out += mapped;
      for (let k = 0; k < mapped.length; k++) offsets.push(i);
    }
    i += ch.length;
  }
  return { text: out, offsets };
}

const han = '\\p{Script=Han}';
const spaceNextToHan = new RegExp(`(?<=[${han}\\p{P}\\p{S}])\\s+|\\s+(?=[${han}\\p{P}\\p{S}])`, 'gu');

/** Removes the spaces the index inserted between words and marks (any space next to a Chinese
 * character, a punctuation mark or a symbol, and Pagefind's zero-width spaces). */
export function despace(text: string): string {
  return text.replace(/\u200b/g, '').replace(spaceNextToHan, '');
}
