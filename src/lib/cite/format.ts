// The citation formats a reader can copy. Pure: the page script (src/scripts/
// cite-copy.ts) passes the document's metadata, where the block is, the address and today's date.
//   plain  发文机关《标题》（文号）第三部分第（二）条“节标题”，URL — what a report pastes in running text
//   gbt    GB/T 7714-2015, electronic resource: 责任者. 题名: 文号[EB/OL]. (发布日期)[引用日期]. URL
//   law    法学引注手册: 《标题》（文号）第X条，载网站，URL，最后访问日期：2026年12月7日。
import { CITE_WORDS, type CiteScript } from './labels.ts';

export const CITE_FORMATS = ['plain', 'gbt', 'law'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** The document as cited, in the page's script (also what a reading page tells its citation code, page-data.ts). */
export interface CiteDocument {
  script: CiteScript;
  title: string;
  issuer?: string;
  /** ISO yyyy-mm-dd */
  date?: string;
  docNumber?: string;
  repealed?: boolean;
  /** The site's name, for 载… in the 法学引注手册 form. */
  siteTitle: string;
}

export interface CiteInput extends CiteDocument {
  /** Where the block is, in words (locator.ts); '' before the first numbered section. */
  locator: string;
  /** Title of the block's section (without its marker), named where numbering alone is ambiguous. */
  sectionTitle?: string;
  /** Absolute address of the block; absent when none is worth pasting (opened from file://). */
  url?: string;
  /** ISO date the citation is made. */
  accessed: string;
}

/** 《…》 inside a title cited in 《》 becomes 〈…〉. */
export const nestTitle = (title: string) => title.replace(/《/g, '〈').replace(/》/g, '〉');

/** 2021-03-01 → 2021年3月1日 */
export const dateWords = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

function plain(c: CiteInput): string {
  const w = CITE_WORDS[c.script];
  const note = c.docNumber ?? (c.date ? dateWords(c.date) : '');
  const section = c.locator && c.sectionTitle ? `${w.quote[0]}${c.sectionTitle}${w.quote[1]}` : '';
  const text = `${c.issuer ?? ''}《${nestTitle(c.title)}》${note ? `（${note}）` : ''}${c.repealed ? w.repealed : ''}${c.locator}${section}`;
  return c.url ? `${text}，${c.url}` : text;
}

function gbt(c: CiteInput): string {
  const w = CITE_WORDS[c.script];
  const author = c.issuer ? `${c.issuer}. ` : '';
  const title = `${c.title}${c.repealed ? w.repealed : ''}${c.docNumber ? `: ${c.docNumber}` : ''}`;
  const dates = `${c.date ? `(${c.date})` : ''}[${c.accessed}]`;
  return `${author}${title}[EB/OL]. ${dates}.${c.url ? ` ${c.url}` : ''}`;
}

function law(c: CiteInput): string {
  const w = CITE_WORDS[c.script];
  const head = `《${nestTitle(c.title)}》${c.docNumber ? `（${c.docNumber}）` : ''}${c.repealed ? w.repealed : ''}${c.locator}`;
  return c.url ? `${head}，${w.carried}${c.siteTitle}，${c.url}，${w.accessed}：${dateWords(c.accessed)}。` : `${head}。`;
}

const FORMATTERS: Record<CiteFormat, (c: CiteInput) => string> = { plain, gbt, law };

export function formatCitation(format: CiteFormat, input: CiteInput): string {
  return FORMATTERS[format](input);
}
