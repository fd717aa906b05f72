// Citation formats: expected strings per format, in both scripts, with and without
// 文号, date, address; law numbering at 条/款/项 level; policy outlines in words.
import { describe, expect, it } from 'vitest';
import { formatCitation, type CiteInput } from '../../../src/lib/cite/format.ts';
import { chineseNumber, locatorWords, ownMarkers } from '../../../src/lib/cite/locator.ts';

const policy: CiteInput = {
  script: 'hans',
  title: '浙江省数字化改革实施方案（2021—2025年）',
  issuer: '浙江省人民政府办公厅',
  date: '2021-03-01',
  docNumber: '浙政办发〔2021〕5号',
  siteTitle: '文渊',
  locator: '第三部分第（二）条',
  sectionTitle: '做好各类规划信息集中公开',
  url: 'https://policy.example.cn/zh-hans/szhgg/#s3-2',
  accessed: '2026-12-07',
};

describe('formatCitation', () => {
  it('plain Chinese: issuer《title》（文号）place “section”，URL', () => {
    expect(formatCitation('plain', policy)).toBe(
      '浙江省人民政府办公厅《浙江省数字化改革实施方案（2021—2025年）》（浙政办发〔2021〕5号）第三部分第（二）条“做好各类规划信息集中公开”，https://policy.example.cn/zh-hans/szhgg/#s3-2',
    );
  });

  it('GB/T 7714-2015 electronic resource', () => {
    expect(formatCitation('gbt', policy)).toBe(
      '浙江省人民政府办公厅. 浙江省数字化改革实施方案（2021—2025年）: 浙政办发〔2021〕5号[EB/OL]. (2021-03-01)[2026-12-07]. https://policy.example.cn/zh-hans/szhgg/#s3-2',
    );
  });

  it('法学引注手册', () => {
    expect(formatCitation('law', policy)).toBe(
      '《浙江省数字化改革实施方案（2021—2025年）》（浙政办发〔2021〕5号）第三部分第（二）条，载文渊，https://policy.example.cn/zh-hans/szhgg/#s3-2，最后访问日期：2026年12月7日。',
    );
  });

  it('without 文号: the date in its place (plain), none in GB/T; without issuer or address', () => {
    const bare: CiteInput = { ...policy, docNumber: undefined, issuer: undefined, url: undefined };
    expect(formatCitation('plain', bare)).toBe('《浙江省数字化改革实施方案（2021—2025年）》（2021年3月1日）第三部分第（二）条“做好各类规划信息集中公开”');
    expect(formatCitation('gbt', bare)).toBe('浙江省数字化改革实施方案（2021—2025年）[EB/OL]. (2021-03-01)[2026-12-07].');
    expect(formatCitation('law', bare)).toBe('《浙江省数字化改革实施方案（2021—2025年）》第三部分第（二）条。');
    expect(formatCitation('plain', { ...bare, date: undefined, locator: '' })).toBe('《浙江省数字化改革实施方案（2021—2025年）》');
  });

  it('a repealed document says so; a title quoting another title nests 〈〉', () => {
    const old: CiteInput = { ...policy, title: '关于贯彻《条例》的意见', repealed: true, locator: '第十五条', sectionTitle: undefined };
    expect(formatCitation('plain', old)).toBe('浙江省人民政府办公厅《关于贯彻〈条例〉的意见》（浙政办发〔2021〕5号）（已废止）第十五条，https://policy.example.cn/zh-hans/szhgg/#s3-2');
    expect(formatCitation('law', old)).toMatch(/^《关于贯彻〈条例〉的意见》（浙政办发〔2021〕5号）（已废止）第十五条，载文渊，/);
  });

  it('traditional pages: traditional words and 「」 quotes', () => {
    const hant: CiteInput = { ...policy, script: 'hant', title: '浙江省數字化改革實施方案', issuer: '浙江省人民政府辦公廳', docNumber: '浙政辦發〔2021〕5號', locator: '第三部分第（二）條', sectionTitle: '做好各類規劃資訊集中公開', repealed: true };
    expect(formatCitation('plain', hant)).toBe('浙江省人民政府辦公廳《浙江省數字化改革實施方案》（浙政辦發〔2021〕5號）（已廢止）第三部分第（二）條「做好各類規劃資訊集中公開」，https://policy.example.cn/zh-hans/szhgg/#s3-2');
    expect(formatCitation('law', hant)).toMatch(/，載文渊，https:.*，最後訪問日期：2026年12月7日。$/);
  });
});

describe('locatorWords', () => {
  it('a policy outline in words: 一、（二）1. → 第一部分第（二）条第1项 (no dangling 、)', () => {
    expect(locatorWords(['一、'], 'hans')).toBe('第一部分');
    expect(locatorWords(['三、', '（二）', '1.'], 'hans')).toBe('第三部分第（二）条第1项');
    expect(locatorWords(['三、', '（二）'], 'hant')).toBe('第三部分第（二）條');
  });

  it('law numbering at 条/款/项 level', () => {
    expect(locatorWords(['第三章', '第十五条'], 'hans')).toBe('第三章第十五条');
    expect(locatorWords(['第十五条', '（一）'], 'hans')).toBe('第十五条第一项');
    expect(locatorWords(['第十五条'], 'hans', 2)).toBe('第十五条第二款');
    expect(locatorWords(['第十五條', '（一）'], 'hant')).toBe('第十五條第一項');
    expect(locatorWords(['第三十条之一'], 'hans')).toBe('第三十条之一');
    expect(locatorWords(['一、'], 'hans', 2)).toBe('第一部分'); // 款 only under an article
    // An item of a list that starts again in a later 款 (the converter's marker 第二款（一）).
    expect(locatorWords(['第十五条', '第二款（一）'], 'hans')).toBe('第十五条第二款第一项');
    expect(locatorWords(['第四编', '第一章', '第一千零一十五条'], 'hans', 3)).toBe('第四编第一章第一千零一十五条第三款');
  });

  it('markers no rule knows are cited as written, without trailing punctuation; empty ones skipped', () => {
    expect(locatorWords(['一是'], 'hans')).toBe('一是');
    expect(locatorWords(['', '第一，'], 'hans')).toBe('第一');
  });
});

describe('ownMarkers / chineseNumber', () => {
  it('splits cumulative data-cite paths into each heading\'s own marker', () => {
    expect(ownMarkers(['一、', '一、（二）', '一、（二）1.'])).toEqual(['一、', '（二）', '1.']);
    expect(ownMarkers(['', '一是'])).toEqual(['', '一是']);
  });
  it('numbers paragraphs as law text does', () => {
    expect([1, 2, 10, 12, 20, 35].map(chineseNumber)).toEqual(['一', '二', '十', '十二', '二十', '三十五']);
  });
});
