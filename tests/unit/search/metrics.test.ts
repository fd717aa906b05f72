import { describe, expect, it } from 'vitest';
import { misses, score, table, type QueryOutcome } from '../../../scripts/search/eval/metrics.ts';

const o = (q: string, script: 'hans' | 'hant', lang: 'zh-Hans' | 'zh-Hant', relevant: string[], returned: string[]): QueryOutcome =>
  ({ query: { q, script, kind: 'term' }, lang, relevant: new Set(relevant), returned, ms: 1 });

describe('metrics', () => {
  const outcomes = [
    o('治理', 'hans', 'zh-Hans', ['a', 'b'], ['a', 'b', 'c']),
    o('量子', 'hans', 'zh-Hans', [], []),
    o('治理', 'hant', 'zh-Hans', ['a', 'b'], ['a']),
  ];

  it('micro-averages recall and precision over queries', () => {
    const r = score(outcomes.slice(0, 2), 'zh-Hans', 'x');
    expect(r.recall).toBe(1);
    expect(r.precision).toBeCloseTo(2 / 3);
  });

  it('splits same-script and cross-script queries per index', () => {
    const rows = table(outcomes);
    expect(rows[0]!.queries).toContain('same script');
    expect(rows[1]!.queries).toContain('cross-script');
    expect(rows[1]!.recall).toBe(0.5);
    expect(rows[1]!.precision).toBe(1);
  });

  it('counts a query that occurs nowhere and returns nothing as perfect, and lists the errors', () => {
    expect(score([outcomes[1]!], 'zh-Hans', 'x')).toMatchObject({ recall: 1, precision: 1 });
    expect(misses(outcomes)).toEqual(['zh-Hans 治理 (hans): missed 0, wrong 1', 'zh-Hans 治理 (hant): missed 1, wrong 0']);
  });
});
