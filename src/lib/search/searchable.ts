// Whether a query can match anything: the index keeps words (letters, Han characters, digits) and
// drops marks, so a query of punctuation, symbols or spaces alone (。 ， —— 《》) has no searchable
// character. The dialogs say so instead of "no document contains 。", which is false.
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function hasSearchableText(query: string): boolean {
  return WORD_CHAR.test(query);
}
