import { describe, expect, it } from 'vitest';
import type { FoundRef } from '../../../src/lib/xref/corpus.ts';
import { linkPages, slugsShown } from '../../../src/lib/xref/link-pages.ts';
import { reasonText } from '../../../src/lib/report/xref-reasons.ts';
import type { Why } from '../../../src/lib/xref/resolve.ts';

const ref = (slug: string, outcome: FoundRef['outcome'] = { ok: true, id: 'art1' }): FoundRef => ({ slug, section: 'art2', kind: 'article', text: '第一条', outcome });
const refs = (slug: string, n: number) => Array.from({ length: n }, () => ref(slug));

describe('links report pages', () => {
  it('keeps a document on one page and starts a page before it would overflow', () => {
    const pages = linkPages([...refs('a', 3), ...refs('b', 3), ...refs('c', 5), ...refs('d', 1)], 6);
    expect(pages.map((p) => p.map(([s, r]) => `${s}${r.length}`))).toEqual([['a3', 'b3'], ['c5', 'd1']]);
  });
  it('gives a document larger than a page a page of its own', () => {
    const pages = linkPages([...refs('a', 1), ...refs('b', 9), ...refs('c', 1)], 4);
    expect(pages.map((p) => p.map(([s]) => s))).toEqual([['a'], ['b'], ['c']]);
  });
  it('has one empty page for a corpus without references', () => {
    expect(linkPages([])).toEqual([[]]);
  });
  it('lists every document a page names, targets and candidates included', () => {
    const [page] = linkPages([ref('x', { ok: true, slug: 't' }), ref('x', { ok: false, why: { code: 'ambiguous', count: 2 }, ambiguous: ['m', 'n'] })]);
    expect(slugsShown(page!)).toEqual(['m', 'n', 't', 'x']);
  });
});

describe('reasons in words', () => {
  const all: Why[] = [
    { code: 'no-articles' }, { code: 'no-article', article: '30之1' }, { code: 'target-no-article', article: '9' },
    { code: 'outside-article', word: '前款' }, { code: 'no-part', id: 'pt4' }, { code: 'no-chapter', id: 'ch9' },
    { code: 'unquoted-title' }, { code: 'via-corpus' }, { code: 'self' }, { code: 'no-title' }, { code: 'ambiguous', count: 3 },
  ];
  it('says every reason in Chinese, with its data', () => {
    for (const why of all) expect(reasonText(why)).toMatch(/[\u4e00-\u9fff]/);
    expect(reasonText({ code: 'no-article', article: '30之1' })).toBe('本文件没有第30之1条');
    expect(reasonText({ code: 'ambiguous', count: 3 })).toContain('3 个文件同名');
  });
});
