// Word boundaries from the platform's ICU dictionary segmenter (Intl.Segmenter, Node and browsers).
// Used to reject dictionary phrases that straddle two words (健全|干部 must not be read as 全干).

export interface WordMap {
  /** Word index of each UTF-16 offset; null when no segmenter is available (then every phrase is accepted). */
  ids: Int32Array | null;
}

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

export function wordMap(text: string): WordMap {
  const seg = getSegmenter();
  if (!seg) return { ids: null };
  const ids = new Int32Array(text.length);
  let word = 0;
  for (const { index, segment } of seg.segment(text)) {
    ids.fill(word++, index, index + segment.length);
  }
  return { ids };
}

/**
 * A phrase [start, end) respects word boundaries unless it begins strictly inside a word and runs
 * past that word's end: the typical misreading takes the tail of one word and the head of the next
 * (健全|干部 read as 全干). A phrase that starts on a boundary is trusted even if it ends inside a
 * word, because there the segmenter itself is often wrong (复|议案, 周|线图).
 */
export function respectsWords(map: WordMap, start: number, end: number): boolean {
  const ids = map.ids;
  if (!ids || end - start < 2 || start === 0) return true;
  if (ids[start] === ids[end - 1]) return true;
  return ids[start] !== ids[start - 1];
}
