// Runs OpenCC's own test cases (tests/fixtures/opencc/) through opencc-js alone and through our
// converter. Shared by the unit test and the review report.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { getEngine } from '../../src/lib/script/index';
import type { Direction, Variant } from '../../src/lib/script/index';

export const CONFIGS: Record<string, { direction: Direction; variant: Variant; from: string; to: string }> = {
  s2t: { direction: 's2t', variant: 't', from: 'cn', to: 't' },
  s2tw: { direction: 's2t', variant: 'tw', from: 'cn', to: 'tw' },
  s2hk: { direction: 's2t', variant: 'hk', from: 'cn', to: 'hk' },
  t2s: { direction: 't2s', variant: 't', from: 't', to: 'cn' },
  tw2s: { direction: 't2s', variant: 'tw', from: 'tw', to: 'cn' },
  hk2s: { direction: 't2s', variant: 'hk', from: 'hk', to: 'cn' },
};

export const FILES = ['opencc-testcases-5249273.json', 'opencc-testcases.json'];

interface Case {
  id: string;
  input: string;
  expected: Record<string, string>;
}

export interface CaseResult {
  file: string;
  config: string;
  id: string;
  input: string;
  expected: string;
  stock: string;
  ours: string;
}

export function runCases(fixtureDir = new URL('../../tests/fixtures/opencc/', import.meta.url)): CaseResult[] {
  const results: CaseResult[] = [];
  for (const file of FILES) {
    const { cases } = JSON.parse(readFileSync(new URL(file, fixtureDir), 'utf8')) as { cases: Case[] };
    for (const [config, c] of Object.entries(CONFIGS)) {
      const stock = OpenCC.Converter({ from: c.from, to: c.to });
      const ours = getEngine(c.direction, c.variant);
      for (const k of cases) {
        const expected = k.expected[config];
        if (expected === undefined) continue;
        results.push({ file, config, id: k.id, input: k.input, expected, stock: stock(k.input), ours: ours.convert(k.input) });
      }
    }
  }
  return results;
}
