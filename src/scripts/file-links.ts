// From file:// a directory link shows a listing instead of the page: point it at index.html.
import { all, isFile } from './dom.ts';

if (isFile) {
  for (const a of all('a[href]')) {
    const href = a.getAttribute('href')!;
    if (!/^[a-z]+:/i.test(href)) a.setAttribute('href', href.replace(/\/(#.*)?$/, '/index.html$1'));
  }
}
