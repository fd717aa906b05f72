// What the line-wrap rule treats as the end of a paragraph.

/** A line ending in one of these ends its paragraph (closing brackets/quotes count after these; ︰ is a Taiwan copy's colon). */
export const SENTENCE_END = /[。！？!?；;：:︰…][”’」』）)]*$|[）)]$|——$/;

/**
 * A line pushed far in by spaces (six or more, or three ideographic): a signature or date a PDF sets
 * right, a formula or table centred. Not a paragraph indent.
 */
export const SET_FAR_IN = /^([ \u00a0]{6,}|\u3000{3,})/;

/**
 * The marks a line can end on that SENTENCE_END reads as a paragraph end, each counted apart by the
 * wrap odds (clean/end-odds.ts): a copy may end many 款 on ； yet hold few 。 inside its lines.
 * Order matters: the first that matches names the mark (。） is a full stop, not a bracket).
 */
// The colon too, since the odds count only paragraph ends before a line that starts nothing new: a list's
// lead-in before its items （一）… no longer counts, a quotation's 修改为： / “…” does (stress 192 → 190, a
// second unseen set of LawRefBook copies 69 → 62); an addressee line in a document's head never runs on (line-wrap.ts).
export const END_MARKS: readonly RegExp[] = [
  /[。！？!?][”’」』）)]*$/, // full stop, question, exclamation (a closing quote or bracket after it)
  /[；;]$/, // semicolon: the end of an item, or a clause of a long sentence
  /[）)]$/, // a closing bracket: an explanation in running text, or a title's （试行）
  /——$/, // a dash: a quotation's attribution, or a break in running text
  /…$/, // an ellipsis
  /[：:︰][”’」』]*$/, // a colon: a list's lead-in, or a quotation's
];

/**
 * A line that starts like this continues the paragraph before even after a full stop: a proviso
 * (但书, `…的除外。但…` / `…；但是…`) belongs to the 款 it qualifies. In the real set 69 paragraphs hold
 * `。但`/`；但` and none starts with 但; in the LawRefBook laws 839 `。但` inside paragraphs, 12 starts (case commentary).
 */
export const CONTINUES_PARAGRAPH = /^但/;

const N = '[一二三四五六七八九十百]+';
/**
 * Which 款 a law's citations mean. Taiwan's laws number 條 → 項 (paragraph) → 款 (item) and cite
 * 前項第一款 / 第二項第三款 (19,225 times in the 11,547 laws of kong0107/mojLawSplitJSON, never
 * 第N款第N項); PRC law numbers 条 → 款 (paragraph) → 项 (item) and cites 第一款第三项 (930 times in
 * the LawRefBook texts, never 前项第N款).
 */
export const CITES_ITEM_OF_PARAGRAPH = new RegExp(`(?:前|第${N})項第${N}款`, 'g');
export const CITES_PARAGRAPH_OF_ARTICLE = new RegExp(`(?:前|第${N})款第${N}[项項]`, 'g');

/**
 * A sentence that starts by citing an item bare (依第三款…, 第五款人員…). Where 款 are items, a new 項
 * cites another 項's items as 前項第三款, so a bare one goes on the 項 before: in the Taiwan laws such
 * a sentence after a 項 that is no item runs on 61 times and starts a 項 3 times.
 */
export const BARE_ITEM_START = new RegExp(`^(?:如依|依|其)?第${N}款`);
/** How much likelier a wrap is than a 項 end before such a sentence (61 to 3, rounded down). */
export const BARE_ITEM_ODDS = 20;

/**
 * A line ending in a word that needs the number after it (百分之 / 五、十年內…: 百分之五, 第 / 三條) runs
 * on into the next line even when that line starts like a list item; and a number on its own line
 * there is that number, never a page number (a share in a table cell `100,000 分 之` / `3096`).
 */
export const NEEDS_NUMBER = /(百分之|千分之|萬分之|万分之|[0-9０-９][ \u3000]*分[ \u3000]*之|[^次]第)$/;

