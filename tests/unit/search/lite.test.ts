// The file:// title-and-heading index: what goes in, its script form, and matching in
// both scripts through the learned script map.
import { describe, expect, it } from 'vitest';
import { liteDoc, liteScript, prepareLite, searchLite, type LiteData } from '../../../src/lib/search/lite.ts';

const sections = [
  { id: '', depth: 0, path: [] },
  { id: 's1', depth: 2, path: ['一、總體要求'] },
  { id: 's1-1', depth: 3, path: ['一、總體要求', '（一）指導思想'] },
  { id: 's1-1-1', depth: 4, path: ['一、總體要求', '（一）指導思想', '1.很深的標題'] },
  { id: 's2', depth: 2, path: [`二、${'很長的標題'.repeat(20)}`] },
];

describe('lite index', () => {
  it('keeps titles and top-level headings (depth 2), long ones cut', () => {
    const [slug, title, date, headings] = liteDoc('a', '數字化改革方案', undefined, sections);
    expect([slug, title, date]).toEqual(['a', '數字化改革方案', '']);
    const lines = headings.split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['s1', 's2']);
    expect(lines[0]).toBe('s1\t一、總體要求');
    expect([...lines[1]!.split('\t')[1]!].length).toBe(24);
  });

  it('is a classic script handing its data over, newest first, byte-identical for the same input', () => {
    const docs = [liteDoc('b', '乙', '2020-01-01', []), liteDoc('a', '甲</script>', '2021-01-01', [])];
    const js = liteScript(docs, '體体');
    expect(js).toBe(liteScript([...docs].reverse(), '體体'));
    expect(js.startsWith('wenyuanLiteData({')).toBe(true);
    expect(js).not.toContain('</script');
    const data = JSON.parse(js.slice('wenyuanLiteData('.length, -3)) as LiteData;
    expect(data.docs.map((d) => d[0])).toEqual(['a', 'b']);
  });

  it('finds titles first, then headings, in either script and across spaces', () => {
    const data: LiteData = {
      version: 1,
      t2s: '數数體体總总導导過过',
      docs: [liteDoc('h', '關於體制改革的意見', '2021-01-01', sections), liteDoc('t', '总体要求的说明', '2020-01-01', [])],
    };
    const index = prepareLite(data);
    const hits = searchLite(index, '总体 要求');
    expect(hits.map((h) => [h.slug, h.titleMatch, h.headings.map((x) => x[0])])).toEqual([['t', true, []], ['h', false, ['s1']]]);
    expect(searchLite(index, '體制').map((h) => h.slug)).toEqual(['h']);
    expect(searchLite(index, '体制').map((h) => h.slug)).toEqual(['h']);
    expect(searchLite(index, '  ')).toEqual([]);
    expect(searchLite(index, '量子')).toEqual([]);
  });
});
