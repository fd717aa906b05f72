import type { Paragraph } from '../types.ts';
import { squashInvisible } from '../squash.ts';

// An official publication sets a judicial interpretation's or regulation's title again under the
// law collection's title and history note, wrapped and with its issuer on a line of its own, then
// its 发文字号 (最高人民法院 / 关于…若干问题的解释（二） / 法释〔2023〕12号). The repeat is text of
// the document (it stays a paragraph); the number after it is the document's.

/** Lines the repeated title may take (issuer line + a title wrapped over up to three lines, blank lines between). */
const MAX_REPEAT_LINES = 6;

/** A title as compared with its repeat: joint issuers are written 最高人民法院、最高人民检察院 in one place and with a space in the other. */
export const plainTitle = (s: string) => squashInvisible(s).replace(/[、，,]/g, '');
const BODY_TEXT = /[。；：！？;:!?]/;

/** The index after the paragraphs from `i` that spell `title` again, or -1 when they do not. */
export function repeatedTitleEnd(ps: readonly Paragraph[], i: number, title: string): number {
  const want = plainTitle(title);
  let got = '';
  for (let k = i; k < Math.min(ps.length, i + MAX_REPEAT_LINES); k++) {
    const t = ps[k]!.text;
    if (squashInvisible(t) === '') continue;
    if (BODY_TEXT.test(t)) return -1;
    got += plainTitle(t);
    if (got === want) return k + 1;
    if (!want.startsWith(got)) return -1;
  }
  return -1;
}

/** The first paragraph at or after `i` that is not blank (a copy's zero-width-space lines). */
export function nextFilled(ps: readonly Paragraph[], i: number): number {
  let k = i;
  while (k < ps.length && squashInvisible(ps[k]!.text) === '') k++;
  return k;
}
