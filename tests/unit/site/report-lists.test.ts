// Report pages: a report's arrays of records become lists by kind, counted, paged, with Chinese labels.
import { describe, expect, it } from 'vitest';
import { columnsOf, pageOf, reportFacts, reportLists, ROWS_PER_PAGE } from '../../../src/lib/report/lists.ts';

const punct = Array.from({ length: ROWS_PER_PAGE * 2 + 5 }, (_, i) => ({ kind: 'punctuation', offset: i, text: ',', replacement: '，', reason: 'ASCII comma' }));
const report = {
  file: 'a.txt',
  encoding: 'gb18030',
  lineEnds: 'crlf',
  conservation: 'ok',
  documents: [{ slug: 'x' }],
  removals: [...punct, { kind: 'pinyin', offset: 9, text: '(xué)', replacement: '', reason: 'pinyin' }],
  warnings: [{ kind: 'wrap?', line: 3, reason: 'may run on', severity: 'warning' }, 'a plain message'],
  titleEdits: [],
};

describe('reportLists', () => {
  const lists = reportLists(report);
  it('splits each array by kind, largest kind first, with Chinese labels and unique URL segments', () => {
    expect(lists.map((l) => [l.slug, l.label, l.rows.length])).toEqual([
      ['removals-punctuation', '标点', ROWS_PER_PAGE * 2 + 5],
      ['removals-pinyin', '拼音注音', 1],
      ['warnings', '警告', 1],
      ['warnings-wrap-q', '疑似硬换行', 1],
    ]);
  });
  it('pages long lists and counts the characters they touch', () => {
    const p = lists[0]!;
    expect(p.pages).toBe(3);
    expect(pageOf(p, 3).map((r) => r.offset)).toEqual([200, 201, 202, 203, 204]);
    expect(lists[1]!.chars).toBe(5);
  });
  it('gives a list the summary shows whole no pages of its own', () => {
    expect(lists.slice(1).map((l) => l.pages)).toEqual([0, 0, 0]);
  });
  it('says the facts in words and hoists what every row shares', () => {
    expect(reportFacts(report)).toEqual([['file', 'a.txt'], ['encoding', 'GB18030'], ['lineEnds', 'CRLF（Windows）'], ['conservation', '通过（保留 + 删除 = 输入）']]);
    const { columns, shared } = columnsOf(pageOf(lists[0]!, 1));
    expect(columns).toEqual(['offset']);
    expect(shared.map(([c]) => c)).toEqual(['text', 'replacement', 'reason']);
  });
});
