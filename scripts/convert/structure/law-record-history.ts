// The 沿革 block of a Taiwan law record (data/law-record-history.ts): the label and one paragraph per
// numbered entry, its wrapped lines joined; read right after the record's field lines.

import { HISTORY_ENTRY, HISTORY_LABEL, LAW_TEXT_START, MAX_ENTRY_LINES, RECORD_FIELD } from '../data/law-record-history.ts';
import type { Paragraph } from '../types.ts';

export interface LawRecordHistory {
  /** The paragraphs with each entry's lines joined into one. */
  paragraphs: Paragraph[];
  /** Indices (in `paragraphs`) of the record's field lines before the block. */
  fields: number[];
  /** Indices of the block: the label, then one per entry. */
  block: number[];
}

/** The block after the record's field lines at `from`, or null when the copy has none. */
export function readLawRecordHistory(ps: readonly Paragraph[], from: number): LawRecordHistory | null {
  let i = from;
  const fields: number[] = [];
  while (ps[i] && RECORD_FIELD.test(ps[i]!.text.trim())) fields.push(i++);
  const label = ps[i];
  if (!label || !HISTORY_LABEL.test(label.text.trim()) || !ps[i + 1] || !HISTORY_ENTRY.test(ps[i + 1]!.text.trim())) return null;
  const entries: Paragraph[] = [];
  let end = i + 1; // after the last entry taken
  while (ps[end] && HISTORY_ENTRY.test(ps[end]!.text.trim())) {
    let j = end + 1;
    while (ps[j] && j - end < MAX_ENTRY_LINES && !endsEntry(ps[j]!.text.trim())) j++;
    // an entry longer than any seen, or running to the end: nothing of the law's text ends the block, it stays text
    if (!ps[j] || !endsEntry(ps[j]!.text.trim())) break;
    const lines = ps.slice(end, j);
    entries.push(lines.length === 1 ? lines[0]! : { ...lines[0]!, text: lines.map((p) => p.text.trim()).join('') });
    end = j;
  }
  if (entries.length === 0) return null;
  const paragraphs = [...ps.slice(0, i + 1), ...entries, ...ps.slice(end)];
  return { paragraphs, fields, block: Array.from({ length: entries.length + 1 }, (_, k) => i + k) };
}

const endsEntry = (t: string) => HISTORY_ENTRY.test(t) || RECORD_FIELD.test(t) || LAW_TEXT_START.some((p) => p.test(t));
