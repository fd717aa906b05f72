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
 * A phrase [start, end) respects word boundaries when it lies inside one word, or when it starts
 * and ends on word boundaries (an idiom the segmenter split into several words is still fine).
 */
export function respectsWords(map: WordMap, start: number, end: number): boolean {
  const ids = map.ids;
  if (!ids || end - start < 2) return true;
  if (ids[start] === ids[end - 1]) return true;
  const startsOnBoundary = start === 0 || ids[start] !== ids[start - 1];
  const endsOnBoundary = end === ids.length || ids[end] !== ids[end - 1];
  return startsOnBoundary && endsOnBoundary;
}
