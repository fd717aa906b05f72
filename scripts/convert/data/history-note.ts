// How the history note under a law's title (（2005年8月28日…会议通过　2012年10月26日…修正）) names
// what happened to the text, and how a meeting's name gives the body that held it.

export type HistoryAction = 'adopted' | 'promulgated' | 'revised' | 'amended' | 'effective' | 'other';

/** The end of one event of a note → what it was. First match wins; each with its reason. */
export const HISTORY_ACTIONS: readonly { pattern: RegExp; action: HistoryAction; reason: string }[] = [
  { pattern: /(?:通过|通過)的《[^《》]*(?:《[^《》]*》[^《》]*)*》$/, action: 'other', reason: 'adopted another instrument (…通过的《宪法修正案》), not this text; …通过的《关于修改…的决定》修正 is a revision' },
  { pattern: /(公布施行|公佈施行)$/, action: 'promulgated', reason: 'promulgated and in force the same day' },
  { pattern: /(通过|通過|批准)$/, action: 'adopted', reason: 'adopted by a meeting' },
  { pattern: /(批准的|批准了)$/, action: 'adopted', reason: 'a higher body approved the decision the next event names (…批准的2011年11月15日…会议《关于修改…的决定》修正)' },
  { pattern: /(公布|公佈|发布|發布|發佈|印发|印發)$/, action: 'promulgated', reason: 'promulgated (a decree or notice)' },
  { pattern: /(修订|修訂|修正)$/, action: 'revised', reason: 'revised or amended by the legislature: the text is republished as of this date' },
  { pattern: /(修改|修改并公布)$/, action: 'amended', reason: 'changed by another decision (e.g. a batch amendment of rules): the text keeps its date' },
  { pattern: /(施行|实施|實施|生效)$/, action: 'effective', reason: 'date of entry into force' },
];

/** Parts of a meeting's name that are not the body: the term, the session. Applied in order. */
export const MEETING_PARTS: readonly { pattern: RegExp; replacement?: string; reason: string }[] = [
  { pattern: /[一二三四五六七八九十百0-9]+(?:届|屆)人大常委会第?[一二三四五六七八九十百0-9]+次(?:会议|會議)$/, replacement: '人民代表大会常务委员会', reason: 'the short form of a county congress standing committee session: 八届人大常委会四次会议' },
  { pattern: /[一二三四五六七八九十百0-9]+(?:届|屆)人大第?[一二三四五六七八九十百0-9]+次(?:会议|會議)$/, replacement: '人民代表大会', reason: 'the short form of a county congress session (自治县 regulations): 景宁畲族自治县八届人大四次会议' },
  { pattern: /(?:[0-9]{4}\s*年度?)?第[一二三四五六七八九十百千〇零0-9]+次(?:全体|全體|常务|常務|[\u4e00-\u9fff]{1,2}[务務])?(?:会议|會議)$/, reason: 'the session: 第二十九次会议, 第八次全体会议, 第54次常务会议, a department’s 2021年第20次室务会议 / 第11次局务会议' },
  { pattern: /第[一二三四五六七八九十百0-9]+(?:届|屆)/, reason: 'the term: 第十三届' },
  { pattern: /(?:审判委员会|審判委員會|检察委员会|檢察委員會)$/, reason: 'a court’s or procuratorate’s judicial committee adopts in the name of the court' },
];

/**
 * A decree or announcement that promulgated the text: 中华人民共和国国务院令第737号, 全国人民代表大会公告;
 * also one that promulgated the decision revising it (公安部令第159号《公安部关于修改〈…〉的决定》修正).
 */
export const PROMULGATOR = /^(?:中华人民共和国|中華人民共和國)?(.{2,24}?)(令第[0-9０-９一二三四五六七八九十百千〇零]+号|公告(?:第[0-9０-９一二三四五六七八九十百千〇零]+号)?)(?:《[^《》]*(?:《[^《》]*》[^《》]*)*》)?$/;

/**
 * Promulgators that publish what a meeting of another body adopted: then the adopting meeting's
 * body is the issuer, the promulgation still dates the text.
 */
export const PUBLISHES_FOR_ADOPTER: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /主席令/, reason: 'the head of state promulgates the laws the NPC or its standing committee adopted (主席令第三号)' },
  { pattern: /(?:常务委员会|常務委員會)公告/, reason: 'a standing committee’s announcement publishes a regulation its congress adopted (…人民代表大会常务委员会公告第18号)' },
];
