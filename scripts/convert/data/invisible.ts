// Invisible characters that change how text is shown or split, each with why a reviewer must know.
// They are kept (source text is text) and warned about with their line, once per run of them.

export interface Invisible {
  pattern: RegExp;
  reason: string;
}

export const INVISIBLE: readonly Invisible[] = [
  {
    // Bidirectional controls (embeddings, overrides, isolates, marks): an RLO can make a heading,
    // a file name or a number read backwards on the page ("Trojan Source").
    pattern: /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/g,
    reason: 'bidirectional control character(s) can reorder the text as shown (a heading or number may read backwards); remove them unless the text is right-to-left',
  },
  {
    // Line/paragraph separators: no line break in the Markdown, but one in some readers and editors.
    pattern: /[\u2028\u2029]+/g,
    reason: 'Unicode line/paragraph separator(s) U+2028/U+2029: a line break to some programs and none to others; replace with a real line break or remove',
  },
  {
    // A BOM inside the text (files joined together) or a zero-width no-break space.
    pattern: /\ufeff+/g,
    reason: 'byte-order mark U+FEFF inside the text (files joined together?): invisible, and it splits words for search; remove it',
  },
];
