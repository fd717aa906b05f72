// Word segmentation shared by the index build (Node) and the query (browser), so that both
// split Chinese text the same way. Intl.Segmenter('zh') uses ICU's dictionary segmentation.

const han = /[\p{Script=Han}]/u;
let segmenter: Intl.Segmenter | undefined;

function words(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

// ICU segments each run of Chinese characters on its own (punctuation and spaces always break
// words), so runs can be segmented separately and cached: identical output, and policy text
// repeats its runs (习近平新时代中国特色社会主义思想) very often.
const runCache = new Map<string, string>();
const cacheLimit = 200_000;
const pieces = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;
const endsWithWordChar = /[\p{L}\p{N}]$/u;
const startsWithWordChar = /^[\p{L}\p{N}]/u;

/** Inserts a space between adjacent word-like segments where one of them is Chinese. */
export function spaceWords(text: string): string {
  let out = '';
  let prevHan = false;
  for (const [, run, other] of text.matchAll(pieces)) {
    if (run) {
      if (out && !prevHan && endsWithWordChar.test(out)) out += ' ';
      out += cachedRun(run);
      prevHan = true;
    } else {
      if (prevHan && startsWithWordChar.test(other!)) out += ' ';
      out += other!;
      prevHan = false;
    }
  }
  return out;
}

/** Reference implementation (whole text at once); spaceWords must equal it. */
export function spaceWordsUncached(text: string): string {
  return spaceRuns(text);
}

function cachedRun(run: string): string {
  let hit = runCache.get(run);
  if (hit === undefined) {
    hit = spaceRuns(run);
    if (runCache.size >= cacheLimit) runCache.clear();
    runCache.set(run, hit);
  }
  return hit;
}

/** Spaces between words; a space already present keeps segments apart. */
function spaceRuns(text: string): string {
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
