// Word segmentation shared by the index build (Node) and the query (browser), so that both
// split Chinese text the same way. Intl.Segmenter('zh') uses ICU's dictionary segmentation.

let segmenter: Intl.Segmenter | undefined;

function words(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

// The index is built in a language Pagefind does not segment itself (scripts/search/run-pagefind.ts):
// it splits the content on whitespace only and drops non-word characters from each piece. So the
// content says where every word is: a space between words, punctuation glued to its word (to the
// word before it, an opening mark to the word after it), so that each piece is one word once
// Pagefind strips the punctuation and the words of a sentence keep consecutive positions
// (a phrase query matches across 、 and ，). Pagefind's browser code splits a query with the same
// ICU segmenter, so query words and index words agree.
//
// ICU segments each run of Chinese characters on its own (punctuation and spaces always break
// words), so runs can be segmented separately and cached: identical output, and policy text
// repeats its runs (习近平新时代中国特色社会主义思想) very often.
const runCache = new Map<string, string>();
const cacheLimit = 200_000;
const pieces = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;
const space = /^\s+$/u;
const opening = /^[\p{Ps}\p{Pi}]+$/u;

/** Joins segments: space between words, punctuation glued (see above). */
class Joiner {
  out = '';
  private glue = true; // no space before the next word (start of text, after an opening mark)
  word(w: string): void {
    this.out += this.glue ? w : ` ${w}`;
    this.glue = false;
  }
  /** several words already spaced (a cached run) */
  words(ws: string): void { this.word(ws); }
  mark(m: string): void {
    if (opening.test(m)) {
      this.out += this.glue ? m : ` ${m}`;
      this.glue = true;
    } else {
      this.out += m; // even after a space: Pagefind drops it with the word's other marks
      this.glue = false;
    }
  }
  space(): void {
    if (this.out) this.glue = false;
  }
  segment(segment: string, isWordLike: boolean | undefined): void {
    if (isWordLike) this.word(segment);
    else if (space.test(segment)) this.space();
    else this.mark(segment);
  }
}

/** The text with a space between words and punctuation glued to its word (index content). */
export function spaceWords(text: string): string {
  const j = new Joiner();
  for (const [, run, other] of text.matchAll(pieces)) {
    if (run) j.words(cachedRun(run));
    else for (const { segment, isWordLike } of words().segment(other!)) j.segment(segment, isWordLike);
  }
  return j.out;
}

/** Reference implementation (whole text at once); spaceWords must equal it. */
export function spaceWordsUncached(text: string): string {
  const j = new Joiner();
  for (const { segment, isWordLike } of words().segment(text)) j.segment(segment, isWordLike);
  return j.out;
}

/** A run of Chinese characters: its words, space-separated (every segment of it is a word). */
function cachedRun(run: string): string {
  let hit = runCache.get(run);
  if (hit === undefined) {
    hit = [...words().segment(run)].map((s) => s.segment).join(' ');
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
