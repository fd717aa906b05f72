// A "copy citation" button just before every permalink (rehype/permalinks.ts); part of reader.ts.
// reading.css shows a block's button on hover and once the block is the target (its permalink was
// followed); hidden buttons take no tab stop, so keyboard users meet one stop per block. Placed
// before the permalink, the target's button is the next Tab stop once the permalink was followed.
import { all, d } from './dom.ts';

const body = d.querySelector<HTMLElement>('[data-cite-title]');
if (body) {
  for (const a of all('a.pl', body)) {
    const button = d.createElement('button');
    button.className = 'cite';
    button.append(body.dataset.citeLabel!);
    a.before(button);
  }
}
