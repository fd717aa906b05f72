// Inlined into every page (keep it tiny): shows the search button, opens search on click or
// the "/" key, and loads the search UI (pagefind/search-ui.js) only then. From file:// search
// cannot work (module loading and fetch are blocked), so it says so instead.
const box = document.querySelector<HTMLElement>('.wy-search');
if (box) {
  const button = box.querySelector('button')!;
  const note = box.querySelector<HTMLElement>('.wy-search-offline')!;
  const root = new URL(box.dataset.root!, location.href).href;
  let ui: Promise<{ open(root: string, lang: string): void }> | undefined;
  const open = () => {
    if (location.protocol === 'file:') {
      note.hidden = false;
      return;
    }
    ui ??= import(`${root}pagefind/search-ui.js`);
    ui.then((m) => m.open(root, box.dataset.lang!), () => {
      ui = undefined;
      note.textContent = box.dataset.error!;
      note.hidden = false;
    });
  };
  box.hidden = false;
  button.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !t.closest('input,textarea,select,[contenteditable]')) {
      e.preventDefault();
      open();
    }
  });
}
