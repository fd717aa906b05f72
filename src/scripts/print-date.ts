// A printed reading page says when it was printed (print.css shows .print-head only on paper).
import { all, d } from './dom.ts';

addEventListener('beforeprint', () => {
  for (const e of all('.print-date')) e.textContent = new Date().toLocaleDateString(d.documentElement.lang);
});
