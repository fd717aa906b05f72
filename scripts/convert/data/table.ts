// What a table row looks like in text that lost its HTML (browser copies, PDF extractions).

/** A tab between two cells: a browser copy of an HTML table row (empty cells give two tabs). */
export const TAB_ROW = /\S\t+\S/;

/** Cells of a PDF extraction line up with runs of spaces: two or more ASCII spaces or ideographic spaces. */
export const ALIGNED_GAP = / {2,}|\u3000{2,}/;

/** Space-aligned rows count as a table only in a run this long with the same number of cells (≥ 2). */
export const MIN_ALIGNED_ROWS = 3;

/**
 * A one-cell row inside a table: a group label spanning the columns (一、知识产权保护方面（共5项）).
 * Short, no sentence end; it is part of the table only when a row with cells follows within
 * MAX_LABEL_RUN lines (a table with rows left out may hold two labels in a row).
 */
export const MAX_LABEL_LENGTH = 60;
export const MAX_LABEL_RUN = 2;
export const LABEL_BREAKS = /[。！？；;]$/;

/** A caption line just before a table: 表1 …, 附表2 …, 表一： … (short, no sentence end). */
export const CAPTION = /^(?:附?表)\s*[0-9０-９一二三四五六七八九十]+(?:[-－—.．][0-9０-９]+)?(?:[\s:：　]|$)/;
export const MAX_CAPTION_LENGTH = 60;
