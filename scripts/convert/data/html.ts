// HTML left in text copied from web pages. Only tags that format web text are removed; any other
// tag-like text (e.g. `<script>` quoted in a document) is kept as text and escaped by emit.

/** Formatting tags removed wherever they appear (opening, closing or self-closing). */
export const FORMATTING_TAGS: readonly string[] = [
  'p', 'br', 'div', 'span', 'font', 'b', 'i', 'u', 'em', 'strong', 'sup', 'sub', 'a', 'img',
  'table', 'tbody', 'thead', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'center', 'hr',
];

/** Named entities seen in copied Chinese web text, decoded to their characters. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', times: '×', divide: '÷', deg: '°', plusmn: '±', copy: '©', reg: '®', bull: '•',
  // not an HTML entity: gov.cn pages have `&sp;` where a space was meant (国务院办公厅 &sp; after a
  // signature, padded right); the browser shows it as text, so a copy has it, and it hid the signature
  sp: ' ',
};
