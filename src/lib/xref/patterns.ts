// How references are written in Chinese legal and policy texts. Data, one reason each; the scanner
// (scan.ts) combines them. N = a numeral (numerals.ts).
import { NUMERAL as N } from './numerals.ts';

/** 本法 / 本条例 / 本办法 …: the text naming itself before an article number ("本法第十条"). */
export const SELF_NAME = '本(?:法|条例|規定|规定|办法|辦法|细则|細則|决定|決定|规则|規則|章程|准则|準則|意见|意見|通知|方案|解释|解釋)';

/** An article with its optional 之一, 款 and 项: 第十条之一第二款第（三）项 (also 條 / 項 in traditional). */
export const ARTICLE = `第(${N})[条條](?:之(${N}))?(?:第(${N})款)?(?:第[（(]?(${N})[）)]?[项項])?`;

/** 本条第一款第（三）项: a clause or item of the article the text stands in. A bare 本条 (or 本条例,
 * the text's own name) is the article being read, not a reference. */
export const THIS_ARTICLE = `本[条條](?![例])(?=第)(?:第(${N})款)?(?:第[（(]?(${N})[）)]?[项項])?`;

/** 前款, 前两款, 前三款: the clause(s) just before, in the same article. */
export const PREVIOUS_CLAUSES = `前(?:([两兩二三四五六七八九十]))?款`;

/** 第二编 / 第二章 / 第二章第一节 (编, 章, 节 in either script). */
export const PART = `第(${N})[编編]`;
export const CHAPTER = `第(${N})章(?:第(${N})[节節])?`;

/** A 发文字号 in brackets after a title: 《…》（国发〔2019〕5号）, also 国务院令第707号. */
export const DOC_NUMBER = '[（(]((?:[^（）()《》\\s]{1,16}(?:〔\\d{4}〕|\\[\\d{4}\\]|【\\d{4}】|［\\d{4}］)\\d+号)|(?:[^（）()《》\\s]{1,10}令第\\d+号))[）)]';

/** 《title》: a document named by its title (2 to 120 characters, no nested book-title marks). */
export const TITLE = '《([^《》\\n]{2,120})》';

/** Characters before 第…条 that make it an article of some other, unnamed text (宪法第十条,
 * 刑法第二十条, 条例第五条, 民法典第八十四条, 公约第三条 written without 《》). Such references are
 * counted, not linked. */
export const OTHER_TEXT_BEFORE = /[法例定则則程令典约約]$/;

/** What may stand between two references of one list (第五条、第六条和第八条): the later ones
 * belong to the same text as the first (公司法第二十一条、第八十四条; 《X》第三条、第五条). */
export const LIST_JOINER = /^(?:[、，,]|和|及|与|與|或者?|以及|至|到|、第?)$/;
