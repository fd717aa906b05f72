// Ambiguity review: every occurrence of a one-to-many character in the corpus, with the word it sits
// in (ICU word segmentation of the source), the form chosen, and what decided it: a project phrase,
// a stock phrase or the stock character table. Occurrences not decided by a project phrase count as
// reviewed only when their (word, output) pair is listed in src/lib/script/dict/reviewed.json.
import type { Engine, Piece } from './types';

export interface Occurrence {
  doc: string;
  offset: number;
  char: string;
  word: string; // source word containing the character
  output: string; // converted form of that word, in context
  by: Piece['by'];
  rule?: string;
  context: string;
}

export interface WordGroup {
  word: string;
  output: string;
  count: number;
  by: Record<string, number>;
  reviewed: boolean;
  context: string;
}

export interface CharGroup {
  char: string;
  count: number;
  byProject: number;
  reviewed: number;
  unreviewed: number;
  words: WordGroup[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Output text per source offset (pieces whose length changes map to their first offset). */
function outputByOffset(text: string, pieces: Piece[]): string[] {
  const out: string[] = new Array(text.length).fill('');
  for (const p of pieces) {
    const src = [...p.source];
    const dst = [...p.output];
    if (src.length === dst.length) {
      let at = p.start;
      src.forEach((ch, k) => {
        out[at] = dst[k]!;
        at += ch.length;
      });
    } else out[p.start] = p.output;
  }
  return out;
}

export function collectOccurrences(doc: string, text: string, engine: Engine, chars: Set<string>, protect: string[] = []): Occurrence[] {
  const pieces = engine.pieces(text, protect);
  const out = outputByOffset(text, pieces);
  const pieceAt: (Piece | undefined)[] = new Array(text.length);
  for (const p of pieces) for (let i = p.start; i < p.end; i++) pieceAt[i] = p;
  const found: Occurrence[] = [];
  const segments = [...segmenter.segment(text)];
  segments.forEach(({ segment, index }, n) => {
    // A one-character word is judged with its neighbouring words (责任|制|， → 责任制，).
    let from = index;
    let to = index + segment.length;
    if ([...segment].length === 1) {
      from = segments[n - 1]?.index ?? index;
      to = n + 1 < segments.length ? segments[n + 1]!.index + segments[n + 1]!.segment.length : to;
    }
    for (let k = 0; k < segment.length; k++) {
      const char = segment[k]!;
      if (!chars.has(char)) continue;
      const at = index + k;
      const piece = pieceAt[at];
      if (!piece) continue;
      found.push({
        doc,
        offset: at,
        char,
        word: text.slice(from, to).trim(),
        output: out.slice(from, to).join('').trim(),
        by: piece.by,
        ...(piece.rule ? { rule: piece.rule } : {}),
        context: text.slice(Math.max(0, at - 8), at + 9).replace(/\s+/g, ' '),
      });
    }
  });
  return found;
}

/** Groups occurrences by character, then by (word, output); `isReviewed` looks up the reviewed data. */
export function groupOccurrences(occurrences: Occurrence[], isReviewed: (word: string, output: string) => boolean): CharGroup[] {
  const byChar = new Map<string, Map<string, WordGroup>>();
  for (const o of occurrences) {
    const words = byChar.get(o.char) ?? new Map<string, WordGroup>();
    byChar.set(o.char, words);
    const key = `${o.word}\u0000${o.output}`;
    const g = words.get(key) ?? { word: o.word, output: o.output, count: 0, by: {}, reviewed: false, context: o.context };
    g.count++;
    g.by[o.by] = (g.by[o.by] ?? 0) + 1;
    words.set(key, g);
  }
  const groups: CharGroup[] = [];
  for (const [char, words] of byChar) {
    const list = [...words.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
    let byProject = 0;
    let reviewed = 0;
    let unreviewed = 0;
    for (const g of list) {
      const project = (g.by.project ?? 0) + (g.by.protected ?? 0) + (g.by.marked ?? 0);
      byProject += project;
      g.reviewed = project === g.count || isReviewed(g.word, g.output);
      if (g.reviewed) reviewed += g.count - project;
      else unreviewed += g.count - project;
    }
    groups.push({ char, count: list.reduce((n, g) => n + g.count, 0), byProject, reviewed, unreviewed, words: list });
  }
  return groups.sort((a, b) => b.count - a.count);
}

