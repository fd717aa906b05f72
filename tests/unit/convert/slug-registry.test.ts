import { describe, expect, it } from 'vitest';
import { formatRegistry, parseRegistry } from '../../../scripts/convert/slug-registry.ts';
import { titleSimilarity } from '../../../scripts/convert/slug-match.ts';

const line = (...fields: string[]) => fields.join('\t');

describe('slug registry file', () => {
  it('round-trips, sorted by raw file and document number, one line per document', () => {
    const text = formatRegistry([
      { slug: 'b', file: 'b.txt', n: 1, date: null, title: '乙' },
      { slug: 'a-2', file: 'a.txt', n: 2, date: '2021-05-20', title: '甲\t二' },
      { slug: 'a', file: 'a.txt', n: 1, date: null, title: '甲' },
    ]);
    const body = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(body).toEqual([line('a', 'a.txt#1', '-', '甲'), line('a-2', 'a.txt#2', '2021-05-20', '甲 二'), line('b', 'b.txt#1', '-', '乙')]);
    const parsed = parseRegistry(text);
    expect(parsed.map(({ line: _l, ...e }) => e)).toEqual([
      { slug: 'a', file: 'a.txt', n: 1, date: null, title: '甲' },
      { slug: 'a-2', file: 'a.txt', n: 2, date: '2021-05-20', title: '甲 二' },
      { slug: 'b', file: 'b.txt', n: 1, date: null, title: '乙' },
    ]);
    expect(formatRegistry(parsed)).toBe(text);
  });

  it('skips comments and blank lines and accepts CRLF', () => {
    expect(parseRegistry(`# c\n\n${line('a', 'a.txt#1', '-', '甲')}\r\n`)).toEqual([{ slug: 'a', file: 'a.txt', n: 1, date: null, title: '甲', line: 3 }]);
  });

  const bad: [string, string, RegExp][] = [
    ['too few fields', `# h\n${line('a', 'a.txt#1', '甲')}\n`, /content\/slug-registry\.tsv:2: expected 4 tab-separated fields.*found 3 \(fix or delete the line/],
    ['bad slug', `${line('A b', 'a.txt#1', '-', '甲')}\n`, /:1: slug: slug must be lower-case/],
    ['no document number', `${line('a', 'a.txt', '-', '甲')}\n`, /:1: "a\.txt" is not <raw file>#<document number>/],
    ['number 0', `${line('a', 'a.txt#0', '-', '甲')}\n`, /:1: n: document number must be 1 or more/],
    ['bad date', `${line('a', 'a.txt#1', '2021/5/20', '甲')}\n`, /:1: date: date must be yyyy-mm-dd/],
    ['duplicate slug', `${line('a', 'a.txt#1', '-', '甲')}\n${line('a', 'b.txt#1', '-', '乙')}\n`, /:2: slug "a" is registered twice \(lines 1 and 2\) \(a slug names one document/],
    ['merge conflict', `<<<<<<< HEAD\n${line('a', 'a.txt#1', '-', '甲')}\n`, /:1: merge conflict marker/],
  ];
  for (const [name, text, message] of bad) {
    it(`rejects ${name} with the line and what to do`, () => expect(() => parseRegistry(text)).toThrow(message));
  }
});

describe('title similarity', () => {
  it('is 1 for titles equal but for spacing and low for different titles', () => {
    expect(titleSimilarity('2016 年工作要点', '2016年工作要点')).toBe(1);
    expect(titleSimilarity('关于推进甲工作的意见', '关于推进丙工作的意见')).toBeGreaterThan(0.6);
    expect(titleSimilarity('关于推进甲工作的意见', '乙工作要点')).toBeLessThan(0.3);
  });
});
