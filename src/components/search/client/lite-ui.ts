// Search from file://: titles and headings only. Built into pagefind/lite-ui.js as a
// classic script (build:search), loaded by the inline loader (loader.ts) when the page was opened
// from file://; it loads pagefind/<lang>/lite.js (also a classic script, src/lib/search/lite.ts),
// which hands over its data by calling wenyuanLiteData. No fetch, no module, no wasm.
import { prepareLite, searchLite, type LiteData, type PreparedLite } from '../../../lib/search/lite.ts';
import { el } from './render.ts';
import { liteStrings } from './lite-strings.ts';
import { hasSearchableText } from '../../../lib/search/searchable.ts';

type Lang = 'zh-Hans' | 'zh-Hant';
const LIMIT = 50;

declare global {
  interface Window {
    wenyuanLite?: { open(root: string, lang: Lang): void };
    wenyuanLiteData?: (data: LiteData) => void;
  }
}

function loadIndex(root: string, lang: Lang): Promise<PreparedLite> {
  return new Promise((resolve, reject) => {
    window.wenyuanLiteData = (data) => resolve(prepareLite(data));
    const s = document.createElement('script');
    s.src = `${root}pagefind/${lang.toLowerCase()}/lite.js`;
    s.onerror = reject;
    document.head.append(s);
  });
}

function dialogFor(root: string, lang: Lang): { dialog: HTMLDialogElement; input: HTMLInputElement } {
  const t = liteStrings[lang];
  const dir = lang.toLowerCase();
  const input = el('input', { id: 'wy-search-input', type: 'search', placeholder: t.placeholder, autocomplete: 'off', spellcheck: 'false', 'aria-controls': 'wy-search-results' });
  const status = el('p', { class: 'wy-status', role: 'status', 'aria-live': 'polite' }, t.loading);
  const list = el('ol', { class: 'wy-results', id: 'wy-search-results', 'aria-label': t.dialog });
  const close = el('button', { type: 'button', class: 'wy-close' }, t.close);
  const dialog = el('dialog', { class: 'wy-search-dialog wy-lite', 'aria-labelledby': 'wy-search-title', lang },
    el('div', { class: 'wy-search-head' }, el('h2', { id: 'wy-search-title', class: 'wy-title' }, t.dialog), close),
    el('p', { class: 'wy-hint' }, t.note),
    el('form', { role: 'search', class: 'wy-form' }, el('label', { for: 'wy-search-input', class: 'wy-label' }, t.input), input),
    status, list);
  document.body.append(dialog);
  close.onclick = () => dialog.close();
  dialog.querySelector('form')!.onsubmit = (e) => e.preventDefault();
  // From file:// a folder link shows a listing: every link names index.html.
  const page = (slug: string, id = '') => `${root}${dir}/${slug}/index.html${id && `#${id}`}`;
  const index = loadIndex(root, lang);
  let latest = 0;
  const run = async () => {
    const q = input.value.trim();
    const mine = ++latest;
    list.replaceChildren();
    if (!q) return void (status.textContent = t.start);
    if (!hasSearchableText(q)) return void (status.textContent = t.noTerms(q), list.dataset.query = q);
    const prepared = await index;
    // Typing before the index has loaded starts runs that all wake up together: only the last one shows.
    if (mine !== latest) return;
    list.replaceChildren();
    const hits = searchLite(prepared, q, LIMIT);
    status.textContent = hits.length ? t.found(hits.length, hits.length === LIMIT) : t.none(q);
    for (const h of hits) {
      list.append(el('li', { class: 'wy-hit' },
        el('a', { class: 'wy-hit-link', href: page(h.slug, h.titleMatch ? '' : h.headings[0]![0]) }, el('span', { class: 'wy-hit-title' }, h.title), h.date ? el('span', { class: 'wy-hit-path' }, h.date) : ''),
        ...(h.headings.length ? [el('ul', { class: 'wy-lite-headings' }, ...h.headings.slice(0, 5).map(([id, text]) => el('li', {}, el('a', { class: 'wy-section-link', href: page(h.slug, id) }, text))))] : [])));
    }
    list.dataset.query = q;
  };
  index.then(() => { status.textContent = t.start; if (input.value) void run(); }, () => { status.textContent = t.loadError; status.dataset.state = 'error'; });
  input.oninput = () => void run();
  return { dialog, input };
}

let ui: ReturnType<typeof dialogFor> | undefined;

window.wenyuanLite = {
  open(root, lang) {
    ui ??= dialogFor(root, lang);
    if (!ui.dialog.open) ui.dialog.showModal();
    ui.input.focus();
  },
};
