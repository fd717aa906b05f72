import { describe, expect, it } from 'vitest';
import { matchMarker, parseNumeral, startsWithHeadingMarker } from '../../../src/lib/format/markers.ts';

describe('parseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23], ['一百零五', 105], ['12', 12], ['１２', 12],
  ])('%s → %d', (text, n) => expect(parseNumeral(text)).toBe(n));
  it('rejects non-numerals', () => expect(parseNumeral('是')).toBeNull());
});

describe('matchMarker', () => {
  it.each([
    ['一、坚持', 'zh-dun', '一、', 1],
    ['（三）战略定位', 'zh-paren', '（三）', 3],
    ['(二)争当', 'zh-paren', '(二)', 2],
    ['1.深刻领会', 'arabic-dot', '1.', 1],
    ['12．完善', 'arabic-dot', '12．', 12],
    ['3、加强', 'arabic-dot', '3、', 3],
    ['（1）健全', 'arabic-paren', '（1）', 1],
    ['第二章 总则', 'chapter', '第二章', 2],
    ['第一节 一般规定', 'section', '第一节', 1],
    ['第十五条 本条例', 'article', '第十五条', 15],
    ['第三条为了规范', 'article', '第三条', 3],
    ['一是高位推动', 'zh-shi', '一是', 1],
    ['2严格落实', 'arabic-bare', '2', 2],
    ['其次,推进融合', 'zh-ordinal', '其次', 2],
    ['第十二條 本條例', 'article', '第十二條', 12],
    ['第二節 監督', 'section', '第二節', 2],
    ['最後，注重', 'zh-ordinal', '最後', -1],
    ['最后，注重强基', 'zh-ordinal', '最后', -1],
  ])('%s', (text, kind, marker, number) => {
    const m = matchMarker(text);
    expect(m).toMatchObject({ kind, marker, number });
  });
  it.each(['1.5倍以上', '2021年全省', '3个方面', '第十五条规定的', '第三条和第四条', '这是一项', '——坚持', '一是的'])('no marker: %s', (text) => {
    expect(matchMarker(text)).toBeNull();
  });
  it('strict markers exclude loose forms', () => {
    expect(startsWithHeadingMarker('（一）深化')).toBe(true);
    expect(startsWithHeadingMarker('1严格落实')).toBe(false);
    expect(startsWithHeadingMarker('一是高位推动')).toBe(false);
  });
});
