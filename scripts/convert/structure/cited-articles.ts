import { matchMarker } from '../../../src/lib/format/markers.ts';
import type { Paragraph } from '../types.ts';

// A law database copy (Taiwan's 全國法規資料庫) sets every article number alone on its line, in
// Arabic digits (第 35 條, then the text), and cites articles in the text with Chinese numerals. A
// paragraph there that starts with an article number in the other numerals and runs on into text
// (第三十三條裁定確定者，與確定裁判有同一之效力。) is a sentence citing an article, not an article.
// Its 編/章/節 headings set the title apart by a space (第一章 總則): one run straight into a
// sentence (第五章指明之某些高度危險貨品…壓力。) cites the chapter.

/** Lone article headings needed before their style is trusted. */
const MIN_LONE = 3;

const style = (marker: string) => (/[0-9０-９]/.test(marker) ? 'arabic' : 'zh');

/** Paragraphs that start with a cited article in a document whose articles stand alone. */
export function citedArticleStarts(paragraphs: readonly Paragraph[]): Set<Paragraph> {
  const lone = new Set<string>();
  let loneCount = 0;
  const runIn: { p: Paragraph; style: string }[] = [];
  for (const p of paragraphs) {
    const m = matchMarker(p.text, ['article']);
    if (!m) continue;
    if (m.rest.trim() === '') {
      lone.add(style(m.marker));
      loneCount++;
    } else runIn.push({ p, style: style(m.marker) });
  }
  // one style for the headings, and they outnumber the run-in lines
  if (loneCount < MIN_LONE || lone.size !== 1 || runIn.length >= loneCount) return new Set();
  return new Set(runIn.filter((r) => !lone.has(r.style)).map((r) => r.p));
}

const LEVELS = ['part', 'subpart', 'chapter', 'section'] as const;

/** Paragraphs that start with a cited 編/章/節 in a document whose level headings stand apart. */
export function citedLevelStarts(paragraphs: readonly Paragraph[]): Set<Paragraph> {
  let apart = 0;
  const runOn: Paragraph[] = [];
  for (const p of paragraphs) {
    const m = matchMarker(p.text, LEVELS);
    if (!m) continue;
    if (m.rest === '' || /^[ \u3000]/.test(m.rest)) apart++;
    else runOn.push(p);
  }
  if (apart < MIN_LONE || runOn.length >= apart) return new Set();
  // a heading is a title: it never ends a sentence
  return new Set(runOn.filter((p) => /[。；]$/.test(p.text.trim())));
}
