import { ISSUED_TITLE_MATCH, ISSUING_SENTENCE, ISSUING_SENTENCE_REACH, ISSUING_TITLE, NAMED_TEXT } from '../data/annex.ts';
import { matchMarker } from '../../../src/lib/format/markers.ts';
import { dateOfDateLine } from '../structure/date.ts';
import type { DocumentPart, Paragraph } from '../types.ts';
import { titleSpan } from '../structure/head-title.ts';
import { squash } from '../squash.ts';

// A notice that issues or forwards texts of its own (国务院关于印发…方案的通知, then the 方案)
// holds several documents: the notice, signed and dated, then each issued text under its own
// title. Each issued text becomes a part of its own, linked to the notice (`issuedBy`), so its
// 一、 sections do not continue the notice's and its title is a title, not a body paragraph.
// An issued text starts at a line (or two or three wrapped lines) after the notice's signature
// date that spells one of the names the notice gives it: in 《》 in the title or the issuing
// sentence (现将《…》印发给你们), or the title's own 印发…的通知 part.

const MAX_TITLE_LINES = 3;
const MAX_TITLE = 100;
const SENTENCE = /[。；！？;!?]/;

/** Splits one document part into the notice and the texts it issues (unchanged when it issues none). */
export function splitIssued(part: DocumentPart, noticeIndex: number): DocumentPart[] {
  const ps = part.paragraphs;
  const head = noticeTitle(ps);
  if (!head) return [part];
  const names = issuedNames(ps, head);
  if (names.length === 0) return [part];
  const cuts: { at: number; span: number; name: string }[] = [];
  let signed = false;
  let remaining: string[] = [...names];
  for (let i = head.end; i < ps.length && remaining.length > 0; i++) {
    if (!signed) {
      signed = dateOfDateLine(ps[i]!.text) !== null;
      continue;
    }
    const found = titleAt(ps, i, remaining);
    if (!found) continue;
    // A note line before the title ((本文有删减)) would otherwise start it: the better match wins.
    const next = titleAt(ps, i + 1, remaining);
    if (next && next.score >= found.score) continue;
    cuts.push({ at: i, span: found.span, name: found.name });
    remaining = remaining.filter((n) => n !== found.name);
    i += found.span - 1;
  }
  if (cuts.length === 0) return [part];
  const parts: DocumentPart[] = [piece(part, ps.slice(0, cuts[0]!.at))];
  cuts.forEach((c, k) => {
    const end = k + 1 < cuts.length ? cuts[k + 1]!.at : ps.length;
    const title = ps.slice(c.at, c.at + c.span).map((p) => p.text).join('');
    const range = { start: ps[c.at]!.offset, end: endOf(ps[end - 1]!) };
    parts.push({ kind: 'document', paragraphs: ps.slice(c.at + c.span, end), range, title, issuedBy: noticeIndex, issuedName: names.spelled.get(c.name) ?? c.name });
  });
  return parts;
}

/** The notice: its paragraphs up to the first issued title (a bare 附件 line before it stays its last). */
function piece(part: DocumentPart, ps: Paragraph[]): DocumentPart {
  return { ...part, paragraphs: ps, range: { start: part.range.start, end: endOf(ps[ps.length - 1]!) } };
}

function endOf(p: Paragraph): number {
  return p.offset + p.text.length;
}

/** The notice's title (first title within the head) when it issues or forwards something. */
function noticeTitle(ps: readonly Paragraph[]): { text: string; end: number } | null {
  for (let i = 0; i < Math.min(5, ps.length); i++) {
    const span = titleSpan(ps, i);
    if (span === 0) continue;
    // Lines before the title are its issuer or its wrapped first part (国务院办公厅转发国家地震局).
    const text = squash(ps.slice(0, i + span).map((p) => p.text).join(''));
    return ISSUING_TITLE.test(text) ? { text, end: i + span } : null;
  }
  return null;
}

/** The names of the issued texts, normalised; 《》 names first, else the title's own words. */
function issuedNames(ps: readonly Paragraph[], head: { text: string; end: number }): string[] & { spelled: Map<string, string> } {
  const named = new Set<string>();
  const spelled = new Map<string, string>(); // normalised → as the notice writes it in 《》
  const add = (text: string) => {
    for (const m of text.matchAll(NAMED_TEXT)) {
      named.add(normalise(m[1]!));
      if (!spelled.has(normalise(m[1]!))) spelled.set(normalise(m[1]!), m[1]!);
    }
  };
  add(head.text);
  for (let i = head.end; i < Math.min(head.end + ISSUING_SENTENCE_REACH, ps.length); i++) {
    if (ISSUING_SENTENCE.test(ps[i]!.text)) add(ps[i]!.text);
  }
  if (named.size === 0) named.add(normalise(ISSUING_TITLE.exec(head.text)![1]!));
  return Object.assign([...named].filter((n) => n.length >= 2), { spelled });
}

/** The issued title starting at paragraph i (1 to 3 lines), and which name it spells. */
function titleAt(ps: readonly Paragraph[], i: number, names: readonly string[]): { span: number; name: string; score: number } | null {
  let text = '';
  for (let span = 1; span <= MAX_TITLE_LINES && i + span <= ps.length; span++) {
    const line = ps[i + span - 1]!.text;
    if (SENTENCE.test(line) || matchMarker(line) || dateOfDateLine(line) !== null) return null;
    text += line;
    if (text.length > MAX_TITLE) return null;
    const norm = normalise(text);
    for (const name of names) {
      const score = dice(norm, name);
      if (score >= ISSUED_TITLE_MATCH) return { span, name, score };
    }
  }
  return null;
}

/** Whitespace, quotation marks and 《》 out; the issuer before 关于 out (国家地震局关于… → …). */
export function normalise(text: string): string {
  const t = text.replace(/[\s“”"‘’「」『』《》]/g, '');
  const about = t.indexOf('关于');
  return about >= 0 && about <= 20 ? t.slice(about + 2) : t;
}

/** Character-pair overlap (Dice coefficient) of two strings. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) pairs.set(a.slice(i, i + 2), (pairs.get(a.slice(i, i + 2)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const k = b.slice(i, i + 2);
    const n = pairs.get(k) ?? 0;
    if (n > 0) {
      common++;
      pairs.set(k, n - 1);
    }
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}
