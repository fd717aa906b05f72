// Which section of a page holds a match: Pagefind's fragment lists every element with an id
// (headings h2–h5 and paragraphs p<n>) with its text, in document order. Their texts are
// located in the folded page content; the match belongs to the last heading before it.
import { despace, fold } from './fold.ts';

export interface Anchor { element: string; id: string; text: string }
export interface Located { sectionId?: string; sectionPath: string[]; paragraphId?: string }

const headingLevel = (el: string) => (/^h[2-6]$/.test(el) ? Number(el[1]) : 0);

export function locate(anchors: Anchor[], content: string, matchAt: number, t2s: Record<string, string>): Located {
  const stack: { level: number; id: string; text: string }[] = [];
  let paragraphId: string | undefined;
  let cursor = 0;
  for (const a of anchors) {
    const needle = fold(a.text, t2s).text;
    if (!needle) continue;
    const at = content.indexOf(needle, cursor);
    if (at < 0) continue; // text not found verbatim (e.g. ignored markup): skip this anchor
    if (at > matchAt) break;
    cursor = at;
    const level = headingLevel(a.element);
    if (level) {
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, id: a.id, text: despace(a.text) });
      paragraphId = undefined;
    } else if (a.element === 'p') {
      paragraphId = a.id;
    }
  }
  const top = stack[stack.length - 1];
  return { sectionId: top?.id, sectionPath: stack.map((s) => s.text), paragraphId };
}
