// Switching script or view keeps the reader's place: the block at the top of the viewport (below
// a sticky header) once the reader has scrolled, else the address's own #id. Numbering ids
// ([\w-]+) are the same in every script and view; other ids may not be.
import { all, d } from './dom.ts';

d.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-keep-hash]');
  if (a) {
    a.hash = (scrollY > 49 && all('.doc-body [id],.compare-body .row[id]').find((el) => /^[\w-]+$/.test(el.id) && el.getBoundingClientRect().bottom > 99)?.id)
      || location.hash
      || '';
  }
});
