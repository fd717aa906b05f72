// clean() on a ~5 MB input (the raw corpus repeated): the edit ledger's windowed sweeps, the
// warning line lookups and the rules must still conserve every character at that size. Only
// correctness is asserted here; speed is measured by bench/clean-throughput.ts, not by a test.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConservation, restore } from '../../../scripts/convert/conservation.ts';
import { decode } from '../../../scripts/convert/decode.ts';
import { clean } from '../../../scripts/convert/clean/index.ts';
import { lineColumn } from '../../../scripts/convert/errors.ts';
import { lineFinder } from '../../../scripts/convert/clean/line-finder.ts';

const rawDir = join(import.meta.dirname, '../../../content/raw');

/** The raw files joined, repeated until the text reaches `bytes` of UTF-8. */
function largeInput(bytes: number): Uint8Array {
  const one = readdirSync(rawDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => new TextDecoder().decode(readFileSync(join(rawDir, f))))
    .join('\n');
  const size = Buffer.byteLength(one);
  return new TextEncoder().encode(Array.from({ length: Math.ceil(bytes / size) }, () => one).join('\n'));
}

describe('clean on a large input', () => {
  it('conserves a ~5 MB input and places its warnings like lineColumn', { timeout: 300_000 }, () => {
    const bytes = largeInput(5_000_000);
    expect(bytes.length).toBeGreaterThanOrEqual(5_000_000);
    const decoded = decode('large.txt', bytes);
    const cleaned = clean(decoded);
    expect(() => checkConservation(decoded, cleaned)).not.toThrow();
    expect(restore(cleaned.text, cleaned.removals)).toBe(decoded.text);
    expect(cleaned.removals.length).toBeGreaterThan(1000); // the rules did work: pinyin, cruft, …
    expect(cleaned.text.length).toBeLessThan(decoded.text.length);
    // warnings far into the file carry the line that the slow, obvious lookup gives
    const late = cleaned.warnings.filter((w) => w.line! > 1000).slice(-5);
    expect(late.length).toBeGreaterThan(0);
    for (const w of late) {
      const offset = nthLineStart(decoded.text, w.line!) + w.column! - 1;
      expect(lineColumn(decoded.text, offset)).toEqual({ line: w.line, column: w.column });
    }
  });
});

describe('lineFinder', () => {
  it('gives what lineColumn gives, at every offset', () => {
    for (const text of ['', 'a', '\n', 'ab\n\ncd\n', '\n\nx\ny\n\n', '一、\n（二）\r\n三']) {
      const find = lineFinder(text);
      for (let offset = 0; offset <= text.length + 1; offset++) expect(find(offset)).toEqual(lineColumn(text, offset));
    }
  });
});

function nthLineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at;
}