/** A line ending in one of these cannot end a paragraph: it is always continued. */
export const CLAUSE_OPEN = /[，,、“‘「『（(《—]$/;

/** Punctuation inside a line that shows it is running text rather than a title or an issuer line. */
export const RUNNING_TEXT = /[，,。；;：:︰！？]/;

/**
 * A following line that starts like this begins something new (a date note, a history line `2017年9月30日 经…批准`,
 * a quote item, a list). Not a hyphen glued to a word: a chemical name broken at one (2,3,7,8 / -TeCDF).
 */
export const STARTS_NEW = /^([（(]\d{4}年|\d{4}年\d{1,2}月\d{1,2}日[ \u3000]|——|-(?![A-Za-z0-9])|[•·●]|第[一二三四五六七八九十百0-9]+[章节条])/;

/**
 * An article's number alone on its line (第 5 條 as Taiwan's law database sets it, its inner spaces gone by
 * then; 第五条): the line under it is the article's text.
 */
export const ARTICLE_ALONE = /^第[一二三四五六七八九十百千零〇两兩0-9０-９]+(?:[-－][0-9０-９]+)?[条條](?:之[一二三四五六七八九十]+)?$/;

/** A history line of a law's head (`2017年9月30日 经山东省…批准`, `2022年1月1日 施行`): a date, then a space. */
export const HISTORY_LINE = /^\d{4}年\d{1,2}月\d{1,2}日[ \u3000]/;

/**
 * A case's name (吴某与某电子商务有限公司买卖合同纠纷案, 孙银山诉南京欧尚超市有限公司江宁店买卖合同纠纷案): under a
 * case's headline (which may hold a comma) it is a line of its own, never the headline's continuation.
 */
export const CASE_NAME_LINE = /^[^，。；：！？,;:!?]{2,40}(?:诉|与)[^，。；：！？,;:!?]{2,60}案$/;

/**
 * A bracketed history note starts like this: （2015年7月6日最高人民法院审判委员会第1657次会议通过…）. Under a
 * title it is a paragraph of its own, however full the title's line (a title exactly the width of the page).
 */
export const HISTORY_NOTE_START = /^[（(]\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

/**
 * A line that starts with one of these continues the line before, whatever the layout: typesetting
 * never starts a line with a comma, a full stop or a closing bracket or quote (禁则), a copy that
 * wraps by width alone does (`（群` / `）。建成…`). Not ASCII ? or !: a garbled line may start with "?".
 */
export const NEVER_STARTS_LINE = /^[，,。．、；;：？！）)\]」』”’》〉】〕％]/;

/**
 * Closing brackets and quotes among those: in a copy with one paragraph per line a paragraph may
 * really start with one (a quotation closed across paragraphs), so there they join only when wrapped.
 */
export const CLOSING_START = /^[）)\]」』”’》〉】〕]/;

/**
 * A short line whose only marks are ！ or ？ is a headline (a WeChat repost's `重磅！国务院印发某某方案`,
 * `如何申领？一文读懂新政`), not running text broken mid-sentence: running text has a comma, a 、 or a full stop.
 */
export const HEADLINE_LINE = /^(?=[^！？!?]*[！？!?])[^，,。；;：:、]{2,30}$/;

/** A short `label：value` line (法規名稱：…, 修正日期：…) is a field, not running text. */
export const FIELD_LINE = /^[^，,。；;：:\s]{2,8}[：:][^，,。；;]{0,40}$/;

/** A 发文字号 on its own line (国办发〔2004〕7号, 某政办发[2022]15号) is a line of its own, never a wrap. */
export const DOC_NUMBER_LINE = /^[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号$/;

/**
 * An article or item cited in running text, not a heading: the number runs on into the sentence
 * (`第十二条的规定`, `第二十条、第二十一条`, `第三款规定`) where a heading is followed by a space or its text
 * (not 之 or （: `第十條之一`, `第十條（適用範圍）` are headings; not 中 or 以: `第五条中华人民共和国…` may be one);
 * a sentence's end after it (`或第十五條。`) and 條文 (`修正發布第 86 條條文`) cite one too.
 */
export const CITED_MARKER = /^第[一二三四五六七八九十百千零〇两0-9]+[条條款项項章节節](?:的|规定|規定|和|或|及|至|、|，|,|第|。|；|;|[条條]文)/;
