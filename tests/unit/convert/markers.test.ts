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
    ['第四编　人格权', 'part', '第四编', 4],
    ['第一分编　通则', 'subpart', '第一分编', 1],
    ['第一千零一十五条　自然人', 'article', '第一千零一十五条', 1015],
    ['第三十条之一　为了', 'article', '第三十条之一', 30],
    ['第174-1條', 'article', '第174-1條', 174],
    ['第1225條', 'article', '第1225條', 1225],
    ['1.2.1　国家级', 'decimal', '1.2.1', 1],
    ['1　总则', 'decimal', '1', 1],
    ['十  度量衡。', 'zh-space', '十  ', 10],
    ['第九章之一 超輕型載具', 'chapter', '第九章之一', 9],
    ['第六節之一 罰則', 'section', '第六節之一', 6],
  ])('%s', (text, kind, marker, number) => {
    const m = matchMarker(text);
    expect(m).toMatchObject({ kind, marker, number });
  });
  it('an inserted article and a decimal path carry their parts', () => {
    expect(matchMarker('第三十条之一 为了')?.sub).toBe(1);
    expect(matchMarker('第 174-1 條'.replace(/ /g, ''))?.sub).toBe(1);
    expect(matchMarker('1.2.1　国家级')?.path).toEqual([1, 2, 1]);
    expect(matchMarker('第九章之一 超輕型載具')?.sub).toBe(1);
  });
  it.each(['第一百二十條第二項之規定，於前項準用之。', '第五条第二款规定', '第三条至第五条', '依照本法第十条', '2.5 万吨', '3 名委员', '一 流的', '第十五條。', '第86條條文；並自發布日施行', '第八章之規定，於遺產管理人準用之。', '一．四三時，應每三個月檢測申報一次', '第一、二項如係為增進兒童福利'])('no marker (citation or quantity): %s', (text) => {
    expect(matchMarker(text)).toBeNull();
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
