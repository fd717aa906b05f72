// Repair proposals for GBK byte-shift mojibake (see mojibake.ts for the damage): put back the
// lost bytes, re-pair, decode, and score candidates with the file's own character statistics.
import { encodeGbk, isLostPair, pairTable } from './gbk-table.ts';
import { NOISE, ODD, WINDOW } from './mojibake.ts';

export interface RepairProposal {
  offset: number;
  garbled: string;
  intended: string;
  /** Characters of `intended` never seen elsewhere in the file: check these by eye. */
  doubtful: string[];
  score: number;
}

/** Character and character-pair counts of a text: the language model for scoring repairs. */
export interface LanguageModel {
  chars: Map<string, number>;
  pairs: Map<string, number>;
}

export function languageModel(text: string): LanguageModel {
  const chars = new Map<string, number>();
  const pairs = new Map<string, number>();
  let prev = '';
  for (const ch of text) {
    chars.set(ch, (chars.get(ch) ?? 0) + 1);
    if (prev) pairs.set(prev + ch, (pairs.get(prev + ch) ?? 0) + 1);
    prev = ch;
  }
  return { chars, pairs };
}

const TRAIL_ASCII = /[A-Za-z@[\\\]^_`{|}~]/; // an ASCII byte that can be a GBK trail byte
const X = -1; // lost lead byte at the start
const U1 = -2; // a pair the old decoder mapped to nothing (private use), first byte
const U2 = -3; // … second byte
const Y = -4; // lost byte at the end (a second '?')

/**
 * Proposes a repair for the garbled span starting at the '?' at `offset`: re-encode the garbled
 * characters, put back the lost lead byte (and a lost last byte, and up to two byte pairs the old
 * decoder dropped), re-pair the bytes and decode. Unknown bytes are chosen so that the repaired
 * characters and character pairs are common in the rest of the file. A proposal, not a fact:
 * every one is reviewed before it goes into content/corrections/.
 */
export function proposeRepair(text: string, offset: number, lm: LanguageModel): RepairProposal | null {
  let i = offset + 1;
  const noise = NOISE.exec(text.slice(i, i + 8));
  if (noise) i += noise[0].length;
  const bodyStart = i;
  let lostEnd = false;
  let found = false;
  for (; i < text.length && i - bodyStart < WINDOW && text[i] !== '\n'; i++) {
    if (text[i] === '?') {
      lostEnd = true;
      found = true;
      i++;
      break;
    }
    if (TRAIL_ASCII.test(text[i]!)) {
      found = true;
      i++;
      break;
    }
  }
  if (!found) return null;
  const body = text.slice(bodyStart, lostEnd ? i - 1 : i);
  const before = text[offset - 1] ?? '';
  const after = text[i] ?? '';
  let best: { intended: string; score: number } | null = null;
  for (const variant of widthVariants(body)) {
    const chars = [...variant].map((ch) => encodeGbk(ch));
    if (chars.some((c) => c === null)) continue;
    const bytes = (chars as number[][]).flat();
    // garbled-character boundaries: where a dropped pair may have been
    const boundaries: number[] = [];
    let at = 0;
    for (const c of chars as number[][]) boundaries.push((at += c.length));
    boundaries.pop();
    const evaluate = (insertAt: number[]) => {
      const seq: number[] = [X];
      bytes.forEach((b, k) => {
        if (insertAt.includes(k)) seq.push(U1, U2);
        seq.push(b);
      });
      if (lostEnd) seq.push(Y);
      return resolve(seq, before, after, lm);
    };
    let current = evaluate([]);
    let inserted: number[] = [];
    for (let round = 0; round < 2; round++) {
      let improved: { r: ReturnType<typeof evaluate>; at: number[] } | null = null;
      for (const b of boundaries) {
        if (inserted.includes(b)) continue;
        const at2 = [...inserted, b];
        const r = evaluate(at2);
        if (r && (!improved || r.score > improved.r!.score)) improved = { r, at: at2 };
      }
      if (improved && improved.r && (!current || improved.r.score > current.score + 6)) {
        current = improved.r;
        inserted = improved.at;
      } else break;
    }
    if (current && (!best || current.score > best.score)) best = current;
  }
  if (!best) return null;
  // a lost last byte often took the "(" of a following pinyin annotation with it: "?wù)"
  if (lostEnd && /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/.test(text.slice(i, i + 8))) best.intended += '(';
  const doubtful = [...best.intended].filter((ch) => (lm.chars.get(ch) ?? 0) === 0 || ch === '\uFFFD');
  return { offset, garbled: text.slice(offset, i), intended: best.intended, doubtful, score: best.score };
}

/** Decodes a byte sequence with unknown bytes, choosing each unknown for the best-scoring text. */
function resolve(seq: number[], before: string, after: string, lm: LanguageModel): { intended: string; score: number } | null {
  const table = pairTable();
  let out = '';
  let prev = before;
  let score = 0;
  let k = 0;
  // `following`: the character after the one being picked, when already known (a pair counts both ways)
  const pick = (lo: number, hi: number, f: (b: number) => string, following = ''): [string, number] => {
    let bestCh = '';
    let bestScore = -Infinity;
    for (let b = lo; b <= hi; b++) {
      const ch = f(b);
      const sc = charScore(lm, prev, ch) + (following && ch ? 2.5 * Math.log1p(lm.pairs.get(ch + following) ?? 0) : 0);
      if (sc > bestScore) [bestCh, bestScore] = [ch, sc];
    }
    return [bestCh, bestScore];
  };
  while (k < seq.length) {
    const a = seq[k]!;
    const b = seq[k + 1];
    let ch: string;
    let sc: number;
    if (a >= 0 && a < 0x80) {
      ch = String.fromCharCode(a);
      sc = charScore(lm, prev, ch);
      k += 1;
    } else if (b === undefined) {
      return null; // a lead byte with nothing to pair with
    } else if (a === X && b >= 0) {
      const c = seq[k + 2] ?? -9;
      const d = seq[k + 3] ?? -9;
      const following = c >= 0 && c < 0x80 ? String.fromCharCode(c) : c >= 0x81 && d >= 0x40 ? (table[(c << 8) | d] ?? '') : '';
      [ch, sc] = pick(0x81, 0xfe, (x) => table[(x << 8) | b] ?? '', following);
      k += 2;
    } else if (a >= 0x81 && b === Y) {
      [ch, sc] = pick(0x40, 0xfe, (y) => table[(a << 8) | y] ?? '', after);
      k += 2;
    } else if (a >= 0x81 && b === U1 && seq[k + 2] === U2 && (seq[k + 3] ?? -9) >= 0x40) {
      const t = seq[k + 3]!;
      let bestPair: [string, number] = ['', -Infinity];
      for (let u1 = 0x40; u1 <= 0xfe; u1++) {
        const c1 = table[(a << 8) | u1] ?? '';
        if (c1 === '') continue;
        const s1 = charScore(lm, prev, c1);
        for (let u2 = 0x81; u2 <= 0xfe; u2++) {
          if (!isLostPair(u1, u2)) continue;
          const c2 = table[(u2 << 8) | t] ?? '';
          const s2 = s1 + charScore(lm, c1, c2);
          if (s2 > bestPair[1]) bestPair = [c1 + c2, s2];
        }
      }
      [ch, sc] = bestPair;
      if (ch === '') return null;
      k += 4;
    } else if (a >= 0x81 && b >= 0x40) {
      ch = table[(a << 8) | b] ?? '';
      sc = charScore(lm, prev, ch);
      k += 2;
    } else {
      return null; // unknown bytes in a position the shift model does not allow
    }
    out += ch;
    score += sc;
    prev = ch.slice(-1);
  }
  score += 0.5 * Math.log1p(lm.pairs.get(prev + after) ?? 0);
  return { intended: out, score };
}

/**
 * Log-count of a character (relative to an ordinary one, so that adding characters is not a gain
 * in itself), plus a bonus for a pair seen elsewhere; junk scores very low. Full-width punctuation
 * counts as its ASCII form (this corpus was "normalised"); an ideographic space may indent a paragraph.
 */
function charScore(lm: LanguageModel, prev: string, ch: string): number {
  if (ch === '' || ch === '\uFFFD' || ODD.test(ch) || /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/.test(ch)) return -12;
  if (ch === '\u3000' && (prev === '\n' || prev === '')) return 2;
  const key = fold(ch);
  const n = (lm.chars.get(ch) ?? 0) + (key !== ch ? (lm.chars.get(key) ?? 0) : 0);
  const pair = prev ? (lm.pairs.get(prev + ch) ?? 0) + (key !== ch ? (lm.pairs.get(prev + key) ?? 0) : 0) : 0;
  return (n === 0 ? -10 : Math.log(n) - 4) + 2.5 * Math.log1p(pair);
}

/** ASCII punctuation in a span may have been full-width before the text was "normalised". */
function widthVariants(body: string): string[] {
  const positions = [...body].map((ch, i) => (/[!-/:;<=>?]/.test(ch) ? i : -1)).filter((i) => i >= 0).slice(0, 4);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const chars = [...body];
    positions.forEach((p, bit) => {
      if (mask & (1 << bit)) chars[p] = String.fromCharCode(chars[p]!.charCodeAt(0) + 0xfee0);
    });
    out.push(chars.join(''));
  }
  return out;
}

/** Full-width punctuation → ASCII (letters and digits stay: they were never part of the normalising). */
function fold(s: string): string {
  return s.replace(/[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
