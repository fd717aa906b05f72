// Garbled text from GBK bytes decoded one byte out of step ("shifted"): the lead byte of the first
// character is lost and shown as '?', the following bytes pair up into unrelated characters
// (`?;竟卜?wù)` for `。基本公共服務(wù)`) until an ASCII byte or a lost byte (a second '?') brings
// the decoder back in step. Later processing of such text also turned full-width punctuation into
// ASCII and dropped private-use characters, so some bytes are gone for good.
// Detection feeds warnings; proposals feed propose-corrections. Repairs are reviewed data.
import { decodeGb18030, encodeGbk } from './gbk-table.ts';

export interface MojibakeSpan {
  offset: number;
  text: string;
}

export interface RepairProposal {
  offset: number;
  garbled: string;
  intended: string;
  /** Characters of `intended` never seen elsewhere in the file: check these by eye. */
  doubtful: string[];
  score: number;
}

// What a shifted decode produces that Chinese policy text practically never contains:
// bopomofo, Latin letters with diacritics, box drawing, kana, Hangul, private use.
const ODD = /[\u3100-\u312f\u31a0-\u31bf\u0100-\u024f\u2500-\u257f\u3040-\u30ff\uac00-\ud7af\ue000-\uf8ff\u2e80-\u2eff]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]/;
const WINDOW = 16;

/** Spans starting at an ASCII '?' inside Chinese text, up to the next '?' or WINDOW characters. */
export function findMojibake(text: string): MojibakeSpan[] {
  const out: MojibakeSpan[] = [];
  const re = /\?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    const before = text[at - 1] ?? '\n';
    const after = text.slice(at + 1, at + 1 + WINDOW);
    // a question mark in Latin text ("what?"), a URL or a query string is fine
    if (!(CJK.test(before) || before === '\n' || /[()）]/.test(before))) continue;
    if (!(CJK.test(after[0] ?? '') || /^[;,!.:)?]/.test(after) || ODD.test(after.slice(0, 4)))) continue;
    let end = at + 1;
    while (end < text.length && end - at <= WINDOW && text[end] !== '\n') {
      end++;
      if (text[end - 1] === '?') break;
    }
    out.push({ offset: at, text: text.slice(at, end) });
    re.lastIndex = end;
  }
  return out;
}

/** Character frequencies of a text, the language model for scoring repairs. */
export function charFrequencies(text: string): Map<string, number> {
  const freq = new Map<string, number>();
  for (const ch of text) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  return freq;
}

/**
 * Proposes a repair for the garbled span starting at the '?' at `offset`: restore the lost lead
 * byte (and a lost trailing byte when the span ends in '?'), re-pair the bytes, decode, and keep
 * the candidate whose characters are most common in the rest of the file.
 */
export function proposeRepair(text: string, offset: number, freq: Map<string, number>): RepairProposal | null {
  let window = '';
  for (let i = offset + 1; i < text.length && window.length < WINDOW && text[i] !== '\n'; i++) window += text[i];
  const q = window.indexOf('?');
  const body = q >= 0 ? window.slice(0, q) : window;
  const trailingLost = q >= 0;
  let best: RepairProposal | null = null;
  for (const variant of widthVariants(body)) {
    const bytes = encodeGbk(variant);
    if (!bytes || bytes.length === 0) continue;
    const first = bestByte(0x81, 0xfe, (x) => decodeGb18030([x, bytes[0]!]), freq, text[offset - 1] ?? '');
    if (!first) continue;
    let rest: string;
    let restScore: number;
    if (trailingLost) {
      const last = bestByte(0x40, 0xfe, (y) => decodeGb18030([...bytes.slice(1), y]), freq, '');
      if (!last) continue;
      rest = last.text;
      restScore = last.score;
    } else {
      rest = decodeGb18030(bytes.slice(1));
      restScore = scoreText(rest, freq);
    }
    let intended = first.text + rest;
    let garbled = `?${body}${trailingLost ? '?' : ''}`;
    if (!trailingLost) {
      // the decoder is back in step where the repaired and the garbled text agree again
      const common = commonSuffix(fold(intended), fold(body));
      if (common >= intended.length || common >= body.length) continue;
      intended = intended.slice(0, intended.length - common);
      garbled = `?${body.slice(0, body.length - common)}`;
      restScore = scoreText(intended.slice(first.text.length), freq);
    }
    const score = first.score + restScore - variantCost(body, variant);
    if (!best || score > best.score) {
      const doubtful = [...intended].filter((ch) => (freq.get(ch) ?? 0) === 0 || ch === '\uFFFD');
      best = { offset, garbled, intended, doubtful, score };
    }
  }
  return best;
}

/** ASCII punctuation in a span may have been full-width before the text was "normalised". */
function widthVariants(body: string): string[] {
  const positions = [...body].map((ch, i) => (/[!-/:-@[-`{-~]/.test(ch) ? i : -1)).filter((i) => i >= 0).slice(0, 4);
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

function variantCost(a: string, b: string): number {
  void a;
  void b;
  return 0;
}

function bestByte(
  from: number,
  to: number,
  decodeWith: (byte: number) => string,
  freq: Map<string, number>,
  before: string,
): { text: string; score: number } | null {
  let best: { text: string; score: number } | null = null;
  for (let b = from; b <= to; b++) {
    if (b === 0x7f) continue;
    const text = decodeWith(b);
    let score = scoreText(text, freq);
    if (before && (freq.get(before) ?? 0) > 0 && text.length > 0) score += 0; // reserved for bigrams
    if (!best || score > best.score) best = { text, score };
  }
  return best;
}

/** Higher for text made of characters common elsewhere in the file; punished for junk. */
function scoreText(text: string, freq: Map<string, number>): number {
  let score = 0;
  for (const ch of text) {
    if (ch === '\uFFFD' || ODD.test(ch)) score -= 8;
    else score += Math.log1p(freq.get(ch) ?? 0) - 2;
  }
  return score;
}

function fold(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
