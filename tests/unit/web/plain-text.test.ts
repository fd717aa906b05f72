import { describe, expect, it } from 'vitest';
import { firstParagraph, markdownToText } from '../../../src/lib/web/plain-text.ts';

const md = `
（2019年1月1日通过）

## 第一章 总则 {#ch1}

### 第一条 {#art1 .run-in}

星号\\*不是强调\\*，见[第二条](#art2)。
第二行。
`;

describe('plain text', () => {
  it('drops heading marks, attribute blocks, link syntax and escapes', () => {
    expect(markdownToText(md)).toBe('（2019年1月1日通过）\n\n第一章 总则\n\n第一条\n\n星号*不是强调*，见第二条。\n第二行。\n');
  });
  it('describes by the first paragraph that is not a heading or adoption note', () => {
    expect(firstParagraph(md)).toBe('星号*不是强调*，见第二条。第二行。');
    expect(firstParagraph('一二三四五', 3)).toBe('一二三…');
    expect(firstParagraph('## only {#s1}')).toBe('');
  });
  it('head and closing lines lose their {.role} block, and a head line never describes the page', () => {
    const roles = '2020年11月27日 某市人大常委会会议通过 {.history-note}\n\n第一条 正文。\n\n某市人民政府 {.signer}\n';
    expect(markdownToText(roles)).toBe('2020年11月27日 某市人大常委会会议通过\n\n第一条 正文。\n\n某市人民政府\n');
    expect(firstParagraph(roles)).toBe('第一条 正文。');
  });
  it('a decree cover is a head line: its role goes, its text stays, it never describes the page', () => {
    const cover = '中华人民共和国国务院令 {.decree-cover}\n\n现公布《某某条例》，自2019年1月1日起施行。 {.decree-cover}\n\n第一条 正文。\n';
    expect(markdownToText(cover)).toBe('中华人民共和国国务院令\n\n现公布《某某条例》，自2019年1月1日起施行。\n\n第一条 正文。\n');
    expect(firstParagraph(cover)).toBe('第一条 正文。');
  });
});
