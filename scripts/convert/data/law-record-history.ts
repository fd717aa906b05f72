// Taiwan's law database prints the law's own record above its text: 法規名稱：/修正日期：/法規類別：,
// then often a 沿革： (amendment history) block, one numbered entry per event, each wrapped over lines:
//   沿革：
//   1.中華民國七十六年七月三日行政院（76）台內字第 14636  號令
//   訂定發布全文 50 條
// It is the law's history note (as 题注 on the mainland): head, never numbered sections.

import { INFO_KEYS } from './info-table.ts';

/** A field line of the law's record (法規名稱：…, 修正日期：…), from the information-table keys marked `record`. */
export const RECORD_FIELD = new RegExp(`^(?:${INFO_KEYS.filter((k) => k.record).map((k) => k.key).join('|')})\\s*[：:]`);

/** The label that opens the history block; the database sets it alone on its line. */
export const HISTORY_LABEL = /^沿革\s*[：:]\s*$/;

/**
 * An entry starts with its number and the date in the Republic's calendar (1.中華民國…, 10. 中華民國…, １０．民國…).
 * Each is a paragraph of its own though the one before ends without a full stop (the line-wrap rule keeps them apart).
 */
export const HISTORY_ENTRY = /^[0-9０-９]{1,3}\s*[.．、]\s*(?:中華民國|中华民国|民國|民国)/;

/**
 * The law's own text after the block: a chapter (第 一 章 總則, the database writes its numbers in
 * Chinese), an article alone on its line (第 1 條, 第 2-1 條) or a point (一、). A wrapped entry's line may start with
 * 第 too, but then runs on (第 2-1  條條文；…), so it never ends the block.
 */
export const LAW_TEXT_START = [
  /^第\s*[一二三四五六七八九十百千零〇]+\s*[編编章節节](?:\s|$)/,
  /^第\s*[0-9０-９]+(?:\s*[-－之]\s*[0-9０-９]+)?\s*[條条]$/,
  /^(?:前言|序言)$/,
  /^[一二三四五六七八九十]+\s*、/, // a rule set as points (要點: 一、…), no articles
];

/** An entry spans at most this many lines (the longest seen: three announcements run into one entry). */
export const MAX_ENTRY_LINES = 8;

/**
 * Who issued the text, as an entry names it: the body before its document number (行政院（76）台內字第 14636 號令,
 * 法務部法令字第11202009310號令, 司法院院台廳行一字第…號函), or before 令 (行政院令修正發布), or the body whose meeting
 * adopted it (監察院第二十二次會議通過). A body's name ends like this; a sub-unit named after it (國家發展委員會
 * 檔案管理局, 行政院農業委員會) is part of the name, while the document code after it (院授研綜字, 院台廳行一字) is not.
 */
export const BODY_END = /(?:總統府祕書長|總統府秘書長|總統|院|部|委員會|會議|局|署|處|府)$/;
export const SUB_UNIT = /^[\u4e00-\u9fff]{1,10}?(?:委員會|局|署|處|分署|中心)/;
/** The document code and number of an entry's act: （76）台內字第 14636 號令, 院授研綜字第0982260326號令. */
export const ACT_NUMBER = /[（(]?[0-9０-９]*[)）]?[\u4e00-\u9fff（）()]{0,12}?字第\s*[0-9０-９A-Za-z\s]+號(?:令|公告|函)/;
/** An entry that only fixes when a law takes effect (行政院令發布定自…施行) says nothing of who issued the text. */
export const COMMENCEMENT_ONLY = /(?:號令|^令)?發布定(?:自|於)|施行日期/;
/**
 * The President (before 1948 the National Government) promulgates the laws the Legislative Yuan adopted (總統…令制定公布): the promulgator is not the
 * issuer, and the adopting body is not named (as 主席令 on the mainland, whose cover names the congress).
 */
export const PROMULGATES_FOR_LEGISLATURE = /^(?:總統|國民政府)$/;
