// Reading pages: a "copy citation" button just before every permalink (rehype/permalinks.ts), and
// the loader of the reading aids (reader.ts: citation formats and copying, the search query marked
// in its section, the table of contents following the text). This part is inline and small; the
// aids are one file loaded as a classic script (it also runs from file://) when they can matter: at
// once when the page was opened from a search hit (?hl=), else on the first scroll or citation click.
// reading.css shows a block's button on hover and once the block is the target (its permalink was
// followed); hidden buttons take no tab stop, so keyboard users meet one stop per block. Placed
// before the permalink, the target's button is the next Tab stop once the permalink was followed.
import { all, d, load } from './dom.ts';

/** Site-relative path of the built reader.ts, set at build (src/lib/lazy-scripts.ts). */
declare const READER_PATH: string;

const body = d.querySelector<HTMLElement>('[data-cite-title]');
if (body) {
  for (const a of all('a.pl', body)) {
    const button = d.createElement('button');
    button.className = 'cite';
    button.append(body.dataset.citeLabel!);
    a.before(button);
  }
  let ready = false;
  const go = () => load(READER_PATH).then(() => (ready = true));
  // Until the aids are there, a click on a citation button loads them and is handed on to them.
  body.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('.cite');
    if (button && !ready) go().then(() => button.click());
  });
  if (/[?&]hl=/.test(location.search)) go();
  else addEventListener('scroll', go, { once: true });
}
