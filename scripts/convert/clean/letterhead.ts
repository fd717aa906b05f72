// The 版头 of an official copy (a PDF of the printed document, GB/T 9704): the issuer's mark
// (国务院文件, often letter-spaced) above the 发文字号. It is the letterhead, not text: the web edition
// of the same document has none. Removed only where a 发文字号 line follows it (blank lines aside),
// so a body line ending in 文件 (…等文件) never goes; the 发文字号 stays for the head.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, lines } from './rule.ts';
import { DOC_NUMBER_LINE, LETTERHEAD } from '../data/head-lines.ts';
import { squash } from '../squash.ts';


export const letterheadRule: Rule = {
  kind: 'page-header',
  run(text) {
    const all = lines(text).filter((l) => l.text.trim() !== '');
    const edits: Edit[] = [];
    all.forEach((l, i) => {
      const next = all[i + 1];
      if (!next || !LETTERHEAD.test(squash(l.text)) || !DOC_NUMBER_LINE.test(next.text.trim())) return;
      edits.push(dropLine(text, l, `letterhead of an official copy (发文机关标志 above the 发文字号): ${l.text.trim()}`));
    });
    return edits;
  },
};
