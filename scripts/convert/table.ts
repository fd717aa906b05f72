// A table in the document model. Model paragraphs are strings; a table is the one kind of
// paragraph with line breaks inside: one row per line, cells separated by tabs (a one-cell row
// is a label spanning the columns). The split stage builds it (split/tables.ts), the structure
// stage keeps it whole as body text (never a heading), emit writes a Markdown table (emit-table.ts).

export const ROW_SEPARATOR = '\n';
export const CELL_SEPARATOR = '\t';

export function isTable(paragraph: string): boolean {
  return paragraph.includes(ROW_SEPARATOR);
}

export function tableText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map((c) => c.replace(/[\t\n]+/g, ' ')).join(CELL_SEPARATOR)).join(ROW_SEPARATOR);
}

export function tableRows(paragraph: string): string[][] {
  return paragraph.split(ROW_SEPARATOR).map((row) => row.split(CELL_SEPARATOR).map((c) => c.trim()));
}
