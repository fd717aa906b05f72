// Lines of an official document's head and closing block (GB/T 9704): 发文字号, 主送机关,
// the decree cover of a 令, signatures, （此件公开发布）, and the 版记 (抄送, 印发). Each with its reason.

const N = '[0-9０-９]+';
const ZH_N = '[0-9０-９一二三四五六七八九十百千〇零]+';
/** Brackets real copies put around the year of a 发文字号; normalised to 〔〕. */
const OPEN = '[〔\\[［(（【]';
const CLOSE = '[〕\\]］)）】]';

/** 国发〔2019〕5号, 国办发明电[2018]15号, 浙委发（2021）12号: agency code, year, number. */
export const DOC_NUMBER = new RegExp(`([\\u4e00-\\u9fff]{1,12}?)\\s*${OPEN}\\s*((?:19|20)\\d{2})\\s*${CLOSE}\\s*(第?\\s*${N}\\s*号)`);
/**
 * A 公告 or 通告 is numbered by year after its issuers' names: 财政部　税务总局　海关总署公告2019年第39号,
 * 国家税务总局公告2019年第14号 (the whole line, maybe in brackets; the names keep one space between them).
 */
export const ANNOUNCEMENT_NUMBER_LINE = new RegExp(`^[（(]?\\s*((?:[\\u4e00-\\u9fff]{2,20}[\\s　]+){0,5}[\\u4e00-\\u9fff]{2,20}?)\\s*(公告|通告)\\s*((?:19|20)\\d{2})\\s*年\\s*(?:度\\s*)?第\\s*(${N})\\s*号\\s*[)）]?$`);
/** The whole line is a 发文字号, maybe in brackets: （国发〔2019〕5号）. */
export const DOC_NUMBER_LINE = new RegExp(`^[（(]?\\s*${DOC_NUMBER.source}\\s*[)）]?$`);

/**
 * 发文机关标志 of an official copy's 版头 (GB/T 9704): the issuer's name and 文件 (国务院文件, 国务院办公厅文件,
 * 中共中央办公厅 国务院办公厅文件), often letter-spaced, set above the 发文字号. Spaces removed before the test.
 * It is the letterhead, not text of the document (the web edition has none): with a 发文字号 line right
 * after it, the cleaner removes it.
 */
export const LETTERHEAD = /^[\u4e00-\u9fff][\u4e00-\u9fff、]{1,40}文件$/;

/**
 * A decree's cover: 中华人民共和国国务院令 (第707号 on the same or the next line, maybe in brackets:
 * 中华人民共和国主席令（第三十号）); joint decrees name their bodies apart (中华人民共和国国务院　中华人民共和国中央军事委员会令).
 */
export const DECREE_COVER = new RegExp(`^((?:中华人民共和国|中華人民共和國)?[\\u4e00-\\u9fff]{2,20}?(?:[\\s　]+(?:中华人民共和国|中華人民共和國)?[\\u4e00-\\u9fff]{2,20}?){0,3})[\\s　]*令(?:\\s*[（(]?\\s*(${OPEN}\\s*(?:19|20)\\d{2}\\s*${CLOSE}\\s*)?(第\\s*${ZH_N}\\s*号)\\s*[)）]?)?$`);
/** A joint decree's cover sets each body on its line and 令 alone under them (中国人民银行 / 中国银行保险监督管理委员会 / 令). */
export const DECREE_WORD_LINE = /^[\s　]*(令|公告)[\s　]*$/;
/**
 * An announcement that publishes a text the way a decree does (最高人民法院公告 / 《人民法院在线诉讼规则》已于…
 * 通过，现予公布，自…起施行。 / 最高人民法院 / 2021年6月16日 / 法释〔2021〕12号): a cover without a number of
 * its own, known by its promulgation sentence on the next line.
 */
