import type { Cleaned, DocumentPart, Message, SplitResult } from '../types.ts';
import { isTitleLike } from '../structure/head-patterns.ts';
import { splitCompilation } from './compilation.ts';
import { documentStarts } from './documents.ts';
import { expandInline } from './inline-paragraphs.ts';
import { toParagraphs } from './paragraphs.ts';
import { groupTables } from './tables.ts';
import { groupBoxTables } from './box-tables.ts';
import { splitIssued } from './issued.ts';
import { isTable } from '../table.ts';

// Split stage: cleaned text of one raw file → the parts that become documents.

export function split(cleaned: Pick<Cleaned, 'file' | 'text' | 'pageHeaders'>): SplitResult {
  const { file, text } = cleaned;
  const paragraphs = toParagraphs(text);
  // Tables first: their rows are lines of their own, never run-together text.
  const documentParagraphs = groupTables(groupBoxTables(paragraphs)).flatMap((p) => (isTable(p.text) ? [p] : expandInline([p])));
  const warnings: Message[] = [];
  if (paragraphs.length === 0) {
    warnings.push({ file, severity: 'warning', kind: 'empty', reason: 'no text left after cleaning; no document emitted' });
    return { parts: [], warnings };
  }
  const compilation = splitCompilation({ file, text, paragraphs });
  if (compilation) return compilation;

  const starts = documentStarts(documentParagraphs);
  const parts: DocumentPart[] = [];
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : documentParagraphs.length;
    const ps = documentParagraphs.slice(s, end);
    const last = ps[ps.length - 1]!;
    // A notice that issues texts of its own is several documents (split/issued.ts).
    parts.push(...splitIssued({ kind: 'document', paragraphs: ps, range: { start: ps[0]!.offset, end: last.offset + last.text.length } }, parts.length));
  });
  const hint = titleFromHeaders(cleaned.pageHeaders ?? []);
  if (hint) for (const p of parts) p.titleHint = hint;
  return { parts, warnings };
}

/** A newspaper repeats the title as a page header; the cleaner removes those, the title survives here. */
function titleFromHeaders(headers: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const t of headers) if (isTitleLike(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
