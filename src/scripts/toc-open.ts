// The table of contents is collapsed on phones and open beside the text on wide screens.
import { d } from './dom.ts';

const toc = d.querySelector<HTMLDetailsElement>('details.toc');
if (toc && matchMedia('(min-width: 64em)').matches) toc.open = true;
