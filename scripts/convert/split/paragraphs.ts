import type { Paragraph } from '../types.ts';

/** Cleaned text has one paragraph per line; blank lines separate nothing and are skipped. */
export function toParagraphs(text: string, base = 0): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) out.push({ text: trimmed, offset: base + start + lead });
    start = end + 1;
  }
  return out;
}
