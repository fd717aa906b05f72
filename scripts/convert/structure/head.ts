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
  /** Paragraphs consumed by the head (they are not repeated as preamble). */
  consumed: Set<number>;
}

const HEAD_WINDOW = 5;

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
        title = `${issuer}${title}`;
        consumed.add(i - 1);
      }
      after = i + span;
      break;
    }
  }
  for (let i = after; i < Math.min(after + 2, ps.length); i++) {
    const d = dateOfDateLine(ps[i]!.text);
    if (d) {
      date = d;
      issuer ??= issuerFromTitle(title ?? '') ?? issuerOfAdoptionNote(ps[i]!.text);
      consumed.add(i);
      break;
    }
  }
  if (!date) {
    // A signature date at the very end: 2019年12月30日 alone on the last line.
    const last = ps[ps.length - 1];
    const d = last ? dateOfDateLine(last.text) : null;
    if (d && !/[（(]/.test(last!.text)) {
      date = d;
      consumed.add(ps.length - 1);
    }
  }
  if (!title && part.titleHint) title = part.titleHint;
  issuer ??= title ? issuerFromTitle(title) : null;
  return { title: title ? normalizeTitle(title) : null, issuer, date, consumed };
}
