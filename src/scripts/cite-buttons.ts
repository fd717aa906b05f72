// Reading pages: a "copy citation" button just before every permalink (rehype/permalinks.ts). This
// part is inline and small: the copying itself (cite-copy.ts) is a separate file, loaded as a classic
// script (it also runs from file://) on the first click, which it then handles.
// reading.css shows a block's button on hover and once the block is the target (its permalink was
// followed); hidden buttons take no tab stop, so keyboard users meet one stop per block. Placed
// before the permalink, the target's button is the next Tab stop once the permalink was followed.
import { all, d, siteRoot } from './dom.ts';

/** Site-relative path of the built cite-copy.ts; whether it is a module (dev server only).
 * Both set at build (src/lib/lazy-scripts.ts). */
declare const CITE_COPY_PATH: string;
declare const LAZY_SCRIPTS_ARE_MODULES: boolean;

const body = d.querySelector<HTMLElement>('[data-cite-title]');
if (body) {
  for (const a of all('a.pl', body)) {
    const button = d.createElement('button');
    button.className = 'cite';
    button.append(body.dataset.citeLabel!);
    a.before(button);
  }
  let loading = false;
  body.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('.cite');
    if (!button || loading) return;
    loading = true;
    const script = d.createElement('script');
    if (LAZY_SCRIPTS_ARE_MODULES) script.type = 'module';
    script.src = siteRoot + CITE_COPY_PATH;
    script.onload = () => button.click();
    script.onerror = () => (loading = false);
    d.head.append(script);
  });
}
