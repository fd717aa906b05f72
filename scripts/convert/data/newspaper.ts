// Newspaper page artefacts. Numbers may be Chinese or Arabic; brackets full- or half-width.
const PAGE = '第?[一二三四五六七八九十百0-9０-９]+[版页頁面]';

/** "continued on page N" at the end of a paragraph: （下转第二版） (下轉第三版) */
export const CONTINUED_ON = new RegExp(`[ \\t\\u3000]*[（(](?:下转|下轉|转|轉|转至|轉至)${PAGE}[）)][ \\t\\u3000]*$`);

/** "continued from page N" at the start of a paragraph: （紧接第一版） （上接第二版） */
export const CONTINUED_FROM = new RegExp(`^[ \\t\\u3000]*[（(](?:紧接|緊接|上接|接|承)${PAGE}[）)][ \\t\\u3000]*`);

/** Repeated lines longer than this are body text, not running page headers. */
export const PAGE_HEADER_MAX_LENGTH = 80;

/** Lines a law repeats by nature, never a running header: a deleted article's note （刪除）. */
export const LAW_REPEATS = /^[（(](刪除|删除)[）)]$/;

/**
 * The running header of a gazette (公报) page: the periodical's name with its issue number, in either
 * order, maybe with the page number (`2022年第10期　某某市人民政府公报`, `中华人民共和国国务院公报 2019年第5号`,
 * `·12·　某某省人民政府公报　2022年第5期`). Never document text (a source note says 来源：…), so it goes
 * wherever it stands, even once.
 */
const GAZETTE = '[\\u4e00-\\u9fff]{2,24}(?:公报|公報|政报|政報)';
const ISSUE = '(?:\\d{4}\\s*年\\s*)?(?:第\\s*\\d{1,3}\\s*[期号號]|[（(]?\\s*总第\\s*\\d{1,5}\\s*[期号號]\\s*[）)]?|[（(]?\\s*總第\\s*\\d{1,5}\\s*[期号號]\\s*[）)]?)';
const PAGE_NO = '(?:[·•・—－\\-]\\s*\\d{1,4}\\s*[·•・—－\\-]|\\d{1,4})';
// a special series of the gazette, maybe letter-spaced as printed (`監察院公報 ………. 廉 政 專 刊 第 2 期 4`,
// 監察院's 公職人員財產申報 issues), and the leader dots or dash that join it to the gazette's name
const SERIES = '(?:[\\u4e00-\\u9fff][ \\u3000]?){1,8}(?:专|專|特|增)[ \\u3000]?(?:刊|辑|輯)';
const LEADER = '(?:[…⋯．.·•]{2,}|[─—－]{1,2})';
export const GAZETTE_HEADER = new RegExp(`^(?=.*${GAZETTE})(?=.*${ISSUE})(?:(?:${GAZETTE}|${ISSUE}|${PAGE_NO}|${SERIES}|${LEADER})[\\s\\u3000]*){2,7}$`);

/** A gazette's name alone (`某某省人民代表大会常务委员会公报`): a running header where it cuts a sentence at a page break. */
export const GAZETTE_NAME = new RegExp(`^${GAZETTE}$`);
