// DOM for search results. Text goes in through textContent only, so source text is never
// parsed as HTML.
import type { SearchHit } from '../lib/engine.ts';
import type { SearchStrings } from './strings.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The link opens the section and asks the browser to highlight the match (text fragment). */
export function hitHref(hit: SearchHit): string {
  const directive = `:~:text=${encodeURIComponent(hit.excerpt.match).replace(/-/g, '%2D')}`;
  return hit.url.includes('#') ? `${hit.url}${directive}` : `${hit.url}#${directive}`;
}

export function renderHit(hit: SearchHit, t: SearchStrings, lang: string): HTMLLIElement {
  const meta = [hit.meta.issuer, hit.meta.date ?? hit.meta.year, hit.meta.type].filter(Boolean).join(' · ');
  const badges = el('span', { class: 'wy-badges' }, el('span', { class: 'wy-badge' }, t.shown[hit.shown]));
  if (hit.original && hit.original !== hit.shown) badges.append(el('span', { class: 'wy-badge wy-badge-alt' }, t.original[hit.original]));
  return el('li', { class: 'wy-hit' },
    el('a', { href: hitHref(hit), class: 'wy-hit-link', lang },
      el('span', { class: 'wy-hit-title' }, hit.title),
      hit.sectionPath.length ? el('span', { class: 'wy-hit-path' }, hit.sectionPath.join(' › ')) : '',
      el('span', { class: 'wy-hit-excerpt' }, `…${hit.excerpt.before}`, el('mark', {}, hit.excerpt.match), `${hit.excerpt.after}…`),
    ),
    el('span', { class: 'wy-hit-meta' }, badges, meta),
  );
}
