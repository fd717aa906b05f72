// Words that open a body sentence, used to find where a heading glued to its body text ends
// ("…释放基层社会治理新效能从这次疫情防控看,基层治理…"). Each pattern is anchored where the body
// would start; keep them specific to sentence openings, since a heading may contain common words.

export const SENTENCE_OPENERS: readonly RegExp[] = [
  // 从这次疫情防控看, / 从全省情况来看, / 从长远看：
  /^从[^，,。；：:]{1,14}(来看|看来|看)[，,：:]/,
  // 近年来, / 党的十八大以来, / 今年以来,
  /^(近年来|近些年来|多年来|长期以来|一直以来|今年以来|去年以来|党的十八大以来|十八大以来|新中国成立以来|改革开放以来)[，,]/,
  // 当前, / 目前, / 实践证明, / 事实证明,
  /^(当前|目前|现阶段|新时代|实践证明|事实证明|历史证明|实践表明|调研发现)[，,]/,
];
