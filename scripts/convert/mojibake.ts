// Garbled text from GBK bytes decoded one byte out of step ("shifted"): the lead byte of a character
// is lost and shown as '?', the following bytes pair up wrongly into unrelated characters until
// an ASCII byte brings the decoder back in step. Here: detection (for warnings) and repair
// proposals (for propose-corrections); the repairs themselves are reviewed data.

export interface MojibakeSpan {
  offset: number;
  text: string;
}

// Characters a shifted decode produces that Chinese policy text practically never contains:
// bopomofo, Latin letters with caron/breve, box drawing, kana, Hangul, and a bare ASCII '?'.
const ODD = /[\u3100-\u312f\u31a0-\u31bf\u0100-\u024f\u2500-\u257f\u3040-\u30ff\uac00-\ud7af\uE000-\uF8FF]/;
const HANISH = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/**
 * Spans that start with an ASCII '?' inside Chinese text. The span runs over the following
 * characters up to 8, stopping after a second '?' or at the first line end; proposals refine it.
 */
export function findMojibake(text: string): MojibakeSpan[] {
  const out: MojibakeSpan[] = [];
  const re = /\?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    const before = text[at - 1] ?? '\n';
    const after = text.slice(at + 1, at + 9);
    // a question mark in Latin text ("what?") or a URL is fine
    if (!(HANISH.test(before) || before === '\n' || /[(（)）]/.test(before))) continue;
    if (!(HANISH.test(after[0] ?? '') || /[;,!.:)]/.test(after[0] ?? '') || ODD.test(after))) continue;
    let end = at + 1;
    while (end < text.length && end - at < 9 && text[end] !== '\n') {
      if (text[end] === '?') {
        end++;
        break;
      }
      end++;
    }
    out.push({ offset: at, text: text.slice(at, end) });
    re.lastIndex = end;
  }
  return out;
}
