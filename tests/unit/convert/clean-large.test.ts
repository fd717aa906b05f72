// clean() on a ~5 MB input (the raw corpus repeated): the edit ledger's windowed sweeps, the
// warning line lookups and the rules must still conserve every character at that size. Only
// correctness is asserted here; speed is measured by bench/clean-throughput.ts, not by a test.
import { describe, expect, it } from 'vitest';
import type { RemovalKind } from '../../../src/lib/format/report.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConservation, restore } from '../../../scripts/convert/conservation.ts';
import { decode } from '../../../scripts/convert/decode.ts';
import { clean } from '../../../scripts/convert/clean/index.ts';
import { lineColumn, lineFinder } from '../../../scripts/convert/lines.ts';
import { EditLedger, type Edit } from '../../../scripts/convert/clean/edits.ts';

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

/** Small deterministic PRNG so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** Edits far apart (many windows) or close together (one window), with insertions and replacements. */
function roundEdits(text: string, rand: () => number, spread: number): Edit[] {
  const edits: Edit[] = [];
  let pos = Math.floor(rand() * spread);
  while (pos < text.length) {
    const length = Math.min(text.length - pos, Math.floor(rand() * 4));
    const replacement = rand() < 0.5 ? '' : 'xyz'.slice(0, 1 + Math.floor(rand() * 3));
    edits.push({ offset: pos, length, replacement, reason: `r${edits.length}` });
    pos += length + (rand() < 0.3 ? 0 : 1 + Math.floor(rand() * spread));
  }
  return edits;
}

describe('EditLedger windows', () => {
  it('give the same pieces as one sweep over all pieces, round after round', () => {
    const rand = rng(7);
    const source = Array.from({ length: 4000 }, (_, i) => '甲乙丙丁\n'[i % 5]).join('');
    for (let trial = 0; trial < 20; trial++) {
      const windowed = new EditLedger(source);
      const whole = new EditLedger(source, Infinity);
      for (let round = 0; round < 6; round++) {
        const edits = roundEdits(windowed.text, rand, [3, 40, 400, 2000][(trial + round) % 4]!);
        windowed.apply(`k${round}` as RemovalKind, edits);
        whole.apply(`k${round}` as RemovalKind, edits);
        expect(windowed.text).toBe(whole.text);
        expect(windowed.removals()).toEqual(whole.removals());
      }
      expect(restore(windowed.text, windowed.removals())).toBe(source);
    }
  });
});

describe('lineFinder', () => {
  it('gives what a walk from the start gives, at every offset', () => {
    for (const text of ['', 'a', '\n', 'ab\n\ncd\n', '\n\nx\ny\n\n', '一、\n（二）\r\n三']) {
      const find = lineFinder(text);
      for (let offset = 0; offset <= text.length + 1; offset++) expect(find(offset)).toEqual(walkedLineColumn(text, offset));
    }
  });
});

/** The reference: count the line breaks before `offset` one by one. */
function walkedLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function nthLineStart(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at;
}
