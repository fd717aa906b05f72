// Web-page cruft: whole furniture lines (toolbars, page metadata, site footers: data/furniture.ts;
// navigation, breadcrumbs, counters: data/cruft.ts), navigation bars and bare addresses outside the
// body, the site's head above the breadcrumb and menus copied a link a line (page-edges.ts), toolbar items glued to a text line (the text stays), the link list under an article, and
// reporter bylines at paragraph start.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { dropLine, lines } from './rule.ts';
import { BODY_LINE, BREADCRUMB_LINES, BYLINES, CRUFT_LINES, GLUED_BREADCRUMB, RELATED_ENTRY, RELATED_LIST_HEADING } from '../data/cruft.ts';
import { breadcrumbAbove, documentHeadLine, navigationRuns } from './page-edges.ts';
import { gluedToolbar, metadataLine, siteLine, toolbarLine, toolbarPrefix } from './furniture.ts';
import { EDGE_LINES, GLUED_LINK_TAILS } from '../data/furniture.ts';
import { findInfoTables } from './info-table.ts';

/** Why a whole (trimmed) line is web-page furniture, or null. */
export function furnitureLine(trimmed: string): string | null {
  const toolbar = toolbarLine(trimmed);
  if (toolbar) return toolbar;
  const own = wholeLine(trimmed);
  if (own) return own;
  // toolbar items glued before another furniture line (扫一扫在手机打开当前页上一篇：…)
  const cut = toolbarPrefix(trimmed);
  const rest = cut > 0 ? wholeLine(trimmed.slice(cut)) : null;
  return rest ? `page tools glued to a furniture line (${rest})` : null;
}

function wholeLine(trimmed: string): string | null {
  const cruft = CRUFT_LINES.find((c) => c.pattern.test(trimmed));
  if (cruft) return cruft.reason;
  if (metadataLine(trimmed)) return 'page metadata line';
  return siteLine(trimmed);
}

export const webCruftRule: Rule = {
  kind: 'web-cruft',
  run(text) {
    const edits: Edit[] = [];
    const all = lines(text);
    const texts = all.map((l) => l.text.trim());
    // a long footer line (网站标识码 … ICP备 … 公网安备 …) is no body text, nor a browser hint ending in ！
    const body = texts.map((t) => BODY_LINE.test(t) && furnitureLine(t) === null && !EDGE_LINES.some((e) => e.pattern.test(t)));
    const tail = relatedListStart(texts, body);
    const firstBody = body.indexOf(true);
    const lastBody = body.lastIndexOf(true);
    // a law's own record (法規名稱 … 發布日期 …) is text, though a web page's 發布日期 line is furniture
    const record = new Set(findInfoTables(text).recordLines.map((l) => l.start));
    // whole lines that are furniture by their words, or by their words and place
    let related = false; // the line before (blank lines aside) was a related list's heading or entry
    const drop: (string | null)[] = all.map((line, i) => {
      const trimmed = texts[i]!;
      if (trimmed === '') return null;
      const listed = related && RELATED_ENTRY.test(trimmed);
      related = listed || RELATED_LIST_HEADING.test(trimmed);
      if (listed) return 'entry of a related list (a title with its date)';
      const reason = record.has(line.start) ? null : furnitureLine(trimmed);
      if (reason) return reason;
      const edge = firstBody !== -1 && (i < firstBody || i > lastBody) ? EDGE_LINES.find((e) => e.pattern.test(trimmed)) : undefined;
      if (edge) return edge.reason;
      return i > tail ? 'entry of the link list under the article' : null;
    });
    // and by their place alone: the site's head above the breadcrumb, menus copied a link a line
    const crumb = firstBody === -1 ? -1 : breadcrumbAbove(texts, firstBody, (t) => BREADCRUMB_LINES.some((b) => b.test(t)) || GLUED_BREADCRUMB.test(t));
    for (let i = 0; i < crumb; i++) if (texts[i] !== '' && drop[i] === null && !documentHeadLine(texts, i, crumb)) drop[i] = 'head of the site above the breadcrumb trail';
    for (const i of navigationRuns(texts, firstBody, lastBody, (j) => drop[j] !== null)) drop[i] ??= 'navigation menu at the edge of the page (short links one a line)';
    all.forEach((line, i) => {
      const trimmed = texts[i]!;
      if (trimmed === '') return;
      if (drop[i]) {
        edits.push(dropLine(text, line, `${drop[i]}: ${trimmed}`));
        return;
      }
      const lead = line.text.length - line.text.trimStart().length;
      const crumb = i <= firstBody ? GLUED_BREADCRUMB.exec(trimmed) : null;
      if (crumb) {
        edits.push({ offset: line.start + lead, length: crumb[0].length, replacement: '', reason: `breadcrumb trail glued before the text: ${crumb[0]}` });
        return;
      }
      const glued = gluedToolbar(trimmed);
      if (glued.head > 0) {
        const cut = trimmed.slice(0, glued.head);
        edits.push({ offset: line.start + lead, length: glued.head, replacement: '', reason: `page toolbar glued before the text: ${cut.trim()}` });
      }
      if (glued.tail > 0) {
        const at = line.start + lead + trimmed.length - glued.tail;
        edits.push({ offset: at, length: glued.tail, replacement: '', reason: `page toolbar glued after the text: ${trimmed.slice(-glued.tail).trim()}` });
      } else {
        for (const g of GLUED_LINK_TAILS) {
          const m = g.pattern.exec(trimmed);
          if (m) edits.push({ offset: line.start + lead + m.index, length: m[0].length, replacement: '', reason: `${g.reason}: ${m[0].trim()}` });
        }
      }
      const body = line.text.slice(lead + glued.head);
      for (const b of BYLINES) {
        const m = b.pattern.exec(body);
        // the byline must be followed by the sentence it introduces
        if (m && m[0].length < trimmed.length - glued.head) {
          edits.push({ offset: line.start + lead + glued.head, length: m[0].length, replacement: '', reason: `${b.reason}: ${m[0].trim()}` });
          break;
        }
      }
    });
    return edits;
  },
};

/** Index of the related-links heading that starts the page's tail, or Infinity. */
function relatedListStart(texts: string[], body: boolean[]): number {
  for (let i = 0; i < texts.length; i++) {
    if (!RELATED_LIST_HEADING.test(texts[i]!)) continue;
    let j = i + 1; // (a loop, not slice().every(): a large file may hold many such headings)
    while (j < texts.length && !body[j]) j++;
    if (j === texts.length) return i;
  }
  return Infinity;
}
