// Stray spaces from PDF wraps and typesetting:
//  - around a number followed by a unit: "到 2025 年" → "到2025年", "不低于 4% 的" → "不低于4%的";
//  - between two Han characters, when the evidence says the space splits a word:
//    the word segmenter finds a word across it ("推 动" → "推动"), or the joined form occurs
//    elsewhere in the same file ("十九届 四中全会" → "十九届四中全会"). A space with no such
//    evidence is a genuine separator and stays ("四中全会精神 争当…", "中共中央 国务院").
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { HAN, HAN_RE, lines } from './rule.ts';
import { LETTER_SPACED_LINE, SEPARATOR_DENSITY, UNITS } from '../data/spacing.ts';
import { matchMarker, startsWithHeadingMarker } from '../../../src/lib/format/markers.ts';

const SP = '[ \\t\\u00a0\\u3000]+';
const UNITS_LONGEST_FIRST = UNITS.slice().sort((x, y) => y.length - x.length);
// (space)? number (space)? followed by Han; the number sits after Han, Chinese punctuation or line start
const NUMBER = new RegExp(`(?<=^|[${HAN}，、：；（“”])(${SP})?([0-9０-９]+(?:[.．][0-9]+)?[%％]?)(${SP})?(?=[${HAN}])`, 'g');
const HAN_SPACE_HAN = new RegExp(`(?<=[${HAN}])${SP}(?=[${HAN}])`, 'g');
const HAN_SPACE_HAN_ONE = new RegExp(`[${HAN}]${SP}[${HAN}]`, 'g');

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export const spacesRule: Rule = {
  kind: 'space',
  run(text) {
    const edits: Edit[] = [];
    const pending: { offset: number; length: number; joined: string }[] = [];
    const taken = new Set<number>();
    const add = (offset: number, length: number, reason: string) => {
      if (length === 0 || taken.has(offset)) return;
      taken.add(offset);
      edits.push({ offset, length, replacement: '', reason });
    };
    for (const line of lines(text)) {
      const t = line.text;
      const lead = t.length - t.trimStart().length;
      if (LETTER_SPACED_LINE.test(t.trim())) {
        const run = t.trim();
        for (const sp of run.matchAll(/[ \u3000\u00a0]+/g)) add(line.start + lead + sp.index, sp[0].length, `letter-spacing: a line with a space between all its characters (${run})`);
        continue;
      }
      // Lines that use spaces as separators (a compilation on one line, a table of contents)
      // keep the space before a number: it may end a heading ("…排头兵 2020年,我市").
      const separators = (t.match(HAN_SPACE_HAN_ONE)?.length ?? 0) / Math.max(1, t.length / 100);
      const dense = separators > SEPARATOR_DENSITY;
      for (const m of t.matchAll(NUMBER)) {
        const [, before, num, after] = m;
        // "7.2　本预案…" opens a decimal-numbered heading: its space is not the number's typesetting.
        if (t.slice(0, m.index + (before?.length ?? 0)).trim() === '' && matchMarker(t.trim(), ['decimal'])) continue;
        const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 2); // units are 1–2 characters
        const unit = /[%％]$/.test(num!) || UNITS_LONGEST_FIRST.some((u) => rest.startsWith(u));
        if (!unit) continue;
        // at the line start it is the paragraph's indent, which the line-wrap rule reads
        if (before !== undefined && !dense && m.index > 0) add(line.start + m.index, before.length, `typesetting space before ${num}`);
        if (after !== undefined) {
          add(line.start + m.index + (before?.length ?? 0) + num!.length, after.length, `typesetting space after ${num}`);
        }
      }
      // "十  二省以上之水利…": the spaces after an item's numeral (Taiwan law texts) separate it from its text.
      const indent = t.length - t.trimStart().length;
      const item = matchMarker(t.trimStart(), ['zh-space']);
      const itemGap = item ? indent + /^\S+/.exec(item.marker)![0].length : -1;
      for (const m of t.matchAll(HAN_SPACE_HAN)) {
        if (m.index === itemGap) continue;
        const evidence = wrapEvidence(t, m.index, m[0].length);
        if (evidence?.word) add(line.start + m.index, m[0].length, `wrap space inside a word: "${evidence.word}" is one word`);
        else if (evidence?.joined) pending.push({ offset: line.start + m.index, length: m[0].length, joined: evidence.joined });
      }
    }
    // second kind of evidence, looked up for all candidates in one pass over the file
    const found = occurring(text, new Set(pending.map((p) => p.joined)));
    for (const p of pending) {
      if (found.has(p.joined)) add(p.offset, p.length, `wrap space inside a word: "${p.joined}" occurs elsewhere unspaced`);
    }
    return edits.sort((a, b) => a.offset - b.offset);
  },
};

