// Behaviour of the converter: word boundaries, project phrases, variants, protected spans, caching.
import { describe, expect, it } from 'vitest';
import { convertString, getConverter, stripMarkers } from '../../../src/lib/script/index';
import { buildEngine } from '../../../src/lib/script/engine';

const tw = getConverter({ from: 'hans', to: 'hant', variant: 'tw' });
const hk = getConverter({ from: 'hans', to: 'hant', variant: 'hk' });
const toS = getConverter({ from: 'hant', to: 'hans' });

describe('getConverter', () => {
  it('is built once per process per (from, to, variant)', () => {
    expect(getConverter({ from: 'hans', to: 'hant' })).toBe(tw);
    expect(getConverter({ from: 'hans', to: 'hant', variant: 'hk' })).not.toBe(tw);
  });

  it('rejects unknown scripts and variants with a clear error', () => {
    expect(() => getConverter({ from: 'hans', to: 'latn' as never })).toThrow(/hans' or 'hant/);
    expect(() => getConverter({ from: 'hans', to: 'hant', variant: 'mo' as never })).toThrow(/t, tw or hk/);
  });

  it('only strips markers when from === to', () => {
    expect(getConverter({ from: 'hans', to: 'hans' }).convert('干部⟦发展⟧')).toBe('干部发展');
  });
});

describe('word boundaries', () => {
  // Without project phrases, to show the word-boundary rule alone fixes the cross-boundary reading.
  const bare = buildEngine('s2t', 'tw', { project: false });
  const stockLike = buildEngine('s2t', 'tw', { project: false, wordAware: false });

  it('refuses a stock phrase that takes the tail of one word and the head of the next', () => {
    expect(stockLike.convert('建立健全干部成就')).toBe('建立健全乾部成就');
    expect(bare.convert('建立健全干部成就')).toBe('建立健全幹部成就');
    expect(stockLike.convert('收入分配制度改革')).toBe('收入分配製度改革');
    expect(bare.convert('收入分配制度改革')).toBe('收入分配制度改革');
  });

  it('keeps stock phrases that start on a word boundary', () => {
    expect(bare.convert('行政复议案件')).toBe(stockLike.convert('行政复议案件'));
    expect(bare.convert('若干周后')).toBe('若干週後');
  });
});

describe('project phrases', () => {
  it('fix governance vocabulary in every variant', () => {
    expect(tw.convert('健全干部队伍，许可制，浙里办，示范区，关于')).toBe('健全幹部隊伍，許可制，浙里辦，示範區，關於');
    expect(hk.convert('心里有数，浙里办')).toBe('心裏有數，浙里辦');
  });

  it('take regional forms by composition with the variant tables (t → tw / hk)', () => {
    const t = getConverter({ from: 'hans', to: 'hant', variant: 't' });
    expect([t.convert('心里'), tw.convert('心里'), hk.convert('心里')]).toEqual(['心裏', '心裡', '心裏']);
    expect([t.convert('浙里办'), tw.convert('浙里办'), hk.convert('浙里办')]).toEqual(['浙里辦', '浙里辦', '浙里辦']);
    expect([t.convert('成为'), tw.convert('成为'), hk.convert('成为')]).toEqual(['成爲', '成為', '成為']);
  });

  it('cover longer words and guard neighbours', () => {
    expect(tw.convert('党员干部和干部队伍')).toBe('黨員幹部和幹部隊伍');
    expect(tw.convert('若干部门')).toBe('若干部門');
  });

  it('obey word boundaries too (头发|展示 does not contain the phrase 发展)', () => {
    expect(tw.convert('头发展示')).toBe('頭髮展示');
    expect(tw.convert('等方面向基层倾斜')).toBe('等方面向基層傾斜');
  });

  it('work in the traditional → simplified direction', () => {
    expect(toS.convert('健全幹部隊伍，關於示範，讀原著，座標')).toBe('健全干部队伍，关于示范，读原著，坐标');
  });
});

describe('protected spans', () => {
  it('pass ⟦…⟧ spans through unconverted and drop the markers', () => {
    expect(tw.convert('推广⟦后陈⟧经验')).toBe('推廣后陈經驗');
    expect(stripMarkers('⟦干部⟧')).toBe('干部');
  });

  it('keep lone markers as text', () => {
    expect(tw.convert('干部⟧')).toBe('幹部⟧');
    expect(tw.convert('⟦干部')).toBe('⟦幹部');
  });

  it('honour per-document protected terms', () => {
    expect(tw.convert('后陈经验', { protect: ['后陈'] })).toBe('后陈經驗');
    expect(tw.convert('后陈经验')).toBe('後陳經驗');
  });

  it('convertString does the same for frontmatter strings', () => {
    expect(convertString('中共浙江省委关于⟦范⟧的决定', { from: 'hans', to: 'hant' })).toBe('中共浙江省委關於范的決定');
    expect(convertString('关于⟦范⟧', { from: 'hans', to: 'hans' })).toBe('关于范');
  });
});
