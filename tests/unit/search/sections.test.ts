import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/components/search/lib/fold.ts';
import { locate } from '../../../src/components/search/lib/sections.ts';

const anchors = [
  { element: 'h2', id: 's1', text: '一、 总体 要求' },
  { element: 'p', id: 'p1', text: '坚持 党 的 领导 。' },
  { element: 'h3', id: 's1-1', text: '（一） 基本 原则' },
  { element: 'p', id: 'p2', text: '以 人民 为 中心 。' },
  { element: 'h2', id: 's2', text: '二、 主要 任务' },
  { element: 'p', id: 'p3', text: '深化 数字 化 改革 。' },
];
const content = `标题 ${anchors.map((a) => a.text).join(' ')}`;
const folded = fold(content, {}).text;

describe('locate', () => {
  it('finds the innermost section and the path of headings above a match', () => {
    const at = folded.indexOf('以人民为中心');
    expect(locate(anchors, folded, at, {})).toEqual({ sectionId: 's1-1', sectionPath: ['一、总体要求', '（一）基本原则'], paragraphId: 'p2' });
  });

  it('closes deeper sections when a new top-level section starts', () => {
    const at = folded.indexOf('数字化改革');
    expect(locate(anchors, folded, at, {}).sectionPath).toEqual(['二、主要任务']);
  });

  it('gives no section for text before the first heading', () => {
    expect(locate(anchors, folded, 0, {}).sectionId).toBeUndefined();
  });
});
