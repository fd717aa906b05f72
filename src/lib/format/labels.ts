// Unnumbered structural headings: a paragraph that is exactly one of these words (a colon after
// it allowed) is a heading of its own at the top level, with a fixed ASCII id. Both scripts.
// Data: add a word with the id it takes and why it is a heading.

export interface LabelDef {
  /** The heading as written, in either script. */
  words: readonly string[];
  /** Its id (the same in every document, so links to it are predictable). */
  id: string;
}

export const LABELS: readonly LabelDef[] = [
  // Laws and constitutions: text before 第一章 (宪法, 基本法) and the Taiwan law database's 前言.
  { words: ['序言'], id: 'preface' },
  { words: ['前言'], id: 'foreword' },
  // Laws without numbered chapters close with 附则 as a heading of its own.
  { words: ['总则', '總則'], id: 'general' },
  { words: ['分则', '分則'], id: 'specific' },
  { words: ['附则', '附則'], id: 'supplementary' },
  // Case texts (典型案例, 指导性案例) published by courts and ministries.
  { words: ['关键词', '關鍵詞'], id: 'keywords' },
  { words: ['裁判要点', '裁判要點', '裁判要旨'], id: 'holding' },
  { words: ['相关法条', '相關法條', '相关法律规定', '相關法律規定', '法律依据', '法律依據'], id: 'provisions' },
  { words: ['基本案情', '案情简介', '案情簡介', '简要案情', '簡要案情', '案情'], id: 'facts' },
  { words: ['原告诉讼请求', '原告訴訟請求', '申请人请求', '申請人請求', '诉讼请求', '訴訟請求'], id: 'claims' },
  { words: ['被告辩称', '被告辯稱', '被申请人辩称', '被申請人辯稱'], id: 'defence' },
  { words: ['争议焦点', '爭議焦點'], id: 'issues' },
  { words: ['裁判结果', '裁判結果', '处理结果', '處理結果', '仲裁结果', '仲裁結果'], id: 'judgment' },
  { words: ['案例分析', '评析', '評析'], id: 'analysis' },
  { words: ['裁判理由', '法院认为', '法院認為', '本院认为', '本院認為'], id: 'reasoning' },
  { words: ['典型意义', '典型意義', '指导意义', '指導意義'], id: 'significance' },
];

const BY_WORD = new Map<string, LabelDef>(LABELS.flatMap((d) => d.words.map((w) => [w, d] as const)));

/** The label a whole paragraph is (序言, 基本案情：), ignoring spaces inside (序　言). */
export function matchLabel(paragraph: string): { def: LabelDef; word: string } | null {
  if (paragraph.length > 12) return null;
  const word = paragraph.replace(/[\s\u3000]+/g, '').replace(/[：:]$/, '');
  const def = BY_WORD.get(word);
  return def ? { def, word } : null;
}
