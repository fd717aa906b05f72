// Word segmentation shared by the index build (Node) and the query (browser), so that both
// split Chinese text the same way. Intl.Segmenter('zh') uses ICU's dictionary segmentation.

const han = /[\p{Script=Han}]/u;
let segmenter: Intl.Segmenter | undefined;

function words(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** Inserts a space between adjacent word-like segments where one of them is Chinese. */
export function spaceWords(text: string): string {
  let out = '';
  let prevWord = false;
  let prevHan = false;
  for (const { segment, isWordLike } of words().segment(text)) {
    const isHan = han.test(segment);
    if (isWordLike && prevWord && (isHan || prevHan)) out += ' ';
    out += segment;
    prevWord = Boolean(isWordLike);
    prevHan = isHan;
  }
  return out;
}

/** The word-like segments of a query, in order (punctuation and spaces dropped). */
export function queryWords(text: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of words().segment(text)) if (isWordLike) out.push(segment);
  return out;
}

/** Text with all whitespace removed: the form in which matches are verified. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
