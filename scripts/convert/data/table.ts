// What a table row looks like in text that lost its HTML (browser copies, PDF extractions).

/** A tab between two cells: a browser copy of an HTML table row (empty cells give two tabs). */
export const TAB_ROW = /\S\t+\S/;

/** Cells of a PDF extraction line up with runs of spaces: two or more ASCII spaces or ideographic spaces. */
export const ALIGNED_GAP = / {2,}|\u3000{2,}/;

/**
 * A law level set apart from its text by a wide gap or a tab (第一条　　根据宪法…, 第一章\t总则: as many web
 * and Word copies of laws set them) is a heading and its text, not two cells: a run of such articles is no table.
 */
export const SPACED_LAW_LEVEL = /^[ \u3000]*第[一二三四五六七八九十百千零〇两0-9０-９]+(?:分[编編]|[编編章节節条條])(?:之[一二三四五六七八九十]+)?(?: {2,}|\u3000{2,}|\t+)/;

/**
 * … and so is a list item set apart from its sentence by a wide gap (（一）　　中华人民共和国；, 一、  …。, …（…负责）):
 * its text ends a sentence or clause, as a table's cell seldom does.
 */
export const SPACED_ITEM = /^[ \u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)(?: {2,}|\u3000{2,})(?=.*(?:[。！？；;：:][”’」』）)]*|[）)])$)/;

/**
 * A sentence whose every wide gap follows a Latin word (一、在 WCPFC  公約海域內…作業。, 二種生物 TUa  值):
 * a Latin term padded with spaces, as Taiwan's law database sets it, not columns.
 */
export const PADDED_LATIN_GAP = /[A-Za-z0-9] {2,}(?=[^ ])/g;
export const SENTENCE_ROW_END = /[。；;]$/;

/**
 * A table drawn with box-drawing characters (Taiwan's law database sets its tables so:
 * ┌──┬──┐ / │縣（市）別│在途期間日數│ / ├──┼──┤): a line that starts with one is a line of such a table.
 */
export const BOX_LINE = /^[ \u3000]*[\u2500-\u257f]/;
/** A line of a drawn table made only of rules (┌──┬──┐, ├──┼──┤): a border between rows. */
export const BOX_RULE = /^[ \u3000\u2500-\u2501\u2504-\u250b\u250c-\u254b\u2550\u2552-\u256c\u2574-\u257f]+$/;
/** The vertical borders between the cells of a drawn table. */
export const BOX_BORDER = /[\u2502\u2503\u2506\u2507\u250a\u250b\u2551]/;

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

/**
 * Words of column headings (序号, 名称, 单位, 指标, 内容, 部门, 范围, 備考, a heading ending 別 as in 縣（市）別 …): a first row where at least
 * half the cells hold one is the table's header. Plain text has no <th>; without these words the
 * first row is data (a list of names: 梁言顺 | 中央宣传部副部长) and the table gets no header.
 */
export const HEADER_WORDS = /序号|編號|编号|名称|名稱|单位|單位|数量|數量|数值|數值|金额|金額|指标|指標|内容|內容|部门|部門|范围|範圍|时间|時間|日期|备注|備註|类别|類別|项目|項目|性质|性質|说明|說明|标准|標準|措施|举措|舉措|任务|任務|姓名|职务|職務|地区|地區|年份|合计|合計|分值|方式|依据|依據|责任|責任|牵头|牽頭|要求|目标|目標|备考|備考|种类|種類|期间|期間|日数|日數|比例|比率|费率|費率|等级|等級|条件|條件|对象|對象|[别別]$/;
export const HEADER_SHARE = 0.5;
