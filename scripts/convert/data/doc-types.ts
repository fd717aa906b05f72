// Which document type (文种, vocabulary in src/lib/format/doc-types.ts) a title ending names.
// The longest ending wins (实施意见 over 意见, 办法 over 法); traditional-script titles name the same types.

import type { DocType } from '../../../src/lib/format/doc-types.ts';

export const TYPE_ENDINGS: readonly [ending: string, type: DocType][] = [
  // Forms of 意见, 方案, 要点 the corpus keeps apart.
  ['实施意见', '实施意见'], ['實施意見', '实施意见'],
  ['实施方案', '实施方案'], ['實施方案', '实施方案'],
  ['指导意见', '意见'], ['指導意見', '意见'], ['意见', '意见'], ['意見', '意见'],
  ['行动方案', '方案'], ['工作方案', '方案'], ['方案', '方案'],
  ['工作要点', '要点'], ['工作要點', '要点'], ['要点', '要点'], ['要點', '要点'],
  // 党政机关公文: the fifteen kinds.
  ['决议', '决议'], ['決議', '决议'],
  ['决定', '决定'], ['決定', '决定'],
  ['命令', '命令'], ['嘉奖令', '命令'], ['嘉獎令', '命令'], ['通令', '命令'],
  ['公报', '公报'], ['公報', '公报'],
  ['公告', '公告'],
  ['通告', '通告'],
  ['通知', '通知'],
  ['通报', '通报'], ['通報', '通报'],
  ['报告', '报告'], ['報告', '报告'],
  ['请示', '请示'], ['請示', '请示'],
  ['批复', '批复'], ['批覆', '批复'], ['批復', '批复'],
  // a motion is always 关于…的议案; a case's title may end in 协议案 (…请求撤销补偿安置协议案)
  ['的议案', '议案'], ['的議案', '议案'],
  ['的函', '函'], ['复函', '函'], ['復函', '函'],
  // a reply to a deputy's proposal or suggestion (对…提案的答复) is sent as a letter (国办函)
  ['的答复', '函'], ['的答覆', '函'], ['的答複', '函'],
  ['纪要', '纪要'], ['紀要', '纪要'],
  // Laws, regulations, rules; 法典 and 基本法 are laws. Taiwan names laws 法, 律, 條例 or 通則 and
  // orders 規程, 規則, 細則, 辦法, 綱要, 標準 or 準則 (中央法規標準法 第 2, 3 條): each its own type.
  ['宪法', '宪法'], ['憲法', '宪法'],
  ['办法', '办法'], ['辦法', '办法'],
  ['法典', '法'], ['通则', '通则'], ['通則', '通则'], ['法', '法'],
  ['条例', '条例'], ['條例', '条例'],
  ['规定', '规定'], ['規定', '规定'],
  ['细则', '细则'], ['細則', '细则'],
  ['规则', '规则'], ['規則', '规则'], ['规程', '规程'], ['規程', '规程'],
  // a standard set by an order (收费标准, 设置标准); not 法規標準法 (法 ends it)
  ['标准', '标准'], ['標準', '标准'],
  // a department's code of practice (交通警察道路执勤执法工作规范)
  ['规范', '规范'], ['規範', '规范'],
  ['解释', '解释'], ['解釋', '解释'],
  // Plans and programmes.
  ['规划', '规划'], ['規劃', '规划'],
  ['纲要', '纲要'], ['綱要', '纲要'],
  ['行动计划', '计划'], ['行動計劃', '计划'], ['计划', '计划'], ['計劃', '计划'], ['計畫', '计划'],
  ['预案', '预案'], ['預案', '预案'],
  ['指南', '指南'], ['指引', '指南'],
  ['准则', '准则'], ['準則', '准则'],
  ['章程', '章程'],
  // Other texts.
  ['讲话', '讲话'], ['講話', '讲话'], ['发言', '讲话'], ['發言', '讲话'], ['致辞', '讲话'], ['致辭', '讲话'],
  ['总结', '报告'], ['總結', '报告'],
  ['汇编', '汇编'], ['彙編', '汇编'], ['匯編', '汇编'],
];

/**
 * Endings that give the type of a document's title but never make a line look like a title: an
 * amendment printed inside a law (基本法 附件一 …产生办法修正案, with its approval note) is part of
 * that law, not the start of another document.
 */
export const TYPE_ONLY_ENDINGS: readonly [ending: string, type: DocType][] = [
  // an amendment is its own kind of law text (刑法修正案（三）, 宪法修正案), not the law it amends
  ['修正案', '修正案'],
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

/**
 * A title that names no type: the body's own labelled parts may say what it is. Every label of
 * an entry must be a paragraph of its own.
 */
export const BODY_CUES: readonly { labels: readonly string[]; type: DocType; reason: string }[] = [
  { labels: ['基本案情', '裁判结果'], type: '案例', reason: 'a typical case (典型案例) is told under these fixed headings' },
  { labels: ['基本案情', '案例分析'], type: '案例', reason: 'a typical case (典型案例) is told under these fixed headings' },
  { labels: ['基本案情', '典型意义'], type: '案例', reason: 'a typical case (典型案例) is told under these fixed headings' },
  { labels: ['裁判要点', '简要案情'], type: '案例', reason: 'a guiding case (指导性案例) states its holding, then the facts in brief' },
  { labels: ['裁判要点', '基本案情'], type: '案例', reason: 'a guiding case (指导性案例) states its holding, then the facts' },
  { labels: ['基本案情', '裁判要旨'], type: '案例', reason: 'a case report states the facts, then the ruling’s gist' },
  { labels: ['案情回顾', '法官解读'], type: '案例', reason: 'a court’s case report for the public (法院 news): the case recalled, then a judge explains it' },
  { labels: ['基本案情', '裁判結果'], type: '案例', reason: 'the same headings in traditional script' },
  { labels: ['裁判要點', '簡要案情'], type: '案例', reason: 'the same headings in traditional script' },
  { labels: ['基本案情', '典型意義'], type: '案例', reason: 'the same headings in traditional script' },
];
