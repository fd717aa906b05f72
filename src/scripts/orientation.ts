// Where am I in a long document (part of reader.ts, loaded on the first scroll): the section at the
// top of the screen is marked in the table of contents (aria-current, kept in view in the sticky
// contents column) and named in a small breadcrumb bar (its heading chain, linked); the page
// root carries data-scrolled once the reader is a screen down (the fixed back-to-top link).
import { d } from './dom.ts';

const body = d.querySelector<HTMLElement>('.doc-body');
const toc = d.querySelector<HTMLElement>('.toc');
if (body) {
  const headings = [...body.querySelectorAll<HTMLElement>(':is(h2, h3, h4, h5, h6)[id]')];
  const level = (h: Element) => Number(h.tagName[1]);
  const tocLink = (id: string) => toc?.querySelector<HTMLAnchorElement>(`a[href="#${CSS.escape(id)}"]`);
  const crumb = d.createElement('nav');
  crumb.className = 'section-crumb';
  crumb.setAttribute('aria-label', body.dataset.here ?? '');
  crumb.hidden = true;
  d.body.append(crumb);
  const header = d.querySelector('.site-header');
  let current: HTMLElement | undefined;
  let marked: HTMLAnchorElement | null | undefined;

  /** The last heading whose top is above the line under the sticky header (binary search). */
  const find = (line: number): HTMLElement | undefined => {
    let lo = 0, hi = headings.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]!.getBoundingClientRect().top <= line) (found = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return headings[found];
  };

  const chainOf = (h: HTMLElement): HTMLElement[] => {
    const chain = [h];
    for (let i = headings.indexOf(h) - 1; i >= 0 && level(chain[0]!) > 2; i--) if (level(headings[i]!) < level(chain[0]!)) chain.unshift(headings[i]!);
    return chain;
  };

  const update = () => {
    const top = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    d.documentElement.toggleAttribute('data-scrolled', scrollY > innerHeight);
    crumb.style.top = top ? `${top}px` : '';
    const h = find(top + 48);
    if (h === current) return;
    current = h;
    const chain = h ? chainOf(h) : [];
    // The contents list shows three levels: a deeper section marks its nearest listed ancestor.
    const listed = [...chain].reverse().map((x) => tocLink(x.id)).find(Boolean);
    if (marked !== listed) {
      marked?.removeAttribute('aria-current');
      listed?.setAttribute('aria-current', 'location');
      marked = listed;
      if (listed && toc && getComputedStyle(toc).position === 'sticky') {
        const a = listed.getBoundingClientRect(), box = toc.getBoundingClientRect();
        if (a.top < box.top || a.bottom > box.bottom) toc.scrollTop += a.top - box.top - box.height / 3;
      }
    }
    crumb.replaceChildren(...chain.flatMap((x, i) => {
      const a = d.createElement('a');
      a.href = `#${x.id}`;
      // The contents entry when there is one (a run-in item's title phrase, toc-label.ts), else the heading.
      a.textContent = (tocLink(x.id)?.textContent ?? x.textContent ?? '').trim().replace(/[。；，：]+$/, '');
      return i ? [' › ', a] : [a];
    }));
    crumb.hidden = !h;
  };

  let queued = false;
  addEventListener('scroll', () => {
    if (!queued) (queued = true), requestAnimationFrame(() => ((queued = false), update()));
  }, { passive: true });
  addEventListener('resize', update);
  update();
}
