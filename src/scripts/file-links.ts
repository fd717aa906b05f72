// From file:// a directory link shows a listing instead of the page: point it at index.html.
import { all, isFile } from './dom.ts';

if (isFile) {
  for (const a of all<HTMLAnchorElement>('a[href]')) {
    if (a.protocol === 'file:' && a.pathname.endsWith('/')) a.pathname += 'index.html';
  }
}
