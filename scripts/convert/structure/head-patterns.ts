// What the head of a Chinese official document looks like: title, issuer line, date line.
// Data first; the functions below only apply it.

import type { DocType } from '../types.ts';

/** Title endings → document type. The regex takes the leftmost match, so 实施意见 wins over 意见. */
export const TYPE_SUFFIXES: readonly [string, DocType][] = [
  // Traditional-script originals use the same types.
  ['实施意见', '实施意见'],
  ['實施意見', '实施意见'],
  ['指導意見', '意见'],
  ['意見', '意见'],
  ['決定', '决定'],
  ['實施方案', '实施方案'],
  ['行動方案', '方案'],
  ['工作要點', '要点'],
  ['要點', '要点'],
  ['報告', '报告'],
  ['講話', '讲话'],
  ['規劃', '规划'],
  ['條例', '条例'],
  ['辦法', '办法'],
  ['規定', '办法'],
  ['細則', '办法'],
  ['彙編', '汇编'],
  ['匯編', '汇编'],
  ['指导意见', '意见'],
  ['意见', '意见'],
  ['决定', '决定'],
  ['实施方案', '实施方案'],
  ['行动方案', '方案'],
  ['工作方案', '方案'],
  ['方案', '方案'],
  ['工作要点', '要点'],
  ['要点', '要点'],
  ['报告', '报告'],
  ['讲话', '讲话'],
  ['通知', '通知'],
  ['规划', '规划'],
  ['条例', '条例'],
  ['办法', '办法'],
  ['规定', '办法'],
  ['细则', '办法'],
  ['汇编', '汇编'],
  // Nearest listed type for other common document kinds.
  ['决议', '决定'],
  ['行动计划', '方案'],
  ['工作计划', '方案'],
  ['计划', '方案'],
  ['纲要', '规划'],
  ['通报', '通知'],
  ['通告', '通知'],
  ['公告', '通知'],
  ['批复', '通知'],
  ['指南', '办法'],
  ['指引', '办法'],
  ['准则', '办法'],
  ['章程', '办法'],
  ['纪要', '报告'],
  ['总结', '报告'],
  ['发言', '讲话'],
  ['致辞', '讲话'],
];

/** Compilation categories → type of an article whose title names none. */
export const CATEGORY_TYPES: Readonly<Record<string, DocType>> = {
  意见决定: '意见',
  调研报告: '报告',
  领导讲话: '讲话',
  经验交流: '文章',
  理论文章: '文章',
  经验信息: '文章',
};

/** A title may end with a bracketed period and a sequence number: 实施方案(2021—2025年), 讲话 2. */
const TITLE_TAIL = String.raw`(?:\s*[（(][^（()）]{1,20}[)）])?(?:\s*[0-9０-９]{1,2})?`;
const TYPE_RE = new RegExp(`(${TYPE_SUFFIXES.map(([s]) => s).join('|')})${TITLE_TAIL}$`);

export function typeFromTitle(title: string): DocType | null {
  const m = TYPE_RE.exec(title);
  if (!m) return null;
  return TYPE_SUFFIXES.find(([s]) => s === m[1])![1];
}

/** Organisation names end like this (中共中央, 国务院, 浙江省人民政府办公厅, 中共浙江省委 …). */
export const ORG_SUFFIX = /(中央|国务院|國務院|委员会|委員會|人民政府|政府|办公厅|辦公廳|办公室|辦公室|人大常委会|政协|政協|省委|市委|县委|縣委|区委|區委|党委|黨委|厅|廳|局|委|部|院)$/;

/** A line naming only issuers: "中共中央 国务院". */
export function isIssuerLine(text: string): boolean {
  if (text.length > 40 || /[，。；：,.;:、“”"]/.test(text)) return false;
  return text.split(/[\s　]+/).every((t) => t.length >= 2 && ORG_SUFFIX.test(t));
}

/** Issuer named at the start of a title: 中共浙江省委关于… → 中共浙江省委 (关于 or 關於). */
export function issuerFromTitle(title: string): string | null {
  const m = /^(.{2,30}?)(?:关于|關於)/.exec(title);
  if (!m) return null;
  const prefix = m[1]!.trim();
  return isIssuerLine(prefix) ? prefix : null;
}

const SENTENCE_PUNCT = /[。；！？;!?]/;

/** A paragraph that could be a document title: short, unpunctuated, ends with a document type. */
export function isTitleLike(text: string): boolean {
  return text.length >= 4 && text.length <= 80 && !SENTENCE_PUNCT.test(text) && TYPE_RE.test(text);
}

/** A paragraph that could be the first half of a wrapped title. */
export function isTitleFragment(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && !SENTENCE_PUNCT.test(text) && !/[，,]/.test(text);
}
