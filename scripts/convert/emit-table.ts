import { HEADER_SHARE, HEADER_WORDS } from './data/table.ts';
import { escapeInline } from './emit-escape.ts';
import { tableRows } from './table.ts';

// A model table (../table.ts) as a GFM pipe table. The first row is the header when it reads as
// one (column words, data/table.ts); else the header row is empty (the site drops it). A row with fewer
// cells than the table is a browser copy of merged cells: a one-cell row is a label spanning the
// columns (first cell), a longer one lost its leading cells to the rows above (rowspan), so it
// is padded at the start. Cell text is escaped like any inline text (| included).

export function emitTable(paragraph: string): string {
  const rows = tableRows(paragraph);
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => (r.length === 1 ? [r[0]!, ...blank(width - 1)] : [...blank(width - r.length), ...r]));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => escapeInline(c.replace(/\s+/g, ' ').trim())).join(' | ')} |`;
  const header = isHeader(rows[0]!) ? padded.shift()! : blank(width);
  return [line(header), `|${' --- |'.repeat(width)}`, ...padded.map(line)].join('\n');
}

function isHeader(cells: readonly string[]): boolean {
  return cells.length > 1 && cells.filter((c) => HEADER_WORDS.test(c)).length >= cells.length * HEADER_SHARE;
}

function blank(n: number): string[] {
  return Array.from({ length: Math.max(0, n) }, () => '');
}
