// Part of every page's inline script (bundled by src/scripts/site.ts; keep it tiny): shows the
// search button, opens search on click or the "/" key, and loads the search UI
// (pagefind/search-ui.js) only then. From file:// search cannot work (module loading and fetch are
// blocked), so it says so instead.
import { all, d, isFile, searchBox as box, siteRoot as root } from '../../../scripts/dom.ts';

if (box) {
  const { lang, error } = box.dataset;
  const note = box.lastElementChild as HTMLElement; // .wy-search-offline
  let ui: Promise<{ open(root: string, lang?: string): void }> | undefined;
  const open = () => {
    if (isFile) return (note.hidden = false);
    (ui ??= import(/* @vite-ignore */ `${root}pagefind/search-ui.js`)).then((m) => m.open(root, lang), () => {
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
