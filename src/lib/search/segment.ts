// Word segmentation shared by the index build (Node) and the query (browser), so that both
// split Chinese text the same way. Intl.Segmenter('zh') uses ICU's dictionary segmentation.

let segmenter: Intl.Segmenter | undefined;

function words(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

// The index is built in a language Pagefind does not segment itself (scripts/search/run-pagefind.ts):
// it splits the content on whitespace only and drops the non-word characters of each piece. So
// the content is the text's ICU segments joined by single spaces: every piece is one word or one
// mark (a mark alone is dropped by Pagefind: no index entry). Glueing marks to words instead gave
// Pagefind extra "word with punctuation" entries (渠道、 beside 渠道): 10% larger index, 5–10% more
// CPU. Pagefind's browser code splits a query with the same ICU segmenter, so query words and
// index words agree; the browser removes the spaces again for display (fold.ts despace).
//
// ICU segments each run of Chinese characters on its own (punctuation and spaces always break
// words), so runs can be segmented separately and cached: identical output, and policy text
// repeats its runs (习近平新时代中国特色社会主义思想) very often.
const runCache = new Map<string, string>();
const cacheLimit = 200_000;
const pieces = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;
const space = /^\s+$/u;

/** Segments joined by single spaces; whitespace segments only separate. */
class Joiner {
  out = '';
  add(segment: string): void {
    if (!segment || space.test(segment)) return;
    this.out += this.out ? ` ${segment}` : segment;
  }
}

/** The text's words and marks separated by single spaces (index content). */
export function spaceWords(text: string): string {
  const j = new Joiner();
  for (const [, run, other] of text.matchAll(pieces)) j.add(cachedRun(run ?? other!));
  return j.out;
}

/** Reference implementation (whole text at once); spaceWords must equal it. */
export function spaceWordsUncached(text: string): string {
  const j = new Joiner();
  for (const { segment } of words().segment(text)) j.add(segment);
  return j.out;
}

/** A run of Chinese characters, or of anything else: its segments, space-separated. */
function cachedRun(run: string): string {
  let hit = runCache.get(run);
  if (hit === undefined) {
    hit = [...words().segment(run)].map((s) => s.segment).filter((s) => !space.test(s)).join(' ');
    if (runCache.size >= cacheLimit) runCache.clear();
    runCache.set(run, hit);
  }
  return hit;
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
