// Reading pages load their reading aids (reader.ts: citation buttons and copying, the search match
// marked in its section, the contents following the text) as one classic script (it also runs from
// file://) when they can matter: at once when the page was opened from a search hit (?hl=), else at
// the reader's first scroll, pointer move, focus or key. Reading pages stay light before that.
import { d, load } from './dom.ts';

/** Site-relative path of the built reader.ts, set at build (src/lib/lazy-scripts.ts). */
declare const READER_PATH: string;

if (d.querySelector('[data-cite-title]')) {
  const go = () => load(READER_PATH);
  if (/[?&]hl=/.test(location.search)) go();
  else for (const event of ['scroll', 'pointerover', 'focusin', 'keydown']) addEventListener(event, go, { once: true, passive: true });
}