export const ANNOUNCEMENT_COVER = /^((?:中华人民共和国|中華人民共和國)?[\u4e00-\u9fff]{2,20}?(?:[\s　]+(?:中华人民共和国|中華人民共和國)?[\u4e00-\u9fff]{2,20}?){0,3})[\s　]*公告$/;
export const PROMULGATION_SENTENCE = /^《[^》]+》.{0,120}(?:现予|現予)(?:公布|公佈|发布|發布|發佈)/;
/** The state's name before a body on a cover: 中华人民共和国国务院 is 国务院. */
export const STATE_PREFIX = /^(?:中华人民共和国|中華人民共和國)/;
/** The meeting a decree's promulgation sentence names: 《…》已由…第二十九次会议于…通过, 已经2019年11月26日…第11次局务会议审议通过. */
export const DECREE_ADOPTED = /(?:已由|已经|已經)\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:中华人民共和国|中華人民共和國)?(.{4,60}?(?:会议|會議))\s*(?:于|於|\d|审议|審議|修订|修訂|通过|通過)/;
/** The number line: 第56号; the People's Bank numbers its decrees by year (〔2021〕第4号). */
export const DECREE_NUMBER = new RegExp(`^(${OPEN}\\s*(?:19|20)\\d{2}\\s*${CLOSE})?\\s*第\\s*(${ZH_N})\\s*号$`);
/**
 * How a body's decrees are numbered as 发文字号 (as gov.cn's info tables and the gazette write
 * them); others are <body>令第N号.
 */
export const DECREE_CODES: Readonly<Record<string, string>> = { 国务院: '国令' };
/** The signer of a decree: title and name (总理　　李克强), maybe after the body (中国人民银行行长　易纲, 中央军委主席　胡锦涛). */
export const DECREE_SIGNER = /^(?:[\u4e00-\u9fff]{2,16}?)?(总理|總理|国家主席|國家主席|主席|部长|部長|主任|局长|局長|署长|署長|行长|行長|省长|省長|市长|市長|院长|院長)[\s　]+[\u4e00-\u9fff·]{2,6}$/;

/**
 * A signer wrapped over two lines, the place first (湖北省巴东县官渡口镇马鬃山村 / 地质险情调查专家组):
 * a short line naming a place, right above a signer line, is part of the signature.
 */
export const SIGNER_PLACE_LINE = /^[\u4e00-\u9fff]{2,20}(省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|村)$/;

/** Notes that follow a signature: publication and abridgement notes. */
export const SIGNATURE_NOTE = /^[（(](此件公开发布|此件公開發布|此件不公开|此件主动公开|此件依申请公开|本文有删减|本文有刪減|此件有删减|有删减)[)）]$/;

/** 版记 lines: copies sent, issuing office and date. */
export const IMPRINT_LINE = /^(抄送|抄報|抄报|印发|印發|主题词|主題詞)[：:]|^.{2,30}(办公厅|辦公廳|办公室|辦公室|秘书处|秘書處|秘书局|秘書局)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/;

/** 主送机关: a short line of bodies ending with a colon (各省、自治区、直辖市人民政府，国务院各部委、各直属机构：). */
export const ADDRESSEE_LINE = /^[^。；！？;!?“”《》]{2,150}[：:]$/;
/**
 * A body sentence that ends with a colon, right under the title of a 公告 or 通告 (which has no 主送机关):
 * 为贯彻落实…，现将有关事项公告如下： introduces what follows; no list of bodies says 如下, 现将 or opens on 为.
 */
export const LEADS_INTO_BODY = /如下[：:]$|现将|現將|现就|現就|^为|^為/;
/** Words that show a line names bodies (an addressee line), not a label like 主  任：. */
export const BODY_WORD = /(政府|部门|部委|机构|机关|委员会|委|厅|局|办|院|署|会|党委|党组|单位|各地|各级|国务院|人大|政协|法院|检察院|军区|公司|学校|大学|中央|省|市|县|区)/;

/**
 * A title that is only its type, under the issuer line (国务院　中央军委 / 命令, 某某市人民政府 / 通告): the issuer
 * line and the word are the title together (国务院 中央军委命令).
 */
export const BARE_TYPE_TITLE = /^(?:命令|公告|通告)$/;

/**
 * A 公告's or 通告's number set alone under its title, the issuer left to the title (市场监管总局关于…的通告 /
 * 2020年第12号, or （2019年第1号）): with the title's issuer and type it is the usual 发文字号 (市场监管总局通告2020年第12号).
 */
export const YEAR_NUMBER_LINE = new RegExp(`^[（(]?\\s*((?:19|20)\\d{2})\\s*年\\s*第\\s*(${N})\\s*号\\s*[)）]?$`);
/** The types numbered so: announcements and notices to the public. */
export const YEAR_NUMBERED_TYPES = ['公告', '通告'] as const;
