// Characters the converter writes in one form, compared in that form: ASCII punctuation it makes
// full-width, brackets of a 发文字号 it makes 〔〕, full-width digits it makes ASCII (clean/punctuation.ts,
// clean/full-width-digits.ts). Used by every measure that compares a clean original with the output.
import { asciiDigits } from '../digits.ts';

const PUNCT: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', ';': '；', '!': '！', '?': '？', '[': '〔', ']': '〕', '［': '〔', '］': '〕' };

/** `s` with each such character in the form the converter writes (one character for one: offsets hold). */
export function oneForm(s: string): string {
  return asciiDigits(s).replace(/[,():;!?[\]［］]/g, (c) => PUNCT[c]!);
}
