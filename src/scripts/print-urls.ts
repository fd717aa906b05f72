// Printed links show where they lead (print.css): the full URL, not the relative path in the markup.
import { all } from './dom.ts';

addEventListener('beforeprint', () => {
  for (const a of all<HTMLAnchorElement>('main a[href]:not(.pl)')) a.dataset.url = a.href;
});
