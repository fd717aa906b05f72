import { ANNEX_HEADING } from '../data/annex.ts';
import { ALIGNED_GAP, CAPTION, LABEL_BREAKS, MAX_LABEL_LENGTH, MAX_LABEL_RUN, MIN_ALIGNED_ROWS, BOX_LINE, PADDED_LATIN_GAP, SENTENCE_ROW_END, SPACED_ITEM, SPACED_LAW_LEVEL, TAB_ROW } from '../data/table.ts';
import { matchMarker, startsWithHeadingMarker } from '../../../src/lib/format/markers.ts';
import { isTable, tableText } from '../table.ts';
import type { Paragraph } from '../types.ts';

// Tables in plain text: a run of rows becomes one table paragraph (see ../table.ts), so its rows
// are never headings (一、知识产权保护方面 in a table is a group label) nor merged into one paragraph.
// Tab-separated rows (browser copies) are rows on their own; space-aligned rows (PDF extractions)
// only in a run of MIN_ALIGNED_ROWS or more with the same number of cells. One-cell label rows
// between rows belong to the table (in a space-aligned table only when they are not numbered).

export function groupTables(paragraphs: readonly Paragraph[]): Paragraph[] {
  const cells = rowCellsAll(paragraphs);
  const out: Paragraph[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    if (!cells[i]) {
      out.push(paragraphs[i]!);
      i++;
      continue;
    }
    const rows: string[][] = [];
    let j = i;
    while (j < paragraphs.length) {
      if (cells[j]) {
        rows.push(cells[j]!);
        j++;
        continue;
      }
      const labels = labelRun(paragraphs, cells, j, !TAB_ROW.test(paragraphs[i]!.text));
      if (labels === 0) break;
      for (let k = j; k < j + labels; k++) rows.push([paragraphs[k]!.text]);
      j += labels;
    }
    out.push({ text: tableText(rows), offset: paragraphs[i]!.offset });
    i = j;
  }
  return out;
}

/** Number of one-cell label rows at `j` that a row with cells follows, or 0. */
function labelRun(paragraphs: readonly Paragraph[], cells: readonly (string[] | null)[], j: number, aligned: boolean): number {
  for (let k = j; k < j + MAX_LABEL_RUN && k < paragraphs.length; k++) {
    if (cells[k]) return k - j;
    const t = paragraphs[k]!.text;
    // An annex heading or a caption starts something new, not a row.
    if (t.length > MAX_LABEL_LENGTH || LABEL_BREAKS.test(t) || ANNEX_HEADING.test(t) || CAPTION.test(t)) return 0;
    // Space-aligned rows are weaker evidence than tabs: a numbered line between them is a heading
    // over the next group of rows (（一）部门委员 in a list of names), not a row.
    if (aligned && startsWithHeadingMarker(t)) return 0;
  }
  return j + MAX_LABEL_RUN < paragraphs.length && cells[j + MAX_LABEL_RUN] ? MAX_LABEL_RUN : 0;
}

/** A sentence whose wide gaps all follow a Latin word or number: padded terms, not columns. */
function paddedLatin(text: string): boolean {
  const t = text.trim();
  if (!SENTENCE_ROW_END.test(t)) return false;
  const gaps = t.match(new RegExp(ALIGNED_GAP.source, 'g'))?.length ?? 0;
  return gaps > 0 && (t.match(PADDED_LATIN_GAP)?.length ?? 0) === gaps;
}

/** 第一条　　根据宪法，制定本法。, （一）　　中华人民共和国；: a heading marker and its text, the only gap the one after the marker. */
function spacedLevel(text: string): boolean {
  const rest = text.replace(SPACED_LAW_LEVEL, '').replace(SPACED_ITEM, '');
  return rest !== text && !ALIGNED_GAP.test(rest) && !rest.includes('\t');
}

/** Cells of each paragraph that is a table row, else null. */
function rowCellsAll(paragraphs: readonly Paragraph[]): (string[] | null)[] {
  // a drawn table is already one paragraph (box-tables.ts), and its lines are no rows of another
  const drawn = paragraphs.map((p) => isTable(p.text) || BOX_LINE.test(p.text));
  const out: (string[] | null)[] = paragraphs.map((p, i) => (!drawn[i] && TAB_ROW.test(p.text) && !spacedLevel(p.text) ? p.text.split('\t').map((c) => c.trim()) : null));
  // Space-aligned rows: a run with the same number of cells.
  // An item numbered by a numeral and two spaces (一  行政院…, Taiwan law texts) is not a row, nor a law
  // level spaced from its text (第一条　　根据…) when no other gap follows.
  const aligned = paragraphs.map((p, i) => (!drawn[i] && ALIGNED_GAP.test(p.text) && !matchMarker(p.text, ['zh-space']) && !spacedLevel(p.text) && !paddedLatin(p.text) ? p.text.split(new RegExp(ALIGNED_GAP.source, 'g')).map((c) => c.trim()) : null));
  for (let i = 0; i < paragraphs.length; ) {
    const n = aligned[i]?.length ?? 0;
    let j = i;
    while (j < paragraphs.length && !out[j] && (aligned[j]?.length ?? 0) === n && n >= 2) j++;
    if (j - i >= MIN_ALIGNED_ROWS) for (let k = i; k < j; k++) out[k] = aligned[k]!;
    i = Math.max(j, i + 1);
  }
  return out;
}
