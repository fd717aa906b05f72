import { describe, expect, it } from 'vitest';
import { documentJsonLd, jsonLdText } from '../../../src/lib/web/json-ld.ts';

const base = {
  script: 'hans' as const,
  title: '中华人民共和国某某法',
  issuer: '全国人民代表大会常务委员会',
  type: '法律',
  date: '2019-04-23',
  docNumber: '主席令〔2019〕29号',
  effective: '2019-10-01',
  status: '已废止' as const,
  description: '为了……制定本法。',
  url: 'https://x.org/zh-hans/mmf/',
  translationUrl: 'https://x.org/zh-hant/mmf/',
  sourceUrl: 'https://x.org/report/mmf/',
  sourceFile: 'mmf.txt',
  parts: [
    { id: 'ch1', name: '第一章 总则', depth: 2 },
    { id: 'art1', name: '第一条', depth: 3 },
    { id: 'o1-2', name: '第二，……', depth: 3 },
  ],
};

describe('documentJsonLd', () => {
  it('carries the schema.org Legislation fields', () => {
    const ld = JSON.parse(jsonLdText(documentJsonLd(base)));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Legislation');
    expect(ld.name).toBe(base.title);
    expect(ld.legislationIdentifier).toBe('主席令〔2019〕29号');
    expect(ld.legislationDate).toBe('2019-04-23');
    expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(ld.legislationPassedBy).toEqual({ '@type': 'GovernmentOrganization', name: base.issuer });
    expect(ld.author).toEqual(ld.legislationPassedBy);
    expect(ld.inLanguage).toBe('zh-Hans');
    expect(ld.isBasedOn.url).toBe('https://x.org/report/mmf/');
    // chapters and articles, not every numbered paragraph
    expect(ld.hasPart.map((p: { url: string }) => p.url)).toEqual(['https://x.org/zh-hans/mmf/#ch1', 'https://x.org/zh-hans/mmf/#art1']);
  });

  it('leaves out what is not known (no status → no legal force)', () => {
    const ld = documentJsonLd({ ...base, status: undefined, docNumber: undefined, issuer: null, date: null });
    expect(ld).not.toHaveProperty('legislationLegalForce');
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationPassedBy');
    expect(ld).not.toHaveProperty('legislationDate');
  });

  it('cannot close its <script> early', () => {
    const text = jsonLdText(documentJsonLd({ ...base, title: '</script><script>alert(1)</script><!--' }));
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script><!--');
  });
});
