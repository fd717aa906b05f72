// Part of every page's inline script (bundled by src/scripts/site.ts; keep it tiny): shows the
// search buttons, opens search on click or the "/" key, and loads the search UI only then:
// pagefind/search-ui.js (a module: Pagefind, full text), or from file://, where module loading,
// fetch and wasm are blocked, pagefind/lite-ui.js (a classic script: titles and headings).
import { all, d, isFile, load, searchBox as box, siteRoot as root } from '../../../scripts/dom.ts';

if (box) {
  const { lang, error } = box.dataset;
  const note = box.lastElementChild as HTMLElement; // .wy-search-offline
  let ui: Promise<{ open(root: string, lang?: string): void }> | undefined;
  const open = () => {
    (ui ??= isFile ? load('pagefind/lite-ui.js').then(() => wenyuanLite) : import(/* @vite-ignore */ `${root}pagefind/search-ui.js`)).then((m) => m.open(root, lang), () => {
      ui = undefined;
      note.textContent = error!;
      note.hidden = false;
    });
  };
  box.hidden = false;
  // The header's button, and the phone bar's (PhoneBar.astro).
  for (const b of all('.wy-search-open')) (b.hidden = false), (b.onclick = open);
  d.addEventListener('keydown', (e) => {
    if (e.key === '/' && !(e.ctrlKey || e.metaKey || e.altKey || (e.target as Element).closest('input,textarea,select,[contenteditable]'))) {
      e.preventDefault();
      open();
    }
  });
}

declare const wenyuanLite: { open(root: string, lang?: string): void };
