import { describe, expect, it } from 'vitest';
import { queryWords, spaceWords } from '../../../src/lib/search/segment.ts';
import { candidateQueries } from '../../../src/lib/search/engine.ts';

describe('spaceWords', () => {
  it('puts spaces between Chinese words and keeps the characters', () => {
    const text = '高水平推进省域治理现代化的决定';
    const spaced = spaceWords(text);
    expect(spaced.replace(/ /g, '')).toBe(text);
    expect(spaced.split(' ').length).toBeGreaterThan(4);
  });

  it('sets punctuation apart as a piece of its own and leaves Latin words alone', () => {
    expect(spaceWords('“最多跑一次”改革')).toMatch(/^“ .* ” 改革$/);
    expect(spaceWords('Open Data')).toBe('Open Data');
  });

  it('segments a query the same way as the same text inside a page (for most phrases)', () => {
    const page = spaceWords('深化“最多跑一次”改革').split(/[ “”]/).filter(Boolean);
    expect(page.join(' ')).toContain(queryWords('最多跑一次').join(' '));
  });
});

describe('candidateQueries', () => {
  it('adds a query without a leading one-character word, which may end a longer word in the page', () => {
    const qs = candidateQueries('层治理');
    expect(qs.length).toBe(2);
    expect(qs[1]).toBe('治理');
  });

  it('adds a query without a trailing one-character word, which may begin a longer word in the page', () => {
    expect(candidateQueries('2025年')).toEqual(['2025 年', '2025']);
  });

  it('asks one query otherwise', () => {
    expect(candidateQueries('数字化改革')).toHaveLength(1);
    expect(candidateQueries('  ')).toEqual([]);
  });
});

describe('spaceWords (cached by run of Chinese characters)', () => {
  it('gives exactly what segmenting the whole text at once gives', async () => {
    const { spaceWordsUncached } = await import('../../../src/lib/search/segment.ts');
    for (const text of ['2021 年浙江省政务公开工作要点', '到2025年、2035年“两阶段发展目标”', 'A股上市公司和5G基站', '互联网+教育，浙里办App', '（一）深化“最多跑一次”改革。']) {
      expect(spaceWords(text)).toBe(spaceWordsUncached(text));
      expect(spaceWords(text)).toBe(spaceWords(text)); // second call from the cache
    }
  });
});

describe('spaceWords (index content for a whitespace-splitting index)', () => {
  // Pagefind (neutral language) splits on whitespace and strips non-word characters from each piece.
  const indexWords = (text: string) => spaceWords(text).split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);

  it('gives one word or one mark per piece (a mark alone gives Pagefind no word)', () => {
    expect(spaceWords('市委、市政府：“高水平”（试行）')).toBe('市委 、 市政府 ： “ 高 水平 ” （ 试行 ）');
    expect(indexWords('深化“最多跑一次”改革。')).toEqual(queryWords('深化“最多跑一次”改革。'));
    expect(spaceWords('  二、\n\n A股  ')).toBe('二 、 A 股');
  });

  it('gives the words the browser gets from the same text as a query (ICU), numbers and Latin included', () => {
    for (const text of ['到2025年、2035年“两阶段发展目标”', 'COVID-19 和 3.5% 的增长', '互联网+教育，浙里办App']) {
      expect(indexWords(text)).toEqual(queryWords(text).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')));
    }
  });

  it('keeps every character (spaces only added or collapsed)', () => {
    const text = '（一）深化 “最多跑一次”改革。\n二、A股';
    expect(spaceWords(text).replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });
});
