// Word boundaries from the platform's ICU dictionary segmenter (Intl.Segmenter, Node and browsers).
// Used to reject dictionary phrases that straddle two words (健全|干部 must not be read as 全干).

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

// ICU never joins a word across whitespace, punctuation or symbols, so each clause between them can
// be segmented on its own with the same result; clauses are segmented only when first asked about.
const BREAK = /[\s\p{P}\p{S}]/u;
/** One UTF-16 unit where the segmenter always breaks (the engine's clause cache cuts there too). */
export const BREAK_CHAR = BREAK;

/** Word index of each UTF-16 offset of a text, computed lazily clause by clause. */
export class WordMap {
  private ids: Int32Array | null;
  private next = 1;

  constructor(private readonly text: string, private readonly seg: Intl.Segmenter | null) {
    this.ids = seg ? new Int32Array(text.length) : null; // 0 = not segmented yet
  }

  /** False when no segmenter is available: then every phrase is accepted. */
  get available(): boolean {
    return this.ids !== null;
  }

  id(pos: number): number {
    const ids = this.ids!;
    if (ids[pos] === 0) this.segmentAround(pos);
    return ids[pos]!;
  }

  private segmentAround(pos: number): void {
    const ids = this.ids!;
    const t = this.text;
    if (BREAK.test(t[pos]!)) {
      ids[pos] = this.next++;
      return;
    }
    let from = pos;
    while (from > 0 && !BREAK.test(t[from - 1]!)) from--;
    let to = pos + 1;
    while (to < t.length && !BREAK.test(t[to]!)) to++;
    for (const { index, segment } of this.seg!.segment(t.slice(from, to))) {
      ids.fill(this.next++, from + index, from + index + segment.length);
    }
  }
}

export function wordMap(text: string): WordMap {
  return new WordMap(text, getSegmenter());
}

/** A map that accepts every phrase (word-boundary rule switched off). */
export const NO_WORDS = new WordMap('', null);

/**
 * A phrase [start, end) respects word boundaries unless it begins strictly inside a word and runs
 * past that word's end: the typical misreading takes the tail of one word and the head of the next
 * (健全|干部 read as 全干). A phrase that starts on a boundary is trusted even if it ends inside a
 * word, because there the segmenter itself is often wrong (复|议案, 周|线图).
 */
export function respectsWords(map: WordMap, start: number, end: number): boolean {
  if (!map.available || end - start < 2 || start === 0) return true;
  const first = map.id(start);
  if (first === map.id(end - 1)) return true;
  return first !== map.id(start - 1);
}
