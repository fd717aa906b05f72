// A web page's table whose cells hold paragraphs (Word's HTML: <td><p>…</p></td>) comes out of a
// browser's copy one cell a line: the cells of a row apart by a line holding only a tab (blank lines
// around it), the rows apart by blank lines alone. Each such gap becomes the tab between two cells,
// so the row is one line of tab-separated cells that split/tables.ts reads as a table row, where two
// rows or more of as many cells follow each other. Only the whitespace between cells changes (kind
// `whitespace`).
import type { Edit } from './edits.ts';
import { lines, type Rule } from './rule.ts';

/** A line of whitespace holding a tab: the gap a browser leaves between two cells of a row. */
const CELL_GAP = /^[ \u00a0\u3000]*\t[ \t\u00a0\u3000]*$/;
/** A table needs this many rows of as many cells (two or more) in a row (one stray tab line makes no table). */
const MIN_ROWS = 2;

export const tableCellsRule: Rule = {
  kind: 'whitespace',
  run(text) {
    const all = lines(text);
    // rows: runs of content lines, each pair apart by blank lines holding one tab-only line
    const rows: { cells: number[]; gaps: { from: number; to: number }[] }[] = [];
    let i = 0;
    while (i < all.length) {
      if (all[i]!.text.trim() === '') {
        i++;
        continue;
      }
      const row = { cells: [i], gaps: [] as { from: number; to: number }[] };
      for (;;) {
        const last = row.cells.at(-1)!;
        let j = last + 1;
        let tabs = 0;
        while (j < all.length && all[j]!.text.trim() === '') {
          if (CELL_GAP.test(all[j]!.text)) tabs++;
          j++;
        }
        if (tabs !== 1 || j >= all.length) break;
        // the gap runs from the end of one cell's text to the start of the next cell's text
        const end = all[last]!.start + all[last]!.text.trimEnd().length;
        const start = all[j]!.start + (all[j]!.text.length - all[j]!.text.trimStart().length);
        row.gaps.push({ from: end, to: start });
        row.cells.push(j);
      }
      if (row.cells.length >= 2) rows.push(row);
      i = row.cells.at(-1)! + 1;
    }
    // a table: rows one after the other (blank lines between) with as many cells each
    const tables: (typeof rows)[] = [];
    rows.forEach((r, k) => {
      const prev = rows[k - 1];
      const next = prev && all.slice(prev.cells.at(-1)! + 1, r.cells[0]).every((l) => l.text.trim() === '');
      if (next && prev.cells.length === r.cells.length) tables.at(-1)!.push(r);
      else tables.push([r]);
    });
    return tables
      .filter((t) => t.length >= MIN_ROWS)
      .flat()
      .flatMap((r) => r.gaps.map((g): Edit => ({ offset: g.from, length: g.to - g.from, replacement: '\t', reason: 'cells of a table row copied one a line (a tab-only line between them): joined into one row' })));
  },
};
