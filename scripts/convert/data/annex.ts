// Annexes and issued texts: how Chinese official documents mark what follows the main text.

/**
 * An annex heading on a line of its own: 附件, 附件1, 附件一, 附件2：名单, 附表3 …, 附录 (also
 * traditional 附錄). Group 1 is the word, group 2 the number (none: numbered by position),
 * group 3 the title on the same line. The number must end the word (附件三所列… is a citation).
 * A bare heading may end in the full stop a web page sets after the number (附件1., which the
 * punctuation rule keeps as the marker's point; a copy may have typed it 附件1。).
 */
const annexHeading = (words: string) =>
  new RegExp(`^(${words})[ \\t\\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?(?:[.．。]?$|[ \\t\\u3000]*[:：][ \\t\\u3000]*(.*)$|[ \\t\\u3000．.、]+(.+)$)`);
export const ANNEX_HEADING = annexHeading('附件|附表|附录|附錄');
/**
 * The structure stage also reads a bare 附： (older notices, forwarded reports: 附： / 某某计划表) as
 * an annex. Not the cleaner: 附：… after a wrap inside a paragraph (…的命令》 / 附：国徽图案、说明…) is
 * running text, so a line starting 附： must not stop a join.
 */
export const ANNEX_HEADING_LOOSE = annexHeading('附件|附表|附录|附錄|附(?=[ \\t\\u3000]*[:：])');

/**
 * An annex title wrapped over two lines (深圳湾口岸港方口岸区的 / 查验区界址点坐标): a first line
 * ending in a word that cannot end a title (的, 和, 及, 与, 暨, 、, 关于, 对) goes on in the next.
 */
export const ANNEX_TITLE_OPEN_END = /(?:的|和|及|与|與|暨|、|关于|關於|对|對)$/;

/** An annex heading line is short and has no sentence end (附件：…推广清单, not a sentence about annexes). */
export const MAX_ANNEX_LINE = 80;
export const ANNEX_LINE_BREAKS = /[。！？；;，,]/;

/**
 * A 附件：… line in the main text lists the annexes; the annexes themselves follow the signature.
 * A candidate with a signature date line within this many paragraphs after it (before the next
 * candidate) is such a list, not an annex.
 */
export const ANNEX_LIST_REACH = 8;

/**
 * The title of a notice that issues or forwards texts of its own: 关于印发《…》的通知,
 * 关于转发…意见的通知, 关于批转…的通知, …印发…的函. Group 1 names the issued text(s).
 */
export const ISSUING_TITLE = /(?:印发|转发|轉發|批转|批轉|颁布|頒布|发布|發布)(.+?)的(?:通知|函)$/;

/** In the notice, the issued texts are named in 《》 (现将《…》印发给你们). */
export const NAMED_TEXT = /《([^《》]{2,80})》/g;

/** Notice paragraphs that name the issued texts: where to look for 《…》 besides the title. */
export const ISSUING_SENTENCE = /印发|转发|轉發|批转|批轉|发给你们|發給你們/;

/** How many paragraphs after the notice's title may name the issued texts. */
export const ISSUING_SENTENCE_REACH = 6;

/** Similarity (character-pair Dice) from which a title line is the issued text's title. */
export const ISSUED_TITLE_MATCH = 0.8;
