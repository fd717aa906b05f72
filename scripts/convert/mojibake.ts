// Garbled text from GBK bytes decoded one byte out of step ("shifted"): the lead byte of the first
// character is lost and shown as '?', the following bytes pair up into unrelated characters
// (`?;竟卜?wù)` for `。基本公共服務(wù)`) until an ASCII byte or a lost byte (a second '?') brings
// the decoder back in step. Later processing of such text also turned full-width punctuation into
// ASCII and dropped private-use characters, so some bytes are gone for good.
// Detection feeds warnings; proposals (mojibake-repair.ts) feed propose-corrections.
// Repairs are reviewed data.

export interface MojibakeSpan {
  offset: number;
  text: string;
}


// What a shifted decode produces that Chinese policy text practically never contains:
// bopomofo, Latin letters with diacritics, box drawing, kana, Hangul, private use.
export const ODD = /[\u3100-\u312f\u31a0-\u31bf\u0100-\u024f\u2500-\u257f\u3040-\u30ff\uac00-\ud7af\ue000-\uf8ff\u2e80-\u2eff]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]/;
export const WINDOW = 16;
export const NOISE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/; // pinyin-like debris seen right after the '?'

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
    const rest = after.slice(NOISE.exec(after)?.[0].length ?? 0);
    if (!(CJK.test(rest[0] ?? '') || /^[;,!.:)?]/.test(rest) || ODD.test(rest.slice(0, 4)))) continue;
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