/**
 * Why the space at `at` in `line` may split a word: a segmenter word across it, or a joined
 * form to look for elsewhere in the file; null if it is a separator.
 */
function wrapEvidence(line: string, at: number, len: number): { word?: string; joined?: string } | null {
  // two or more ideographic spaces before a word are typed, not made by a wrap or a justified line: a
  // column's gap (贾高建　　副院长, a name list's row, which the line-wrap rule reads as a row); not a
  // letter-spaced heading's (总　　则)
  if ((line.slice(at, at + len).match(/\u3000/g)?.length ?? 0) >= 2 && hanRun(line, at + len, 1, 2).length >= 2) return null;
  const left = hanRun(line, at, -1, 4);
  const right = hanRun(line, at + len, 1, 4);
  const joined = left + right;
  // A space that ends a numbered heading or marker ("第三条 本条例…", "一、坚持党建引领 城市…")
  // separates it from its text, whatever the words around it.
  const segment = segmentBefore(line, at);
  if (startsWithHeadingMarker(segment) && segment.length <= 30 && !/[，,。；：]/.test(segment)) return null;
  // 1. a word of the segmenter spans the space
  let pos = 0;
  for (const { segment: word } of segmenter.segment(joined)) {
    const end = pos + word.length;
    if (pos < left.length && end > left.length && word.length >= 2) return { word };
    pos = end;
  }
  // 2. the joined text (up to 4 characters each side, 6 at least) occurs elsewhere in the file
  if (left.length >= 2 && right.length >= 2 && joined.length >= 6) return { joined };
  return null;
}

/** Which of `wanted` occur in `text`: one pass, candidates bucketed by their first two characters. */
function occurring(text: string, wanted: Set<string>): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  const key = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  const buckets = new Map<number, string[]>();
  for (const w of wanted) {
    const bucket = buckets.get(key(w, 0));
    if (bucket) bucket.push(w);
    else buckets.set(key(w, 0), [w]);
  }
  for (let i = 0; i + 1 < text.length; i++) {
    const bucket = buckets.get(key(text, i));
    if (!bucket) continue;
    for (const w of bucket) if (!found.has(w) && text.startsWith(w, i)) found.add(w);
  }
  return found;
}

/** The text from the previous space or sentence end up to `at`. */
function segmentBefore(line: string, at: number): string {
  const before = line.slice(Math.max(0, at - 80), at); // headings are short
  const cut = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\u3000'), before.search(/[。！？][^。！？]*$/));
  return before.slice(cut + 1);
}

/** Up to `max` Han characters next to `from`, going left (dir -1) or right (dir 1). */
function hanRun(line: string, from: number, dir: 1 | -1, max: number): string {
  const re = HAN_RE;
  let out = '';
  for (let i = dir === 1 ? from : from - 1; i >= 0 && i < line.length && out.length < max; i += dir) {
    const ch = line[i]!;
    if (!re.test(ch)) break;
    out = dir === 1 ? out + ch : ch + out;
  }
  return out;
}
