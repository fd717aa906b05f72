// OpenCC's own test cases: our converter must do at least as well as opencc-js alone, and every
// failure must be a known, explained one (tests/fixtures/opencc/known-failures.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIGS, runCases } from '../../../scripts/script-review/opencc-cases';

const known = JSON.parse(readFileSync(new URL('../../fixtures/opencc/known-failures.json', import.meta.url), 'utf8')) as {
  failures: { file: string; config: string; id: string; worse: boolean; reason: string }[];
};
const key = (r: { file: string; config: string; id: string }) => `${r.file} ${r.config} ${r.id}`;
const results = runCases();

describe('OpenCC test cases', () => {
  it('covers every configuration we use', () => {
    for (const config of Object.keys(CONFIGS)) expect(results.some((r) => r.config === config), config).toBe(true);
  });

  it('prints pass rates (opencc-js alone vs ours)', () => {
    const rows = Object.keys(CONFIGS).map((config) => {
      const rs = results.filter((r) => r.config === config);
      const stock = rs.filter((r) => r.stock === r.expected).length;
      const ours = rs.filter((r) => r.ours === r.expected).length;
      expect(ours, `${config}: ours must pass at least as many as opencc-js`).toBeGreaterThanOrEqual(stock);
      return `${config.padEnd(5)} ${rs.length} cases: opencc-js ${stock} (${((100 * stock) / rs.length).toFixed(1)}%), ours ${ours} (${((100 * ours) / rs.length).toFixed(1)}%)`;
    });
    console.log(rows.join('\n'));
  });

  it('fails only the known cases', () => {
    const failing = new Set(results.filter((r) => r.ours !== r.expected).map(key));
    const listed = new Set(known.failures.map(key));
    const unexpected = [...failing].filter((k) => !listed.has(k));
    const fixed = [...listed].filter((k) => !failing.has(k));
    expect(unexpected, 'new failures (regressions): fix them or list them with a reason').toEqual([]);
    expect(fixed, 'listed failures that now pass: remove them from known-failures.json').toEqual([]);
  });

  it('marks every case where opencc-js alone does better', () => {
    const worse = results.filter((r) => r.stock === r.expected && r.ours !== r.expected).map(key);
    const listedWorse = known.failures.filter((f) => f.worse).map(key);
    expect(worse.sort()).toEqual(listedWorse.sort());
  });
});
