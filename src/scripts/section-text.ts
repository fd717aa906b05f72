// The text of one section of a reading page: from its heading to the next heading of the same or a
// higher level (a paragraph or compare row: just that block). Permalinks and buttons are skipped.
import { d } from './dom.ts';

const level = (el: Element) => (/^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0);

/** Text nodes of the section that starts at `start`, in document order. */
export function sectionTextNodes(start: HTMLElement, scope: Element): Text[] {
  const top = level(start);
  const root = top ? scope : start;
  const walker = d.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  let inside = !top;
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n === start) inside = true;
    else if (n instanceof Element) {
      if (inside && top && level(n) && level(n) <= top) break;
    } else if (inside && !(n.parentElement?.closest('.pl,.cite,button'))) out.push(n as Text);
  }
  return out;
}
