// The lazy, clause-by-clause word map must give the same boundaries as segmenting the whole text.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/script-review/corpus';
import { respectsWords, wordMap } from '../../../src/lib/script/word-boundaries';

function boundariesWhole(text: string): boolean[] {
  const b = new Array<boolean>(text.length + 1).fill(false);
  for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) b[index] = true;
  b[text.length] = true;
  return b;
}

describe('word map', () => {
  it('matches whole-text segmentation on the corpus', () => {
    const text = loadCorpus().docs.map((d) => d.text).join('\n').slice(0, 60_000);
    const whole = boundariesWhole(text);
    const map = wordMap(text);
    const mismatches: string[] = [];
    for (let i = 1; i < text.length; i++) {
      const lazy = map.id(i) !== map.id(i - 1);
      if (lazy !== whole[i] && !/[\s\p{P}\p{S}]/u.test(text[i]! + text[i - 1]!)) mismatches.push(text.slice(i - 5, i + 5));
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses only phrases that start inside a word and run past it', () => {
    const text = '建立健全干部队伍';
    const map = wordMap(text);
    expect(respectsWords(map, 3, 5)).toBe(false); // 全干 across 健全|干部
    expect(respectsWords(map, 4, 6)).toBe(true); // 干部
    expect(respectsWords(map, 2, 4)).toBe(true); // 健全
  });
});
