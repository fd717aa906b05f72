// Switching script or view keeps the reader's place: #s3-2 stays #s3-2. Without a hash, the first
// block still in view is where the reader is (numbering ids, [\w-]+, are the same in every script
// and view; other ids may not be).
import { all, d } from './dom.ts';

d.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-keep-hash]');
  if (a) {
    a.hash = location.hash
      || (scrollY > 49 && all('.doc-body [id],.compare-body .row[id]').find((el) => /^[\w-]+$/.test(el.id) && el.getBoundingClientRect().bottom > 0)?.id)
      || '';
  }
});
