// A document's own table of contents (目录 — or, in a law collection, nothing — followed by its chapters or decimal headings, before
// the body repeats the first of them: laws, 预案, standards). The site builds its own TOC, and a
// 目录 left in would be read as a compilation's (one law split into a document per chapter), so it
// is removed, each line a recorded change. A compilation's 目录 lists titles, not numbered
// headings, and stays for the split stage.
import { matchMarker, type MarkerKind } from '../../../src/lib/format/markers.ts';
import { matchLabel } from '../../../src/lib/format/labels.ts';
import type { Edit } from './edits.ts';
import type { Rule } from './rule.ts';
import { dropLine, lines } from './rule.ts';
import { squash } from '../squash.ts';

const TOC_LINE = /^[\s\u3000]*目[\s\u3000]*[录錄][\s\u3000]*$/;
/** Leader dots and a page number after an entry: "第一章 总则……1". */
const LEADER = /[.·…‥]{2,}\s*[0-9０-９]*\s*$|\s+[0-9０-９]{1,4}\s*$/;
const ENTRY_KINDS: readonly MarkerKind[] = ['part', 'subpart', 'chapter', 'section', 'decimal'];
/** Fewer entries than this is no table of contents. */
const MIN_ENTRIES = 2;

/** A table of contents without its 目录 line has at least this many entries. */
const MIN_UNHEADED = 3;

/**
 * Where an unheaded table of contents may start: the text's first entry-like line, before any article,
 * if it is a part, subpart or chapter line (-1: nowhere). Found once: asking each line whether every
 * line before it is no entry was quadratic.
 */
function unheadedStart(all: readonly { text: string }[]): number {
  const first = all.findIndex((l) => isEntry(l.text) || matchMarker(l.text.trim(), ['article']) !== null);
  return first >= 0 && isEntry(all[first]!.text) && matchMarker(all[first]!.text.trim(), ['part', 'subpart', 'chapter']) !== null ? first : -1;
}

const key = (text: string) => squash(text.replace(LEADER, ''));

function isEntry(text: string): boolean {
  const t = text.replace(LEADER, '').trim();
  return t !== '' && (matchMarker(t, ENTRY_KINDS) !== null || matchLabel(t) !== null);
}

export const lawTocRule: Rule = {
  kind: 'toc',
  run(text) {
    const all = lines(text);
    const edits: Edit[] = [];
    const unheaded = unheadedStart(all);
    for (let i = 0; i < all.length; i++) {
      const headed = TOC_LINE.test(all[i]!.text);
      // a law collection may give the chapters without the 目录 line (第一章 总则 / 第二章 … / 第一章 总则):
      // then at least MIN_UNHEADED entries, the first the document's first chapter line, before any article
      if (!headed && i !== unheaded) continue;
      const entries: number[] = [];
      let j = headed ? i + 1 : i;
      let first = '';
      for (; j < all.length; j++) {
        const t = all[j]!.text;
        if (t.trim() === '') continue;
        if (!isEntry(t) || (first !== '' && key(t) === first)) break;
        if (first === '') first = key(t);
        entries.push(j);
      }
      // The body must start by repeating the first entry; otherwise this is not the document's TOC.
      if (entries.length < MIN_ENTRIES || j >= all.length || key(all[j]!.text) !== first) continue;
      if (!headed && entries.length < MIN_UNHEADED) continue;
      for (let k = i; k < j; k++) edits.push(dropLine(text, all[k]!, k === i && headed ? 'table of contents heading (the site builds its own)' : 'table of contents entry (the site builds its own)'));
      i = j - 1;
    }
    return edits;
  },
};
