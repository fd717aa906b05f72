// The governance term list (tests/fixtures/script/governance-terms.json): every term must convert
// to its expected Taiwan and Hong Kong form, and both forms must come back to the simplified term.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getConverter } from '../../../src/lib/script/index';

const { entries } = JSON.parse(readFileSync(new URL('../../fixtures/script/governance-terms.json', import.meta.url), 'utf8')) as {
  entries: { s: string; tw: string; hk: string }[];
};

const checks = [
  { name: 's→tw', conv: getConverter({ from: 'hans', to: 'hant', variant: 'tw' }), input: 's', expected: 'tw' },
  { name: 's→hk', conv: getConverter({ from: 'hans', to: 'hant', variant: 'hk' }), input: 's', expected: 'hk' },
  { name: 'tw→s', conv: getConverter({ from: 'hant', to: 'hans', variant: 'tw' }), input: 'tw', expected: 's' },
  { name: 'hk→s', conv: getConverter({ from: 'hant', to: 'hans', variant: 'hk' }), input: 'hk', expected: 's' },
] as const;

describe('governance term list', () => {
  it('has at least 300 distinct terms, including the known trouble spots', () => {
    expect(new Set(entries.map((e) => e.s)).size).toBe(entries.length);
    expect(entries.length).toBeGreaterThanOrEqual(300);
    const must: [string, string][] = [
      ['干部', '幹部'], ['制度', '制度'], ['发展', '發展'], ['里', '裡'], ['许可制', '許可制'],
      ['浙里办', '浙里辦'], ['示范', '示範'], ['规范', '規範'], ['关于', '關於'],
    ];
    for (const [s, tw] of must) expect(entries.find((e) => e.s === s)?.tw, s).toBe(tw);
  });

  for (const c of checks) {
    it(`${c.name} is 100% correct`, () => {
      const wrong = entries
        .map((e) => ({ e, got: c.conv.convert(e[c.input]) }))
        .filter(({ e, got }) => got !== e[c.expected])
        .map(({ e, got }) => `${e[c.input]} → ${got} (expected ${e[c.expected]})`);
      console.log(`${c.name}: ${entries.length - wrong.length}/${entries.length} (${((100 * (entries.length - wrong.length)) / entries.length).toFixed(1)}%)`);
      expect(wrong).toEqual([]);
    });
  }
});
