import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { escapeParagraph, yamlString } from '../../../scripts/convert/emit-escape.ts';
import { emit } from '../../../scripts/convert/emit.ts';
import { emitTable } from '../../../scripts/convert/emit-table.ts';
import { tableText } from '../../../scripts/convert/table.ts';
import type { DocumentModel } from '../../../scripts/convert/types.ts';

const NASTY = [
  '<script>alert("x")</script>',
  '&amp; &lt; &#x41;',
  '*em* **strong** _u_ `code`',
  '[link](http://e.com) ![img](x.png) <http://e.com>',
  '# not a heading',
  '---',
  '***',
  '> not a quote',
  '- not a list',
  '+ not a list',
  '1. not a list',
  '2) not a list',
  '=====',
  '{#fake .run-in}',
  'back\\slash ~tilde~ | pipe |',
  '<!-- comment -->',
  '    indented',
];

function doc(over: Partial<DocumentModel> = {}): DocumentModel {
  return {
    title: '标题 "引号" \\ 反斜杠 \n 换行 --- #',
    slug: 'x',
    issuer: null,
    date: '2021-05-20',
    type: '意见',
    script: 'hans',
    source: { file: 'a.txt', startLine: 1, endLine: 2, startOffset: 0, endOffset: 10 },
    preamble: NASTY,
    sections: [{ id: 's1', depth: 1, marker: '一、', heading: '一、<b>粗</b>*星*{#s9}', runIn: false, body: ['正文'], children: [] }],
    ...over,
  };
}

describe('escapeParagraph', () => {
  it.each(NASTY)('%s survives CommonMark parsing as text', (text) => {
    const tree = fromMarkdown(escapeParagraph(text));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
    expect(toString(tree)).toBe(text.trim());
  });
});

describe('emit', () => {
  it('keeps every preamble paragraph and the heading text literal', () => {
    const md = emit(doc());
    const body = md.slice(md.indexOf('\n---\n', 4) + 5);
    const tree = fromMarkdown(body);
    const paras = tree.children.filter((n) => n.type === 'paragraph').map((n) => toString(n));
    expect(paras.slice(0, NASTY.length)).toEqual(NASTY.map((t) => t.trim()));
    const heading = tree.children.find((n) => n.type === 'heading')!;
    expect(heading).toMatchObject({ depth: 2 });
    expect(toString(heading)).toBe('一、<b>粗</b>*星*{#s9} {#s1}');
  });

  it('writes YAML strings that round-trip through JSON', () => {
    const md = emit(doc());
    const line = md.split('\n').find((l) => l.startsWith('title: '))!;
    expect(JSON.parse(line.slice(7))).toBe(doc().title);
    expect(yamlString('a"b')).toBe('"a\\"b"');
  });

  it('marks run-in headings and nests levels by depth', () => {
    const md = emit(doc({ preamble: [], sections: [{ id: 's1', depth: 1, marker: '一、', heading: '一、总体要求', runIn: false, body: [], children: [{ id: 's1-1', depth: 2, marker: '（一）', heading: '（一）指导思想。', runIn: true, body: ['以新思想为指导。'], children: [] }] }] }));
    expect(md).toContain('## 一、总体要求 {#s1}\n\n### （一）指导思想。 {#s1-1 .run-in}\n\n以新思想为指导。\n');
  });

  it('writes null dates and issuers as YAML null and quotes ISO dates', () => {
    const md = emit(doc({ date: null }));
    expect(md).toContain('\ndate: null\n');
    expect(md).toContain('\nissuer: null\n');
    expect(emit(doc())).toContain('\ndate: "2021-05-20"\n');
  });

  it('is deterministic', () => {
    expect(emit(doc())).toBe(emit(doc()));
  });
});

describe('emitTable', () => {
  it('makes a first row of column words the header', () => {
    const md = emitTable(tableText([['序号', '名称', '牵头单位'], ['1', '某项工作', '某部']]));
    expect(md.split('\n')[0]).toBe('| 序号 | 名称 | 牵头单位 |');
  });
  it('reads the column words of Taiwan law database drawn tables (縣（市）別 | 在途期間日數 | 備考) as a header', () => {
    const md = emitTable(tableText([['縣（市）別', '在途期間日數', '備考'], ['新北市', '二日', '']]));
    expect(md.split('\n')[0]).toBe('| 縣（市）別 | 在途期間日數 | 備考 |');
  });
  it('keeps a first row of data as data under an empty header', () => {
    const md = emitTable(tableText([['梁言顺', '中央宣传部副部长'], ['王作安', '中央统战部副部长']]));
    expect(md.split('\n')).toEqual(['|  |  |', '| --- | --- |', '| 梁言顺 | 中央宣传部副部长 |', '| 王作安 | 中央统战部副部长 |']);
  });
});
