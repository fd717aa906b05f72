// Text compared without its spacing: a title letter-spaced or wrapped for layout (国 务 院 文 件), a
// table-of-contents entry spaced differently from its heading. JavaScript's \s already holds the
// ideographic space U+3000 and U+FEFF; the zero-width space U+200B is no \s, and web copies put it
// between words, so where such copies are compared the other helper removes it too.

/** Text without whitespace. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Text without whitespace or zero-width spaces (a web copy's title compared with its repeat). */
export const squashInvisible = (s: string): string => s.replace(/[\s\u200b]+/g, '');
