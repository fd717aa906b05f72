// Progressive enhancements on every page. Everything here is optional: without it the pages read,
// link and switch script (losing only the reader's place).
const d = document;
const root = d.documentElement;

// Dark mode toggle, remembered. Without a stored choice the system preference applies (CSS).
const toggle = d.getElementById('theme-toggle');
if (toggle) {
  const isDark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const sync = () => toggle.setAttribute('aria-pressed', String(isDark()));
  toggle.hidden = false;
  sync();
  toggle.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('wenyuan-theme', next);
    } catch {
      /* not remembered, still applied */
    }
    sync();
  });
}

// Switching script keeps the reader's place: #s3-2 stays #s3-2. Without a hash, the first block
// still in view (ids are the same in every script and view) is where the reader is.
const place = (): string => {
  if (location.hash || scrollY < 50) return location.hash;
  for (const el of d.querySelectorAll<HTMLElement>('.doc-body [id], .compare-body .row[id]')) {
    if (/^[\w-]+$/.test(el.id) && el.getBoundingClientRect().bottom > 0) return `#${el.id}`;
  }
  return '';
};
d.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a[data-keep-hash]') as HTMLAnchorElement | null;
  const hash = a && place();
  if (a && hash) a.hash = hash;
});

// From file:// a directory link shows a listing instead of the page: point it at index.html.
if (location.protocol === 'file:') {
  for (const a of d.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!/^[a-z]+:/i.test(href) && /\/(#.*)?$/.test(href)) a.setAttribute('href', href.replace(/\/(#.*)?$/, '/index.html$1'));
  }
}

// Printed links show where they lead: the full URL, not the relative path in the markup.
addEventListener('beforeprint', () => {
  for (const a of d.querySelectorAll<HTMLAnchorElement>('main a[href]:not(.pl)')) a.dataset.url = a.href;
});

// The table of contents is collapsed on phones and open beside the text on wide screens.
const toc = d.querySelector<HTMLDetailsElement>('details.toc');
if (toc && matchMedia('(min-width: 64em)').matches) toc.open = true;

// A module, so its top-level names stay its own when type-checked with the other scripts.
export {};
