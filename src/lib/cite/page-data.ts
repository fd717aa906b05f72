// What a reading page tells its citation code (a JSON block, #cite-data): the document's metadata
// in the page's script, the page's canonical address when WENYUAN_SITE is set, and the words of
// the format chooser. Built by ReadPage.astro, read by src/scripts/cite-copy.ts.
import type { CiteDocument, CiteFormat } from './format.ts';
import type { CiteScript } from './labels.ts';

export interface CiteData extends CiteDocument {
  /** Canonical URL of the page (src/lib/web/site-url.ts), when WENYUAN_SITE is set. */
  pageUrl?: string;
  formats: Record<CiteFormat, string>;
  formatsLabel: string;
}

export const FORMAT_NAMES: Record<CiteScript, { formats: Record<CiteFormat, string>; formatsLabel: string }> = {
  hans: { formats: { plain: '行文引用', gbt: 'GB/T 7714', law: '法学引注' }, formatsLabel: '引用格式' },
  hant: { formats: { plain: '行文引用', gbt: 'GB/T 7714', law: '法學引註' }, formatsLabel: '引用格式' },
};
