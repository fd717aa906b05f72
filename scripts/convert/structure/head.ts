import { matchMarker } from '../../../src/lib/format/markers.ts';
import { titleSpan } from '../split/documents.ts';
import type { DocumentPart } from '../types.ts';
import { dateOfDateLine, issuerOfAdoptionNote } from './date.ts';
import { isIssuerLine, issuerFromTitle } from './head-patterns.ts';

// The head of a document: optional issuer line, title (maybe wrapped over two lines), then
// an adoption note or date line. The head is read from the first few paragraphs only.

export interface Head {
  title: string | null;
  issuer: string | null;
  date: string | null;
  /** Paragraphs consumed by the head: the title lines (date lines and signatures stay in the text). */
  consumed: Set<number>;
}

const HEAD_WINDOW = 5;

/** A first line that can only be a title: short, no sentence punctuation, no marker, not a date. */
function isPlainTitle(text: string): boolean {
  return text.length <= 60 && !/[。；！？;!?，,：:]/.test(text) && !matchMarker(text) && dateOfDateLine(text) === null;
}

/** Whitespace in a title: runs collapse to one space; none next to brackets or punctuation. */
export function normalizeTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/ ?([（(]) ?/g, (_m, b: string) => b) // "汇编 (意见" → "汇编(意见"
    .replace(/ ?([）)])/g, '$1')
    .trim();
}

export function readHead(part: DocumentPart): Head {
  const ps = part.paragraphs;
  const consumed = new Set<number>();
  let title: string | null = part.title ?? null;
  let issuer: string | null = null;
  let date: string | null = null;
  let after = 0; // first paragraph after the title
  if (!title) {
    for (let i = 0; i < Math.min(HEAD_WINDOW, ps.length); i++) {
      const span = titleSpan(ps, i);
      if (span === 0) continue;
      title = ps.slice(i, i + span).map((p) => p.text).join('');
      for (let k = i; k < i + span; k++) consumed.add(k);
      if (i > 0 && isIssuerLine(ps[i - 1]!.text)) {
        issuer = ps[i - 1]!.text.replace(/\s+/g, ' ');
        if (!title.startsWith(issuer)) title = `${issuer}${title}`; // the title may repeat it already
        consumed.add(i - 1);
      }
      after = i + span;
      break;
    }
  }
  if (!title && part.titleHint) title = part.titleHint;
  if (!title && part.kind === 'document' && ps[0] && isPlainTitle(ps[0].text)) {
    // No document type in it, but a short unpunctuated first line is still the title.
    title = ps[0].text;
    consumed.add(0);
    after = 1;
  }
  for (let i = after; i < Math.min(after + 2, ps.length); i++) {
    const d = dateOfDateLine(ps[i]!.text);
    if (d) {
      date = d;
      issuer ??= issuerFromTitle(title ?? '') ?? issuerOfAdoptionNote(ps[i]!.text);
      break; // the date line stays in the text: it is part of the published document
    }
  }
  if (!date) {
    // A signature at the very end: issuer line (optional), then 2019年12月30日 alone on the last line.
    const n = ps.length;
    const d = n > 0 ? dateOfDateLine(ps[n - 1]!.text) : null;
    if (d && !/[（(]/.test(ps[n - 1]!.text)) {
      date = d;
      const signer = ps[n - 2];
      if (n >= 2 && !consumed.has(n - 2) && isIssuerLine(signer!.text)) issuer ??= signer!.text.replace(/\s+/g, ' ');
    }
  }
  issuer ??= title ? issuerFromTitle(title) : null;
  return { title: title ? normalizeTitle(title) : null, issuer, date, consumed };
}
