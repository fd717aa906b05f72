import { describe, expect, it } from 'vitest';
import { scanReferences } from '../../../src/lib/xref/scan.ts';
import { numeralValue } from '../../../src/lib/xref/numerals.ts';
import { titleKey } from '../../../src/lib/xref/title-key.ts';
import { buildCorpusXref, countRefs } from '../../../src/lib/xref/corpus.ts';
import { renderViews } from '../../../src/lib/render/render-views.ts';
import { scriptConverter } from '../../../src/lib/script-view.ts';

const law = `
## 第一章 总则 {#ch1}

### 第一条 {#art1 .run-in}

为了规范管理，制定本条例。

### 第二条 {#art2 .run-in}

依照本条例第十条的规定办理，但是宪法第十条另有规定的除外。

前款规定的事项，适用本条第一款第（三）项和第二章的规定。

## 第二章 管理 {#ch2}

### 第十条 {#art10 .run-in}

参照《中共中央、国务院关于某事的意见》（中发〔2021〕12号）第三条执行，并见《不存在的文件》和《同名》。
`;

const opinion = `
## 一、总体要求 {#s1}

### 第三条 {#art3 .run-in}

内容。
`;

const identity = (s: string) => s;
const docs = [
  { slug: 'law', title: '某某管理条例', body: law, toSimplified: identity },
  { slug: 'opinion', title: '中共中央 国务院关于某事的意见', docNumber: '中发〔2021〕12号', body: opinion, toSimplified: identity },
  { slug: 'same-a', title: '同名', body: '正文。', toSimplified: identity },
  { slug: 'same-b', title: '同名', body: '正文。', toSimplified: identity },
];

describe('numerals and keys', () => {
  it('reads Chinese numerals', () => {
    expect([numeralValue('十'), numeralValue('十二'), numeralValue('二十三'), numeralValue('一百零五'), numeralValue('三千'), numeralValue('12')]).toEqual([10, 12, 23, 105, 3000, 12]);
  });
  it('meets the usual variations of one title', () => {
    const a = titleKey('中共中央 国务院关于某事的意见');
    expect(titleKey('中共中央、国务院关于某事的意见')).toBe(a);
    expect(titleKey('中共中央　国务院关于某事的意见')).toBe(a);
    expect(titleKey('中共中央國務院關於某事的意見', scriptConverter('hant', 'hans'))).toBe(a);
    expect(titleKey('中共中央关于某事的意见')).not.toBe(a);
  });
  it('finds references and skips labels and other texts', () => {
    expect(scanReferences('第一条　为了', true)).toEqual([]);
    expect(scanReferences('宪法第十条')[0]!.kind).toBe('other-text');
    expect(scanReferences('第三次全国农业普查')).toEqual([]);
  });
});

describe('corpus cross-references', () => {
  const x = buildCorpusXref(docs);
  const byText = (t: string) => x.refs.find((r) => r.text.startsWith(t))!;
  it('resolves within the document and between documents, and says why not', () => {
    expect(byText('本条例第十条').outcome).toEqual({ ok: true, id: 'art10' });
    expect(byText('前款').outcome).toEqual({ ok: true, id: 'art2' });
    expect(byText('本条第一款').outcome).toEqual({ ok: true, id: 'art2' });
    expect(byText('第二章').outcome).toEqual({ ok: true, id: 'ch2' });
    expect(byText('第十条').kind).toBe('other-text');
    expect(byText('《中共中央、国务院').outcome).toEqual({ ok: true, slug: 'opinion', id: 'art3' });
    expect(byText('《不存在').outcome).toMatchObject({ ok: false, why: { code: 'no-title' } });
    expect(byText('《同名》').outcome).toMatchObject({ ok: false, why: { code: 'ambiguous', count: 2 }, ambiguous: ['same-a', 'same-b'] });
    expect(countRefs(x.refs)).toMatchObject({ found: 8, resolved: 5, ambiguous: 1, unresolved: 2 });
  });
  it('knows who cites whom', () => {
    expect(x.citedBy.get('opinion')).toEqual([{ slug: 'law', section: 'art10', heading: '第十条' }]);
  });

  it('links in every view (read 简体/繁體, compare) to the same ids', async () => {
    const views = await renderViews({ body: law, data: { title: '某某管理条例', slug: 'law', type: '条例', script: 'hans', source: { file: 'x.txt' } }, filePath: 'law.md', xref: x.contexts.get('law') }, 'tw');
    for (const html of [views.read.hans.html, views.read.hant.html, views.compare.html]) {
      expect(html).toContain('href="#art10"');
      expect(html).toContain('href="#ch2"');
      expect(html).toContain('href="../opinion/#art3"');
      expect(html).not.toContain('href="#art10">第十条</a>另有'); // 宪法第十条 is not linked
    }
    expect(views.read.hant.html).toMatch(/<a href="#art10" class="xref">本條例第十條<\/a>/);
  });
});

describe('lists of articles', () => {
  it('a later member belongs to the text of the first', () => {
    expect(scanReferences('依据民法典第八十四条、公司法第二十一条规定').map((r) => r.kind)).toEqual(['other-text', 'other-text']);
    expect(scanReferences('公司法第二十一条、第八十四条').map((r) => r.kind)).toEqual(['other-text', 'other-text']);
    const refs = scanReferences('《某某法》第三条、第五条和本法第六条');
    expect(refs.map((r) => r.kind)).toEqual(['document', 'document', 'article']);
    expect(refs[1]).toMatchObject({ title: '某某法', target: { article: 5 } });
  });
});
