import { BOX_BORDER, BOX_LINE, BOX_RULE } from '../data/table.ts';
import { tableText } from '../table.ts';
import type { Paragraph } from '../types.ts';

// Tables drawn with box-drawing characters (data/table.ts BOX_LINE): a run of such lines becomes one
// table paragraph. Rule lines (├──┼──┤) divide the rows; the lines between two rules are one row,
// its cells split at the vertical borders (│) and a tall cell's lines joined. A table too wide for
// the page is printed in slices (the same rows again with further columns): each slice's rows are
// rows of the one table. The drawing characters are the table's markup, like the tabs of a browser
// copy: they go, the text of every cell stays.

/** A drawn table has at least this many lines (a lone ├──┤ is a rule in the text). */
const MIN_LINES = 2;

export function groupBoxTables(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j < paragraphs.length && BOX_LINE.test(paragraphs[j]!.text)) j++;
    const run = paragraphs.slice(i, j).map((p) => p.text);
    // a rule between rows and a row of cells: not a formula drawn with a stray ┌ or ├──
    const drawn = j - i >= MIN_LINES && run.some((t) => BOX_RULE.test(t.trim())) && run.some((t) => !BOX_RULE.test(t.trim()));
    const rows = drawn ? boxRows(run) : [];
    if (rows.length === 0) {
      out.push(paragraphs[i]!);
      i++;
      continue;
    }
    out.push({ text: tableText(rows), offset: paragraphs[i]!.offset });
    i = j;
  }
  return out;
}

/** The rows of a drawn table (every row as wide as the widest), or [] when it has no text. */
export function boxRows(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  let block: string[][] = [];
  const flush = () => {
    const width = Math.max(0, ...block.map((b) => b.length));
    const row = Array.from({ length: width }, (_, c) => joinLines(block.map((b) => b[c] ?? '')));
    if (row.some((c) => c !== '')) rows.push(row);
    block = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (BOX_RULE.test(t)) flush();
    else block.push(cellsOf(t));
  }
  flush();
  const width = Math.max(0, ...rows.map((r) => r.length));
  // a one-cell row stays one cell (a label spanning the columns); others are padded at the end
  return rows.map((r) => (r.length === 1 ? r : [...r, ...Array<string>(width - r.length).fill('')]));
}

/** The cells of one line: the text between its vertical borders. */
function cellsOf(line: string): string[] {
  return line.replace(OUTER_BORDER_START, '').replace(OUTER_BORDER_END, '').split(INNER_BORDER).map((c) => c.trim());
}

// built once, not for every line of a table
const OUTER_BORDER_START = new RegExp(`^${BOX_BORDER.source}`);
const OUTER_BORDER_END = new RegExp(`${BOX_BORDER.source}$`);
const INNER_BORDER = new RegExp(BOX_BORDER.source);

/** A tall cell's lines as one text: Han text runs on, Latin words and numbers keep a space. */
function joinLines(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').reduce((a, b) => (a === '' ? b : /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b), '');
}
