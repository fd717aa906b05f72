// How a numbering marker is said in a citation: data, one reason per rule. The first rule whose
// pattern matches the marker (without trailing 、．. punctuation stripped) gives the words; a marker
// no rule knows is cited as written. `inArticle`: the marker sits under a 第X条 (law numbering),
// where （一） is a 项 and 1. a 目; in policy outlines 一、 is a part and （一） an item.
export interface MarkerRule {
  pattern: RegExp;
  words: (m: RegExpExecArray, inArticle: boolean) => string;
  reason: string;
}

const CN = '[一二三四五六七八九十百千零〇两]+';

export const MARKER_RULES: MarkerRule[] = [
  {
    pattern: new RegExp(`^第(${CN}|\\d+)([编編章节節条條款项項目])(之${CN})?$`),
    words: (m) => m[0],
    reason: 'law numbering already says itself: 第三章, 第十五条, 第十五条之一',
  },
  {
    pattern: new RegExp(`^第(${CN})([款項项])[（(](${CN})[）)]$`),
    words: (m) => `第${m[1]}${m[2]}第${m[3]}${m[2] === '款' ? '项' : '款'}`,
    reason: 'an item of a list that starts again in a later 款 (converter marker 第二款（一）): 第二款第一项',
  },
  {
    pattern: new RegExp(`^(${CN})、$`),
    words: (m) => `第${m[1]}部分`,
    reason: '一、 heads a part of a policy document: cited as 第一部分 (a bare 一、 dangles)',
  },
  {
    pattern: new RegExp(`^[（(](${CN})[）)]$`),
    words: (m, inArticle) => (inArticle ? `第${m[1]}项` : `第（${m[1]}）条`),
    reason: '（一） is an item (项) under an article; in a policy outline it is cited as 第（一）条',
  },
  {
    pattern: /^(\d+)[.．、]$/,
    words: (m, inArticle) => (inArticle ? `第${m[1]}目` : `第${m[1]}项`),
    reason: '1. under an article is a 目; in a policy outline a 项',
  },
  {
    pattern: /^[（(](\d+)[）)]$/,
    words: (m) => `第（${m[1]}）目`,
    reason: '（1） is the level below 1.',
  },
];

/** Whether a marker is an article (第X条, 第X条之一). */
export const isArticle = (marker: string) => /^第.+[条條](之.+)?$/.test(marker);
