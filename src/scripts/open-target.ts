// On report pages: a link to a closed disclosure (a short list: report/<file>/#removals-space) opens it,
// so the reader lands on the rows rather than on one more thing to click.
import { d } from './dom.ts';

const open = () => {
  const t = location.hash && d.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (t instanceof HTMLDetailsElement) t.open = true;
};
open();
addEventListener('hashchange', open);
