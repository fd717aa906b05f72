import { describe, expect, it } from 'vitest';
import { parseStatusTable } from '../../../src/lib/status/table.ts';
import { applyStatus } from '../../../src/lib/status/apply.ts';

const HEAD = 'slug\tstatus\teffective\trepealed\treplacedBy\treplaces\tsource';
const known = new Set(['old', 'new']);

describe('status table', () => {
  it('parses rows, comments and slug lists', () => {
    const rows = parseStatusTable(`# note\n${HEAD}\nold\t\t\t2021-06-01\tnew\t\t国办发〔2021〕1号\n`, 'status.tsv', known);
    expect(rows.get('old')).toMatchObject({ repealed: '2021-06-01', replacedBy: ['new'], line: 3 });
  });

  it('names the file and line of every error', () => {
    const text = `${HEAD}\nold\t作废\t\t\t\t\tx\nnone\t现行有效\t\t\t\t\tx\nnew\t现行有效\t2021-13\t\t\t\t\n`;
    let message = '';
    try {
      parseStatusTable(text, 'content/status.tsv', known);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('content/status.tsv:2: status "作废" is not one of');
    expect(message).toContain('content/status.tsv:3: no document has the slug "none"');
    expect(message).toContain('content/status.tsv:4: effective "2021-13" must be an ISO date');
    expect(message).toContain('content/status.tsv:4: source is empty');
  });

  it('rejects a bad header', () => {
    expect(() => parseStatusTable('slug\tstatus\n', 's.tsv')).toThrow(/s\.tsv:1: header must name the columns.*missing effective/);
  });

  it('a repeal without a status means 已废止; no row changes nothing', () => {
    const data = { title: 't', slug: 'old', type: '通知', script: 'hans' as const, source: { file: 'f' } };
    expect(applyStatus(data, undefined)).toBe(data);
    expect(applyStatus(data, { slug: 'old', repealed: '2021-06-01', source: 'x', line: 2 })).toMatchObject({ status: '已废止', repealed: '2021-06-01' });
  });
});
