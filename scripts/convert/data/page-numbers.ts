// Page numbers of PDF copies: the forms printers use, one reason each. A pattern matches a whole
// trimmed line; GLUED_PAGE_NUMBER finds one that a copy glued into the text of a wrapped line.

export interface PagePattern {
  pattern: RegExp;
  reason: string;
  /** Framed (dashes, dots, 第…页): never anything but a page number, also beside a running footer. */
  framed?: boolean;
}

const DASH = '[—–\\-－─―‒]';
const DOT = '[·•・∙]';
const N = '(\\d{1,4}|[０-９]{1,4})';

export const PAGE_NUMBER_LINES: readonly PagePattern[] = [
  // — 3 —, - 3 -, －3－, ─ 3 ─ (GB/T 9704: the page number of official documents between em dashes)
  { pattern: new RegExp(`^${DASH}{1,2}\\s*${N}\\s*${DASH}{1,2}$`), reason: 'page number between dashes', framed: true },
  // ·3·, • 3 •
  { pattern: new RegExp(`^${DOT}\\s*${N}\\s*${DOT}$`), reason: 'page number between dots', framed: true },
  // 第3页, 第 3 页 共 12 页, 第3页/共12页, 第3頁，共12頁
  { pattern: new RegExp(`^第\\s*${N}\\s*[页頁](\\s*[,，/／、]?\\s*共\\s*${N}\\s*[页頁])?$`), reason: 'page number 第N页', framed: true },
  // 共12页 第3页
  { pattern: new RegExp(`^共\\s*${N}\\s*[页頁]\\s*[,，/／、]?\\s*第\\s*${N}\\s*[页頁]$`), reason: 'page number 共N页 第M页', framed: true },
  // 3/12, 3 / 12
  { pattern: new RegExp(`^${N}\\s*[/／]\\s*${N}$`), reason: 'page number N/M' },
  // Page 3, Page 3 of 12, p. 3
  { pattern: new RegExp(`^(Page|PAGE|p\\.)\\s*${N}(\\s*(of|/)\\s*${N})?$`), reason: 'page number Page N', framed: true },
];

/** A bare number on its own line: a page number only where the page evidence says so (page-number.ts). */
export const BARE_NUMBER = /^(\d{1,4}|[０-９]{1,4})$/;

/**
 * A dash-framed page number glued into running text (`对接科技发展趋— 1 —势`): dashes on both sides,
 * no digit next to them (not a range like 5—10—15), Han text or punctuation on at least one side.
 */
export const GLUED_PAGE_NUMBER = new RegExp(`(?<![\\d０-９${'—–\\-－'}])[ \\u3000]?${DASH}[ \\u3000]?(\\d{1,3}|[０-９]{1,3})[ \\u3000]?${DASH}[ \\u3000]?(?![\\d０-９—–\\-－])`, 'g');

/** A running footer beside a framed page number, apart by a run of spaces, is at most this long. */
export const FOOTER_MAX_LENGTH = 30;

/**
 * A dot-framed page number glued into running text (`与经济社会发展同·1·部署`): dots on both sides,
 * no digit or dot next to them (not a date like “8·12”), Han text or punctuation on at least one side.
 */
export const GLUED_DOT_PAGE_NUMBER = new RegExp(`(?<![\\d０-９·•・])[ \\u3000]?${DOT}[ \\u3000]?(\\d{1,3}|[０-９]{1,3})[ \\u3000]?${DOT}[ \\u3000]?(?![\\d０-９·•・])`, 'g');
