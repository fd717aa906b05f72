// Words the contents entries (toc-label.ts) read: data, one reason each.

/** Longest entry, in characters after the marker: two lines of the contents panel (≈ 16 a line). */
export const TOC_LABEL_MAX = 28;
/** A phrase up to this much longer, with no clause boundary to cut at, is shown whole rather than cut mid-word. */
export const TOC_LABEL_SLACK = 8;

/** After `X，` these open a definition or a list, so X is the item's title (（五）经营所得，是指…). */
export const DEFINING_WORDS: readonly string[] = [
  '是指', '係指', '系指', // definitions: …，是指…
  '指', // …，指…
  '包括', '主要包括', '具体包括', '一般包括', // lists: …，包括：
  '是', // 经营所得，是… (a looser definition)
];

/** An entry never ends on these: each needs the words after it. */
export const DANGLING_ENDS: readonly string[] = [
  '是指', '係指', '系指', '指', '包括', '主要包括', '是', '为', '為', // definitions and lists
  '和', '与', '與', '及', '以及', '或者', '或', '并', '並', '而', // conjunctions
  '的', '对', '對', '在', '将', '將', '把', '由', '从', '從', '向', '按照', '依照', '根据', '根據', // particles, prepositions
  '应当', '應當', '可以', '不得', '必须', '必須', // modal verbs
];

/** Without a clause boundary, a long entry is cut before one of these (a new phrase starts there). */
export const SOFT_BREAKS: readonly string[] = [
  '以及', '或者', '并且', '並且', // conjunctions of two characters (和 alone sits inside words: 中华人民共和国)
  '按照', '依照', '根据', '根據', '通过', '通過', '对于', '對於', '为了', '為了', // prepositions of two characters (在, 对 alone sit inside words: 存在, 针对)
];
