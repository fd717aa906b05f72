import { describe, expect, it } from 'vitest';
import { despace, fold } from '../../../src/lib/search/fold.ts';

const t2s = { 體: '体', 國: '国', 裡: '里', 辦: '办' };

describe('fold', () => {
  it('removes whitespace and maps traditional characters, keeping offsets into the original', () => {
    const f = fold('治理 體系 2021 年', t2s);
    expect(f.text).toBe('治理体系2021年');
    expect(f.offsets[2]).toBe(3); // 體 is at index 3 of the original
    expect(f.offsets[f.text.length - 1]).toBe('治理 體系 2021 年'.length - 1);
  });

  it('makes a query in either script match text in either script', () => {
    expect(fold('浙江 浙裡辦 上線', t2s).text.includes(fold('浙里办', t2s).text)).toBe(true);
    expect(fold('全国 治理', t2s).text.includes(fold('全國治理', t2s).text)).toBe(true);
  });

  it('does not match a query that only shares characters', () => {
    expect(fold('最多 跑 一 次', t2s).text.includes(fold('最多跑一地', t2s).text)).toBe(false);
  });
});

describe('despace', () => {
  it('removes spaces the index inserted between Chinese words, keeps Latin spacing', () => {
    expect(despace('推进 省 域 治理 现代 化，')).toBe('推进省域治理现代化，');
    expect(despace('互联网 + 教育')).toBe('互联网+教育');
    expect(despace('Open Data 开放')).toBe('Open Data开放');
  });
});
