// Source text must reach the page as text: nothing in it may become Markdown syntax, HTML or an
// attribute block. CommonMark lets any ASCII punctuation be backslash-escaped, so escape the
// inline-significant ones everywhere and the block-significant ones at the start of a line.

/** Inline syntax: emphasis, code, links, raw HTML, entities, attribute braces, tables, strike. */
const INLINE = /[\\`*_[\]<>{}|~&]/g;

/** The site's protected-span markers (src/lib/script/protect.ts): in source text they are text. */
const MARKERS = /[\u27e6\u27e7]/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`).replace(MARKERS, (c) => `\\${c}`);
}

/** A paragraph: inline escapes plus whatever would start a block (heading, list, quote, rule, code). */
export function escapeParagraph(text: string): string {
  let out = escapeInline(text.replace(/[ \t]+/g, ' ').trim());
  // #, >, -, +, = at the start: headings, quotes, lists, rules, setext underlines.
  out = out.replace(/^([#>+=-])/, '\\$1');
  // "1. " or "1) " at the start would be an ordered list.
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

/** YAML scalar: always a double-quoted string (JSON strings are valid YAML). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
