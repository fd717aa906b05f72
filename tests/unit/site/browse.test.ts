// Browse index and pages on a small fixture corpus (tests/fixtures/browse/input): grouping across
// scripts, group order and slugs, paging, routes. expected/pages.txt lists every page at size 3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browsePages, browseRoute, browseTitle, buildBrowseIndex, byLetter, byLevel, groupLabel, type BrowsePage, type Group } from '../../../src/lib/browse.ts';
import { loadCorpus } from '../../../src/lib/docs.ts';
import { ui } from '../../../src/lib/i18n.ts';
import { docConverter } from '../../../src/lib/script-view.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/browse');
const { docs, bySlug } = loadCorpus(join(FIXTURE, 'input'));
const index = buildBrowseIndex(docs, bySlug, (doc, script) => docConverter(doc.data, script, 'tw'));
const slugs = (list: { data: { slug: string } }[]) => list.map((d) => d.data.slug);

/** One line per page: route, kind, page x/y, the documents or groups on it. */
function describePage(p: BrowsePage): string {
  const route = browseRoute('hans', p);
  if (p.kind === 'index') return `${route}  index  ${p.groups.map((g) => `${g.slug}=${g.docs.length}`).join(' ')}`;
  return `${route}  ${p.kind} ${p.page}/${p.pages}  ${slugs(p.docs).join(' ')}`;
}

describe('browse index', () => {
  it('oldest first keeps undated documents last (in their newest-first order)', () => {
    expect(slugs(index.oldest).slice(0, 3)).toEqual(['2020-h', '2021-g', '2022-f']);
    expect(slugs(index.oldest).slice(-4)).toEqual(['x-undated', 'h-1', 'h-2', 'h-3']);
  });

  it('an issuer written in either script is one group, labelled in each script', () => {
    const gwy = index.groups.issuer.find((g) => g.slug === 'guowuyuan')!;
    expect(slugs(gwy.docs)).toEqual(['2024-a', '2024-b']);
    expect(gwy.name).toEqual({ hans: '国务院', hant: '國務院' });
    const yijian = index.groups.type.find((g) => g.key === '意见')!;
    expect([yijian.slug, yijian.docs.length, yijian.name?.hant]).toEqual(['yijian', 3, '意見']);
  });

  it('groups: bigger first, the "none" group last with its own label', () => {
    const issuers = index.groups.issuer;
    expect(issuers[0]!.slug).toBe('guowuyuan');
    expect(issuers.at(-1)!.slug).toBe('none');
    expect(groupLabel(issuers.at(-1)!, 'hant', ui.hant)).toBe('發文機關不詳');
    expect(index.groups.year.map((g) => g.slug)).toEqual(['2024', '2023', '2022', '2021', '2020', 'undated']);
  });

  it('a compilation lists its articles in collection order, titled by its own document', () => {
    const coll = index.groups.collection.find((g) => g.key === '2020-h')!;
    expect(slugs(coll.docs)).toEqual(['h-1', 'h-2', 'h-3']);
    expect(coll.name?.hans).toBe('辛汇编');
    expect(index.groups.collection.at(-1)!.slug).toBe('none');
    // Compilations in the order of their own documents, newest first.
    expect(index.groups.collection.map((g) => g.slug)).toEqual(['2020-h', 'none']);
  });

  it('slugs are ASCII and unique in each view; clashing names get hashes', () => {
    for (const groups of Object.values(index.groups)) {
      const all = groups.map((g) => g.slug);
      expect(new Set(all).size).toBe(all.length);
      for (const s of all) expect(s).toMatch(/^[a-z0-9-]+$/);
    }
    const water = index.groups.issuer.filter((g) => g.slug.startsWith('zjsswt'));
    expect(water.map((g) => g.slug).every((s) => /^zjsswt-[0-9a-f]{4}$/.test(s))).toBe(true);
    expect(water).toHaveLength(2);
  });
});

describe('issuer index by letter', () => {
  it('pinyin order under the first letter of the pinyin, "none" last', () => {
    const sections = byLetter(index.groups.issuer).map((s) => `${s.letter}: ${s.groups.map((g) => g.key || '-').join(' ')}`);
    expect(sections).toEqual([
      'g: 国务院',
      'z: 浙江省人大常委会 浙江省人民政府 浙江省人民政府办公厅 浙江省商务厅 浙江省水务厅 中共浙江省委',
      ': -',
    ]);
  });
  it('Latin names under their letter, names with no pinyin under #, polyphones as pinyin-pro reads them', () => {
    const g = (key: string, slug: string): Group => ({ view: 'issuer', key, slug, name: { hans: key, hant: key }, docs: [] });
    const sections = byLetter([g('★委员会', 'g-1234'), g('长沙市人民政府', 'cssrmzf'), g('WTO 事务中心', 'wto-swzx'), g('北京市', 'beijingshi')]);
    expect(sections.map((s) => [s.letter, s.groups.map((x) => x.slug)])).toEqual([
      ['b', ['beijingshi']],
      ['c', ['cssrmzf']],
      ['w', ['wto-swzx']],
      ['#', ['g-1234']],
    ]);
  });
});

describe('browse pages', () => {
  it('every page at page size 3 (expected/pages.txt)', () => {
    const actual = browsePages(index, 3).map(describePage).join('\n') + '\n';
    expect(actual).toBe(readFileSync(join(FIXTURE, 'expected/pages.txt'), 'utf8'));
  });

  it('each document is on exactly one page of each flat list and in one group of each view', () => {
    const pages = browsePages(index, 5);
    for (const view of ['newest', 'oldest'] as const) {
      const listed = pages.flatMap((p) => (p.kind === 'list' && p.view === view ? slugs(p.docs) : []));
      expect([...listed].sort()).toEqual(slugs(docs).sort());
    }
    for (const groups of Object.values(index.groups)) expect(groups.flatMap((g) => slugs(g.docs)).sort()).toEqual(slugs(docs).sort());
  });

  it('one page when everything fits; routes are stable; titles name the group and page', () => {
    const pages = browsePages(index, 100);
    const newest = pages.filter((p) => p.kind === 'list' && p.view === 'newest');
    expect(newest).toHaveLength(1);
    expect(browseRoute('hant', newest[0]!)).toBe('zh-hant/browse/newest/');
    const paged = browsePages(index, 2).find((p) => p.kind === 'group' && p.group.slug === 'undated' && p.page === 2)!;
    // Further pages are numbered from the end that does not grow (stable pages): the second of two is 1.
    expect(browseRoute('hans', paged)).toBe('zh-hans/browse/year/undated/1/');
    expect(browseRoute('hans', paged, 1)).toBe('zh-hans/browse/year/undated/');
    expect(browseTitle(paged, 'hant', ui.hant)).toBe('日期不詳 · 按年份 · 第 2 頁');
  });
});

describe('issuer index by level', () => {
  it('中央, then 省级 …, pinyin order within a level, "none" last', () => {
    const sections = byLevel(index.groups.issuer).map((s) => `${s.level}: ${s.groups.map((g) => g.key || '-').join(' ')}`);
    expect(sections).toEqual([
      'central: 国务院',
      'province: 浙江省人大常委会 浙江省人民政府 浙江省人民政府办公厅 浙江省商务厅 浙江省水务厅 中共浙江省委',
      ': -',
    ]);
  });
});
