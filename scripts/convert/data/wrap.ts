// What the line-wrap rule treats as the end of a paragraph.

/** A line ending in one of these ends its paragraph (closing brackets/quotes count after these). */
export const SENTENCE_END = /[。！？!?；;：:…][”’」』）)]*$|[）)]$|——$/;

/** A line ending in one of these cannot end a paragraph: it is always continued. */
export const CLAUSE_OPEN = /[，,、“‘「『（(《—]$/;

/** Punctuation inside a line that shows it is running text rather than a title or an issuer line. */
export const RUNNING_TEXT = /[，,。；;：:！？]/;

/** A following line that starts like this begins something new (a date note, a quote item, a list). */
export const STARTS_NEW = /^([（(]\d{4}年|——|[-•·●]|第[一二三四五六七八九十百0-9]+[章节条])/;
