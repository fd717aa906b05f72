import { FIELDS, type FileMeasure } from './measure.ts';
import { GROUP_NAMES, pct, type Summary } from './summary.ts';

// Markdown tables of an evaluation: the summary (for the README) and one row per file.

export function summaryTable(rows: Summary[]): string {
  const head = ['group', 'files', ...FIELDS, 'all 5', 'heading P / R / F1', 'article ids', 'structure ids', '款 ids', 'table headings', 'page nos left', 'furniture left', 'split paras', 'chars lost'];
  const lines = rows.map((r) =>
    [
      GROUP_NAMES[r.group] ?? r.group,
      String(r.files),
      ...FIELDS.map((f) => pct(r.fieldsRight[f])),
      pct(r.allFieldsRight),
      `${r.heading.precision.toFixed(3)} / ${r.heading.recall.toFixed(3)} / ${r.heading.f1.toFixed(3)}`,
      pct(r.articleIds),
      pct(r.structureIds),
      pct(r.clauseIds),
      String(r.tableHeadings),
      String(r.pageNumbersLeft),
      String(r.furnitureLeft),
      String(r.splitParagraphs),
      String(r.charsLost),
    ].join(' | '),
  );
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l} |`)].join('\n');
}

export function fileTable(files: FileMeasure[]): string {
  const head = ['file', 'docs', 'wrong fields', 'headings exp / found / matched', 'art ids', 'ids', '款', 'page nos', 'furniture', 'split', 'lost', 'warnings'];
  const lines = files.map((m) => {
    const wrong = FIELDS.filter((f) => !m.fields[f].ok).map((f) => `${f}: ${m.fields[f].got ?? '∅'} ≠ ${m.fields[f].expected ?? '∅'}`);
    return [
      m.file,
      String(m.documents),
      wrong.join('; ').replace(/\|/g, '\\|') || '✓',
      `${m.headings.expected} / ${m.headings.found} / ${m.headings.matched}`,
      m.articleIds.total ? `${m.articleIds.right}/${m.articleIds.total}` : '–',
      m.structureIds.total ? `${m.structureIds.right}/${m.structureIds.total}${m.structureIds.wrong.length ? ` (${m.structureIds.wrong.join(', ')})` : ''}` : '–',
      m.clauseIds.total ? `${m.clauseIds.right}/${m.clauseIds.total}${m.clauseIds.wrong.length ? ` (${m.clauseIds.wrong.join(', ')})` : ''}` : '–',
      String(m.pageNumbersLeft),
      String(m.furnitureLeft),
      `${m.splitParagraphs}/${m.longParagraphs}`,
      m.charsLost ? `${m.charsLost} (${m.lostSample})` : '0',
      String(m.warnings),
    ].join(' | ');
  });
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l} |`)].join('\n');
}
