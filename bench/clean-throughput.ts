// npx tsx bench/clean-throughput.ts [--factors 10,50] [--files 002,004] [--runs 3]: throughput of the decode,
// clean and conservation stages alone, on each raw seed file repeated N times in memory (the
// shapes that once made clean quadratic: dense pinyin in 002, a long newspaper page in 004).
// cleanThroughput() returns the rows, so bench/run.ts can include them in its report.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clean } from '../scripts/convert/clean/index.ts';
import { checkConservation } from '../scripts/convert/conservation.ts';
import { decode } from '../scripts/convert/decode.ts';

export interface CleanThroughputRow {
  file: string; // raw file the input repeats
  factor: number;
  mb: number; // input size in MB (10^6 bytes)
  decodeMs: number;
  cleanMs: number;
  conservationMs: number;
  cleanMbPerS: number;
  removals: number;
  warnings: number;
}

const rawDir = join(import.meta.dirname, '../content/raw');

/** Measures every raw file whose name starts with one of `files` (all if empty) at each factor;
 * each time is the best of `runs` (the machine may be shared, and the best run is the least disturbed). */
export function cleanThroughput(factors: readonly number[] = [10, 50], files: readonly string[] = [], runs = 1): CleanThroughputRow[] {
  const names = readdirSync(rawDir)
    .filter((f) => f.endsWith('.txt') && (files.length === 0 || files.some((p) => f.startsWith(p))))
    .sort();
  const rows: CleanThroughputRow[] = [];
  for (const name of names) {
    const one = readFileSync(join(rawDir, name));
    for (const factor of factors) {
      const bytes = Buffer.concat(Array.from({ length: factor }, () => Buffer.concat([one, Buffer.from('\n')])));
      let decodeMs = Infinity;
      let cleanMs = Infinity;
      let conservationMs = Infinity;
      let cleaned: ReturnType<typeof clean> | undefined;
      for (let run = 0; run < runs; run++) {
        let t = performance.now();
        const decoded = decode(`${name}×${factor}`, bytes);
        decodeMs = Math.min(decodeMs, performance.now() - t);
        t = performance.now();
        cleaned = clean(decoded);
        cleanMs = Math.min(cleanMs, performance.now() - t);
        t = performance.now();
        checkConservation(decoded, cleaned);
        conservationMs = Math.min(conservationMs, performance.now() - t);
      }
      const mb = bytes.length / 1e6;
      rows.push({ file: name, factor, mb, decodeMs, cleanMs, conservationMs, cleanMbPerS: mb / (cleanMs / 1000), removals: cleaned!.removals.length, warnings: cleaned!.warnings.length });
    }
  }
  return rows;
}

export function formatRows(rows: readonly CleanThroughputRow[]): string {
  return rows
    .map(
      (r) =>
        `${`${r.file.slice(0, 3)} ×${r.factor}`.padEnd(9)} ${r.mb.toFixed(2).padStart(6)} MB │ decode ${r.decodeMs.toFixed(0).padStart(5)} ms │ ` +
        `clean ${r.cleanMs.toFixed(0).padStart(6)} ms ${r.cleanMbPerS.toFixed(2).padStart(6)} MB/s │ conservation ${r.conservationMs.toFixed(0).padStart(5)} ms │ ` +
        `${r.removals} removals, ${r.warnings} warnings`,
    )
    .join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { factors: { type: 'string', default: '10,50' }, files: { type: 'string', default: '' }, runs: { type: 'string', default: '3' } } });
  const factors = values.factors.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const files = values.files.split(',').filter((f) => f !== '');
  console.log(formatRows(cleanThroughput(factors, files, Math.max(1, Number(values.runs) || 1))));
}
