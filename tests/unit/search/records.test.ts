// Records of a document and the way the browser reads them back: a record goes through what
// Pagefind does to its content (whitespace rewritten, zero-width spaces added), then the engine
// must place a match in the right section with the right path.
import { describe, expect, it } from 'vitest';
import { docRecords, groupSections, type RecordDoc } from '../../../scripts/search/records.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';

const doc: RecordDoc = {
  slug: '2019-11-22-test',
  lang: 'zh-Hans',
  title: '关于推进省域治理现代化的决定',
  script: 'hant',
  date: '2019-11-22',
  filters: { issuer: '中共浙江省委', year: '2019', type: '决定', collection: '' },
  sections: [
    { id: '', depth: 0, path: [], text: '（2019年11月22日通过）' },
    { id: 's1', depth: 2, path: ['一、总体要求'], text: '一、总体要求\n坚持党的全面领导。' },
    { id: 's1-1', depth: 3, path: ['一、总体要求', '（一）基本原则'], text: '（一）基本原则\n以人民为中心，深化数字化改革。' },
    { id: 's1-2', depth: 3, path: ['一、总体要求', '（二）主要目标'], text: '（二）主要目标\n到2025年，基层治理体系更加完善。' },
    { id: 's2', depth: 2, path: ['二、保障措施'], text: '二、保障措施\n加强组织领导，数字化改革落地见效。' },
  ],
};

/** What Pagefind hands back as a fragment's content. */
const pagefindContent = (s: string) => s.replace(/\s+/g, ' ').replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1\u200b');

function fakeEngine(records: ReturnType<typeof docRecords>) {
  const Engine = SearchEngine as unknown as new (...a: unknown[]) => SearchEngine;
  const engine = new Engine('/', 'zh-Hans', {}, { t2s: {}, s2t: {} }, {}, ['/pagefind/zh-hans/0/']);
  const results = records.map((r, i) => ({ id: String(i), score: 1, data: async () => ({ url: r.url, content: pagefindContent(r.content), meta: r.meta, filters: r.filters }) }));
  return { engine, results };
}

describe('groupSections', () => {
  it('groups consecutive sections up to the size, never splitting one', () => {
    const g = groupSections([{ text: 'aaaa' }, { text: 'bb' }, { text: 'cccccccc' }, { text: 'd' }], 6);
    expect(g.map((x) => x.map((s) => s.text).join('|'))).toEqual(['aaaa|bb', 'cccccccc', 'd']);
  });
});

describe('docRecords', () => {
  it('puts the title in the first record and links each record to its first section', () => {
    const records = docRecords(doc, 40);
    expect(records.length).toBeGreaterThan(1);
    expect(records[0]!.url).toBe('/zh-hans/2019-11-22-test/');
    expect(records[0]!.content.replace(/\s+/g, '')).toMatch(/^关于推进省域治理现代化的决定（2019年/);
    expect(records.slice(1).every((r) => /#s\d/.test(r.url))).toBe(true);
    expect(records[0]!.filters).toEqual({ issuer: ['中共浙江省委'], year: ['2019'], type: ['决定'] });
    expect(records[0]!.sort).toEqual({ date: '2019-11-22' });
    expect(records[0]!.meta).toMatchObject({ title: doc.title, script: 'hant', date: '2019-11-22' });
  });

  it('segments the content into words for the index', () => {
    expect(docRecords(doc, 10_000)[0]!.content).toMatch(/数字 化 改革|数字化 改革/);
  });

  it('gives a record that starts inside a section the headings above it', () => {
    const records = docRecords(doc, 30);
    const sub = records.find((r) => r.url.endsWith('#s1-2'))!;
    expect(JSON.parse(sub.meta.ctx!)).toEqual([[2, '一、总体要求']]);
  });
});

describe('engine: a record read back from Pagefind', () => {
  for (const size of [30, 10_000]) {
    it(`places every match in its section with its path (records of ${size} characters)`, async () => {
      const { engine, results } = fakeEngine(docRecords(doc, size));
      const hits = (await Promise.all(results.map((r) => engine.verify(r as never, '数字化改革')))).filter((h) => h !== undefined);
      const sections = hits.flatMap((h) => [h, ...h.more]).map((s) => [s.url, s.sectionPath.join(' › '), s.excerpt.match]);
      expect(sections).toEqual([
        ['/zh-hans/2019-11-22-test/#s1-1', '一、总体要求 › （一）基本原则', '数字化改革'],
        ['/zh-hans/2019-11-22-test/#s2', '二、保障措施', '数字化改革'],
      ]);
      expect(hits[0]!.pageUrl).toBe('/zh-hans/2019-11-22-test/');
      expect(hits[0]!.title).toBe(doc.title);
      expect(hits[0]!.meta.issuer).toBe('中共浙江省委');
      expect(hits[0]!.original).toBe('hant');
    });
  }

  it('finds the title and the text before the first heading at the top of the page', async () => {
    const { engine, results } = fakeEngine(docRecords(doc, 10_000));
    const hit = await engine.verify(results[0] as never, '省域治理');
    expect(hit?.url).toBe('/zh-hans/2019-11-22-test/');
    expect(hit?.sectionPath).toEqual([]);
    expect(await engine.verify(results[0] as never, '量子计算')).toBeUndefined();
  });
});

describe('build:search input', () => {
  it('says what to run when the corpus has no pre-rendered store', async () => {
    const { openStore } = await import('../../../scripts/search/doc-source.ts');
    expect(() => openStore('tests/fixtures/site/docs', '/nonexistent-store')).toThrow(/no pre-rendered store for tests\/fixtures\/site\/docs.*npm run build:site/);
  });
});
