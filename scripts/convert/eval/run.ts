import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStages } from '../cli-stages.ts';
import { convertFile } from '../pipeline.ts';
import { measure, type FileMeasure } from './measure.ts';
import { loadExpected } from './sources.ts';

// Converts every raw file of a real-world set (raw/, clean/, sources.tsv) in memory and measures it.
// No corrections apply: the set measures the converter, not per-file editorial fixes.

export function evaluateSet(dir: string): FileMeasure[] {
  const stages = loadStages(join(dir, 'no-corrections'));
  return loadExpected(dir).map((expected) => {
    const raw = readFileSync(join(dir, 'raw', expected.file));
    const clean = readFileSync(join(dir, 'clean', expected.file), 'utf8');
    const result = convertFile(expected.file, raw, stages);
    return measure(expected, clean, {
      models: result.docs.map((d) => d.model),
      markdowns: result.docs.map((d) => d.markdown),
      warnings: result.report.warnings.length,
    });
  });
}
