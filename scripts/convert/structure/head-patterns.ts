// What the head of a Chinese official document looks like: title, issuer line, date line.
// Data first; the functions below only apply it.

import { BODY_CUES, TYPE_ENDINGS, TYPE_ONLY_ENDINGS } from '../data/doc-types.ts';
import { LETTER_SPACED } from '../data/spacing.ts';
import type { DocType } from '../types.ts';
import { docNumberLine } from './doc-number.ts';

export { CATEGORY_TYPES } from '../data/doc-types.ts';

/** A title may end with a bracketed period and a sequence number: 实施方案(2021—2025年), 讲话 2. */
const TITLE_TAIL = String.raw`(?:\s*[（(][^（()）]{1,20}[)）])?(?:\s*[0-9０-９]{1,2})?`;
// Longest endings first, so the alternation prefers 实施意见 to 意见 and 办法 to 法.
const ENDINGS = [...TYPE_ENDINGS].sort((a, b) => b[0].length - a[0].length);
const TYPE_RE = new RegExp(`(${ENDINGS.map(([s]) => s).join('|')})${TITLE_TAIL}$`);
const TYPE_OF = new Map([...TYPE_ENDINGS, ...TYPE_ONLY_ENDINGS]);
const TYPE_ONLY_RE = new RegExp(`(${TYPE_ONLY_ENDINGS.map(([s]) => s).join('|')})${TITLE_TAIL}$`);

/** Text with letter-spacing (国 家 粮 食 应 急 预 案 的 函) closed up; the title keeps it until tidyTitleSpacing records it. */
export function withoutLetterSpacing(text: string): string {
  return text.replace(LETTER_SPACED, (run) => run.replace(/[ \u00a0\u3000]/g, ''));
}

export function typeFromTitle(title: string): DocType | null {
  const text = withoutLetterSpacing(title);
  const m = TYPE_ONLY_RE.exec(text) ?? TYPE_RE.exec(text);
  return m ? TYPE_OF.get(m[1]!)! : null;
}

/** The type the body's own labelled parts name (基本案情 + 裁判结果: a case), each label a paragraph of its own. */
export function bodyCueType(paragraphs: readonly { text: string }[]): DocType | null {
  const lines = new Set(paragraphs.map((p) => p.text.trim()));
  return BODY_CUES.find((c) => c.labels.every((l) => lines.has(l)))?.type ?? null;
}

/** Organisation names end like this (中共中央, 国务院, 浙江省人民政府办公厅, 中共浙江省委 …). */
// 海关总署, 中国人民银行 sign joint announcements and decrees; 领导小组, 专家组, 工作组 sign reports and opinions forwarded or annexed (地质险情调查专家组)
// 新疆生产建设兵团 (the Production and Construction Corps, a provincial-level body) is addressed beside provinces
export const ORG_SUFFIX = /(中央|国务院|國務院|委员会|委員會|人民政府|政府|办公厅|辦公廳|办公室|辦公室|人大常委会|政协|政協|省委|市委|县委|縣委|区委|區委|党委|黨委|小组|小組|专家组|專家組|工作组|工作組|厅|廳|局|委|部|院|署|银行|銀行|兵团|兵團|调查总?队|調查總?隊)$/;

/** A line naming only issuers: "中共中央 国务院". */
export function isIssuerLine(text: string): boolean {
  if (text.length > 40 || /[，。；：,.;:、“”"]/.test(text) || /关于|關於|转发|轉發|批转|批轉|印发|印發/.test(text)) return false;
  return text.split(/[\s　]+/).every((t) => t.length >= 2 && ORG_SUFFIX.test(t));
}

/** Issuer named at the start of a title: 中共浙江省委关于… → 中共浙江省委 (关于 or 關於). */
export function issuerFromTitle(title: string): string | null {
  // (中共中央办公厅 国务院办公厅印发《…》: a news report's headline names the issuers before 印发)
  for (const re of [/^(.{2,30}?)(?:关于|關於)/, /^(.{2,30}?)(?:印发|印發)《/]) {
    const m = re.exec(title);
    if (!m) continue;
    // 国务院办公厅转发国家地震局关于…: the body before 转发/批转 issues it.
    const prefix = m[1]!.split(/转发|批转|轉發|批轉/)[0]!.trim();
    // joint issuers may be listed with 、 (最高人民法院、最高人民检察院关于…)
    if (isIssuerLine(prefix) || (prefix.includes('、') && isIssuerLine(prefix.replace(/、/g, ' ')))) return prefix;
  }
  return null;
}

const SENTENCE_PUNCT = /[。；！？;!?]/;

/** A paragraph that could be a document title: short, unpunctuated, ends with a document type. */
export function isTitleLike(spaced: string): boolean {
  const text = withoutLetterSpacing(spaced);
  return text.length >= 4 && text.length <= 80 && !SENTENCE_PUNCT.test(text) && TYPE_RE.test(text) && balanced(text);
}

/** A whole title closes what it opens: 《…管理法 / 实施条例》有关规定的决定 is a title wrapped inside 《》. */
function balanced(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/《/g) === count(/》/g) && count(/[（(]/g) === count(/[）)]/g);
}

/** A paragraph that could be the first half of a wrapped title. */
export function isTitleFragment(spaced: string): boolean {
  const text = withoutLetterSpacing(spaced);
  // A date, or a note wholly in brackets （此件公开发布）, is never part of a title; a year that
  // names an event is (2008年北京奥运会首都国际机场 / 协调委员会组建方案).
  // Nor is a 发文字号 line (国发〔1981〕88号, under an official PDF's red header right above the title).
  return text.length >= 2 && text.length <= 40 && !SENTENCE_PUNCT.test(text) && !/[，,]/.test(text) && !/^[（(].*[)）]$/.test(text) && !/^\d{4}\s*年\s*\d{1,2}\s*月|^[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月/.test(text) && docNumberLine(text) === null;
}
