// Where in a document a block is: the numbering markers of its section and the sections above it,
// said in words (第三部分第（二）条, 第十五条第二款第（一）项). Pure: the page script collects the
// markers from the headings' data-cite paths (rehype) and calls this.
import { CITE_WORDS, type CiteScript } from './labels.ts';
import { isArticle, MARKER_RULES } from './marker-words.ts';

/** Each heading's own marker from the cumulative paths of a heading chain (outermost first):
 * ['一、', '一、（二）'] → ['一、', '（二）']. A heading without a path contributes ''. */
export function ownMarkers(paths: string[]): string[] {
  let before = '';
  return paths.map((path) => {
    if (!path) return '';
    const own = path.startsWith(before) ? path.slice(before.length) : path;
    before = path;
    return own.trim();
  });
}

const CN_DIGITS = '零一二三四五六七八九';
/** 1–99 in Chinese numerals, as law text numbers its paragraphs (第二款). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10), ones = n % 10;
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** The markers in words; `paragraph` (款, 1-based) when the block is a numbered paragraph of an article. */
export function locatorWords(markers: string[], script: CiteScript, paragraph?: number): string {
  const w = CITE_WORDS[script];
  let inArticle = false;
  let out = '';
  for (const marker of markers) {
    if (!marker) continue;
    const bare = marker.replace(/[\s　]+$/, '');
    const rule = MARKER_RULES.find((r) => r.pattern.test(bare));
    const words = rule ? rule.words(rule.pattern.exec(bare)!, inArticle) : bare.replace(/[、，,：:．.]$/, '');
    out += script === 'hant' ? words.replace('条', w.article).replace('项', w.item) : words;
    if (isArticle(bare)) inArticle = true;
  }
  if (paragraph && inArticle) out += `第${chineseNumber(paragraph)}款`;
  return out;
}
