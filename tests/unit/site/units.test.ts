// Small pure helpers of the site: config from the environment, relative links, heading markers,
// heading attribute blocks.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/lib/config.ts';
import { relativeHref, reportSlug, linker } from '../../../src/lib/paths.ts';
import { matchMarker } from '../../../src/lib/format/markers.ts';
import { extendPath, clauseParentId } from '../../../src/lib/format/citation.ts';
import { parseAttributes } from '../../../src/lib/remark/heading-attributes.ts';

describe('config', () => {
  it('reads overrides from the environment and normalises the base path', () => {
    const c = loadConfig({ WENYUAN_BASE: 'intranet/policy', WENYUAN_VARIANT: 'hk', WENYUAN_CORPUS: 'tests/fixtures/site/docs' });
    expect(c.base).toBe('/intranet/policy/');
    expect(c.variant).toBe('hk');
    expect(c.corpusDir).toBe('tests/fixtures/site/docs');
    expect(c.reportDir).toBe('tests/fixtures/site/report');
  });
  it('defaults: Taiwan variant, simplified first, root base', () => {
    const c = loadConfig({});
    expect([c.base, c.variant, c.defaultScript]).toEqual(['/', 'tw', 'hans']);
  });
  it('rejects a bad variant with a message naming the variable', () => {
    expect(() => loadConfig({ WENYUAN_VARIANT: 'jp' })).toThrow(/variant.*WENYUAN_|WENYUAN_.*variant/s);
  });
  it('names a missing corpus directory and what to do', () => {
    expect(() => loadConfig({ WENYUAN_CORPUS: 'no/such/dir' })).toThrow(/no\/such\/dir.*npm run convert/);
  });
  it('rejects a base path with spaces', () => {
    expect(() => loadConfig({ WENYUAN_BASE: '/my docs/' })).toThrow(/base/);
  });
});

describe('relative links', () => {
  it('works from the root, one and two levels down', () => {
    expect(relativeHref('', 'zh-hans/a/')).toBe('./zh-hans/a/');
    expect(relativeHref('zh-hans/', 'zh-hant/')).toBe('../zh-hant/');
    expect(relativeHref('zh-hans/a/', 'compare/a/')).toBe('../../compare/a/');
    expect(relativeHref('zh-hans/browse/year/', '')).toBe('../../../');
  });
  it('is absolute under the base for pages served at any URL', () => {
    expect(linker(null, '/x/y/')('zh-hans/')).toBe('/x/y/zh-hans/');
  });
  it('report pages are named after the raw file without extension', () => {
    expect(reportSlug('000_063fad30c2e823b0.txt')).toBe('000_063fad30c2e823b0');
    expect(reportSlug('a b.txt')).toMatch(/^a-b-[0-9a-f]{8}$/);
  });
});

// The site no longer guesses markers: the converter's table (format/markers.ts) is the one source.
describe('heading markers (shared table)', () => {
  it.each([
    ['一、坚持党的领导', '一、'],
    ['（二）健全体系', '（二）'],
    ['(3)半角括号', '(3)'],
    ['4.准确把握', '4.'],
    ['12．全角点', '12．'],
    ['第十五条　适用', '第十五条'],
    ['第二章 总则', '第二章'],
    ['第一節 總則', '第一節'],
    ['一是坚持', '一是'],
    ['1严格执法', '1'],
    ['2025年目标', ''],
    ['没有编号', ''],
  ])('%s → %s', (text, marker) => expect(matchMarker(text)?.marker ?? '').toBe(marker));
});

describe('citation paths', () => {
  it.each([
    [['一、', '（三）', '4.'], '一、（三）4.'],
    [['第四编', '第一章', '第一千零一十五条', '第二款'], '第四编 第一章 第一千零一十五条 第二款'],
    [['1', '1.2', '1.2.1'], '1.2.1'],
    [['第四條', '（一）'], '第四條 （一）'],
    [['序言'], '序言'],
    [['首先', '一是'], '首先一是'],
    [['附件1', '一、'], '附件1 一、'],
  ])('%j → %s', (markers, path) => expect(markers.reduce(extendPath, '')).toBe(path));
  it('a 款 id names its article', () => {
    expect(clauseParentId('art4-p2')).toBe('art4');
    expect(clauseParentId('art30a1-p3')).toBe('art30a1');
    expect(clauseParentId('s1-2')).toBeNull();
  });
});

describe('heading attribute blocks', () => {
  it('reads id and classes', () => expect(parseAttributes('#s1-2 .run-in')).toEqual({ id: 's1-2', classes: ['run-in'] }));
  it('reads the citation marker', () => expect(parseAttributes('#art4-p2 marker=第二款')).toEqual({ id: 'art4-p2', classes: [], marker: '第二款' }));
  it('refuses what it does not understand', () => expect(parseAttributes('花括号')).toBeNull());
});
