// DOM for search results. Text goes in through textContent only, so source text is never
// parsed as HTML.
import type { SearchHit, SectionHit } from '../../../lib/search/engine.ts';
import type { SearchStrings } from './strings.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The link opens the hit's section by its id (which works without script) and carries the
 * matched text, which the page (src/scripts/highlight.ts) marks inside that section only. A text
 * fragment (#:~:text=) would scroll to the first match anywhere on the page, often the TOC. */
export function hitHref(hit: SectionHit): string {
  const [page, id] = hit.url.split('#');
  return `${page}?hl=${encodeURIComponent(hit.excerpt.match)}${id ? `#${id}` : ''}`;
}

/** Styles of the per-document section list (the dialog's other styles are in Search.astro). */
export const moreStyles = `
.wy-hit-more { margin: .2em .3em 0; font-size: .92em; }
.wy-hit-more summary { cursor: pointer; color: var(--link, #0a4f96); width: max-content; }
.wy-hit-more ul { list-style: none; margin: .2em 0 0; padding: 0 0 0 .8em; border-inline-start: 2px solid var(--line, #d6d1c7); }
.wy-hit-more li { padding: .2em 0; }
.wy-section-link { display: block; color: inherit; text-decoration: none; padding: .1em .3em; border-radius: .3em; }
.wy-section-link:hover .wy-hit-path, .wy-section-link:focus .wy-hit-path { text-decoration: underline; }
.wy-section-link:focus-visible { outline: 2px solid var(--focus, #c2410c); }
`;

function excerpt(hit: SectionHit): HTMLSpanElement {
  return el('span', { class: 'wy-hit-excerpt' }, `…${hit.excerpt.before}`, el('mark', {}, hit.excerpt.match), `${hit.excerpt.after}…`);
}

/** The document's other sections holding the query, folded away under "n more sections". */
export function renderMore(hit: SearchHit, t: SearchStrings, lang: string): HTMLDetailsElement | '' {
  if (!hit.more.length) return '';
  return el('details', { class: 'wy-hit-more' },
    el('summary', {}, t.moreSections(hit.more.length)),
    el('ul', {}, ...hit.more.map((s) => el('li', {},
      el('a', { href: hitHref(s), class: 'wy-section-link', lang },
        s.sectionPath.length ? el('span', { class: 'wy-hit-path' }, s.sectionPath.join(' › ')) : '',
        excerpt(s))))));
}

export function renderHit(hit: SearchHit, t: SearchStrings, lang: string): HTMLLIElement {
  const meta = [hit.meta.issuer, hit.meta.date ?? hit.meta.year, hit.meta.type].filter(Boolean).join(' · ');
  const badges = el('span', { class: 'wy-badges' }, el('span', { class: 'wy-badge' }, t.shown[hit.shown]));
  if (hit.original && hit.original !== hit.shown) badges.append(el('span', { class: 'wy-badge wy-badge-alt' }, t.original[hit.original]));
  return el('li', { class: 'wy-hit', 'data-page': hit.pageUrl },
    el('a', { href: hitHref(hit), class: 'wy-hit-link', lang },
      el('span', { class: 'wy-hit-title' }, hit.title),
      hit.sectionPath.length ? el('span', { class: 'wy-hit-path' }, hit.sectionPath.join(' › ')) : '',
      excerpt(hit),
    ),
    el('span', { class: 'wy-hit-meta' }, badges, meta),
    renderMore(hit, t, lang),
  );
}
