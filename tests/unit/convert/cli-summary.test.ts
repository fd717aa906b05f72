// The summary table counts warnings by kind (the kind a rule gives, or "other").
import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../../scripts/convert/cli-summary.ts';
import type { FileReport } from '../../../scripts/convert/pipeline.ts';
import type { WarningKind } from '../../../src/lib/format/report.ts';

const report = (warnings: FileReport['warnings']): FileReport => ({
  file: 'a.txt', encoding: 'utf-8', lineEnds: 'lf', conservation: 'ok', documents: [], removals: [], titleEdits: [], metadata: [], warnings,
});

describe('summary table', () => {
  it('counts warnings by kind', () => {
    const w = (kind: WarningKind) => ({ file: 'a.txt', line: 1, reason: 'r', severity: 'warning' as const, kind });
    const table = summaryTable([{ file: 'a.txt', report: report([w('page-number?'), w('wrap?'), w('page-number?'), w('no-date')]), cached: false, ms: 1 }], 5);
    expect(table).toMatch(/warnings\s+4: no-date 1, page-number\? 2, wrap\? 1/);
  });
  it('says 0 without warnings', () => {
    expect(summaryTable([{ file: 'a.txt', report: report([]), cached: false, ms: 1 }], 5)).toMatch(/warnings\s+0\n/);
  });
});
