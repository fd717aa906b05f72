// Newspaper page artefacts. Numbers may be Chinese or Arabic; brackets full- or half-width.
const PAGE = '第?[一二三四五六七八九十百0-9０-９]+[版页頁面]';

/** "continued on page N" at the end of a paragraph: （下转第二版） (下轉第三版) */
export const CONTINUED_ON = new RegExp(`[ \\t\\u3000]*[（(](?:下转|下轉|转|轉|转至|轉至)${PAGE}[）)][ \\t\\u3000]*$`);

/** "continued from page N" at the start of a paragraph: （紧接第一版） （上接第二版） */
export const CONTINUED_FROM = new RegExp(`^[ \\t\\u3000]*[（(](?:紧接|緊接|上接|接|承)${PAGE}[）)][ \\t\\u3000]*`);

/** Repeated lines longer than this are body text, not running page headers. */
export const PAGE_HEADER_MAX_LENGTH = 80;
