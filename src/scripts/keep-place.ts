// Switching script or view keeps the reader's place: the address's own #id while its target is
// still near the top of the screen (where the link put it), else the block at the top of the
// viewport (below a sticky header) once the reader has scrolled. Numbering ids ([\w-]+) are the
// same in every script and view; other ids may not be.
import { all, d } from './dom.ts';

d.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-keep-hash]');
  if (a) {
    a.hash = (Math.abs(d.querySelector(':target')?.getBoundingClientRect().top ?? 1e4) < 300 && location.hash)
      || (scrollY > 49 && all('.doc-body [id],.row[id]').find((el) => /^[\w-]+$/.test(el.id) && el.getBoundingClientRect().bottom > 99)?.id)
      || location.hash;
  }
});
