// A page opened from a search hit (…/?hl=<query>#<section>): the browser has scrolled to the
// section (the id works without script too); this marks the query inside that section only, brings
// the first mark into view when the section is long, and drops ?hl= from the address so a copied
// or cited link is clean.
import { d } from './dom.ts';
import { sectionTextNodes } from './section-text.ts';

const query = new URLSearchParams(location.search).get('hl')?.trim();
const scope = d.querySelector('.doc-body');
const start = location.hash && d.getElementById(decodeURIComponent(location.hash.slice(1)));
if (query && scope && start) {
  const marks: HTMLElement[] = [];
  for (const node of sectionTextNodes(start, scope)) {
    let text = node;
    for (let at = text.data.indexOf(query); at >= 0; at = text.data.indexOf(query)) {
      const hit = text.splitText(at);
      text = hit.splitText(query.length);
      const mark = d.createElement('mark');
      mark.className = 'hl';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.push(mark);
    }
  }
  const first = marks[0];
  if (first) {
    const { top, bottom } = first.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) (first.closest<HTMLElement>('[id]') ?? first).scrollIntoView();
  }
}
if (query !== undefined) {
  try {
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    history.replaceState(history.state, '', url.href);
  } catch {
    /* some file:// setups refuse: the address keeps ?hl=, harmless */
  }
}
