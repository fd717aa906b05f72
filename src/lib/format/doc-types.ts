// The vocabulary of document types (文种) the converter assigns, written in simplified script
// whatever the document's script (the site converts the word for each view). Grouped by where the
// kind comes from; a traditional-script title maps onto the same word (scripts/convert/data/doc-types.ts).

export const DOC_TYPES = [
  // 党政机关公文 (GB/T 9704 and the 2012 regulation on official documents: 15 kinds)
  '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要',
  // narrower forms the corpus distinguishes
  '实施意见', '实施方案',
  // laws, regulations, rules and judicial interpretations
  '宪法', '法', '修正案', '条例', '通则', '规定', '办法', '细则', '规则', '规程', '标准', '规范', '解释',
  // plans and programmes
  '方案', '规划', '计划', '纲要', '要点', '预案', '指南', '准则', '章程',
  // other texts the archive holds
  '讲话', '案例', '汇编', '文章', '其他',
] as const;

export type DocType = (typeof DOC_TYPES)[number];

export const isDocType = (word: string): word is DocType => (DOC_TYPES as readonly string[]).includes(word);
