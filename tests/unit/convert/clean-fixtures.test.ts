// Fixture runner for the clean stage: every folder in tests/fixtures/clean/ holds input.txt (or input.md, a copy kept as Markdown), an
// optional corrections.json, and the expected cleaned text (expected.txt) and warnings
// (expected-warnings.txt). UPDATE=1 rewrites the expected files; review the diff.
import { describe, expect, it } from 'vitest';
import { expectedText as expected, updating } from '../fixture-file.ts';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../../scripts/convert/decode.ts';
import { clean } from '../../../scripts/convert/clean/index.ts';
import { checkConservation } from '../../../scripts/convert/conservation.ts';
import { CorrectionsSchema } from '../../../scripts/convert/corrections.ts';

const root = join(import.meta.dirname, '../../fixtures/clean');

describe('clean fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const dir = join(root, name);
      const ext = existsSync(join(dir, 'input.md')) ? 'md' : 'txt';
      const decoded = decode(`${name}.${ext}`, readFileSync(join(dir, `input.${ext}`)));
      const correctionsFile = join(dir, 'corrections.json');
      const corrections = existsSync(correctionsFile)
        ? CorrectionsSchema.parse(JSON.parse(readFileSync(correctionsFile, 'utf8')))
        : [];
      const cleaned = clean(decoded, corrections);
      checkConservation(decoded, cleaned);
      const warnings = cleaned.warnings.map((w) => `${w.line}:${w.column} ${w.reason}\n`).join('');
      const expectedText = join(dir, 'expected.txt');
      const expectedWarnings = join(dir, 'expected-warnings.txt');
      if (updating) writeFileSync(expectedWarnings, warnings);
      expect(cleaned.text).toBe(expected(expectedText, cleaned.text));
      expect(warnings).toBe(existsSync(expectedWarnings) ? readFileSync(expectedWarnings, 'utf8') : '');
    });
  }
});
