// convert() cuts spans at free characters and caches clauses (engine.ts); the result must equal
// the whole-span walk (the path pieces() and the measurement hook take) on real document text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listMarkdown, splitFrontmatter } from '../../../src/lib/corpus/load.ts';
import { buildEngine } from '../../../src/lib/script/engine';
import { explainPieces } from '../../../src/lib/script/one-to-many';

const paragraphs = listMarkdown('content/docs')
  .slice(0, 5)
  .flatMap((f) => splitFrontmatter(readFileSync(f, 'utf8')).body.split(/\n\n+/))
  .concat(['', '，。', '健全干部，建立健全干部队伍。', '·中国—东盟 2025-11-25', '后陈经验、后陈，⟦干部⟧发展', '⿰木目，相关干部']);

describe('clause cache', () => {
  for (const [direction, variant] of [['s2t', 'tw'], ['s2t', 'hk'], ['t2s', 'tw']] as const) {
    it(`${direction} ${variant}: same output as the whole-span walk`, () => {
      const fast = buildEngine(direction, variant);
      const whole = buildEngine(direction, variant, { onRefusedProject: () => {} });
      for (const protect of [[], ['后陈', '，']]) {
        for (const p of paragraphs) expect(fast.convert(p, protect)).toBe(whole.convert(p, protect));
        // Second time from the cache.
        for (const p of paragraphs) expect(fast.convert(p, protect)).toBe(whole.convert(p, protect));
      }
    });
  }

  // The compare view explains one-to-many characters from the cached clauses' pieces.
  for (const [direction, variant] of [['s2t', 'tw'], ['t2s', 'tw']] as const) {
    it(`${direction} ${variant}: clausePieces explains every character as pieces() does`, () => {
      const fast = buildEngine(direction, variant);
      const whole = buildEngine(direction, variant, { onRefusedProject: () => {} });
      for (const protect of [[], ['后陈', '，']]) {
        for (let round = 0; round < 2; round++) {
          for (const p of paragraphs) {
            expect(explainPieces(p, direction, fast.clausePieces(p, protect))).toEqual(explainPieces(p, direction, whole.pieces(p, protect)));
            fast.convert(p, protect);
          }
        }
      }
    });
  }

  it('a protected term that contains punctuation is not cut', () => {
    const fast = buildEngine('s2t', 'tw');
    expect(fast.convert('关于后陈，发展的意见', ['后陈，发展'])).toBe('關於后陈，发展的意見');
  });
});
