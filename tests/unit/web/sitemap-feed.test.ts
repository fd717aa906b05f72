import { describe, expect, it } from 'vitest';
import { lastmodOf, sitemapFiles } from '../../../src/lib/web/sitemap.ts';
import { atomFeed } from '../../../src/lib/web/feed.ts';

const docs = [
  { slug: 'b', date: '2021-03-01', changed: ['2022-01-01', null] },
  { slug: 'a', date: null },
];

describe('sitemap', () => {
  it('is absent without an origin (the protocol needs absolute URLs)', () => {
    expect(sitemapFiles(docs, { base: '/' })).toEqual([]);
  });

  it('lists both scripts with hreflang alternates and compare views, under the base path', () => {
    const [file] = sitemapFiles(docs, { site: 'https://x.org', base: '/intranet/policy/' });
    expect(file!.name).toBe('sitemap.xml');
    const xml = file!.xml;
    expect(xml).toContain('<loc>https://x.org/intranet/policy/zh-hans/b/</loc>');
    expect(xml).toContain('<loc>https://x.org/intranet/policy/zh-hant/b/</loc>');
    expect(xml).toContain('<loc>https://x.org/intranet/policy/compare/b/</loc>');
    expect(xml).toContain('hreflang="zh-Hant" href="https://x.org/intranet/policy/zh-hant/a/"');
    expect(xml).toContain('hreflang="x-default"');
    expect(xml.match(/<lastmod>2022-01-01<\/lastmod>/g)).toHaveLength(3);
  });

  it('splits into a sitemap index past the limit', () => {
    const files = sitemapFiles(docs, { site: 'https://x.org', base: '/' }, 'hans', 4);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files[0]!.xml).toContain('<sitemapindex');
    expect(files[0]!.xml).toContain('<loc>https://x.org/sitemap-2.xml</loc>');
  });

  it('takes the newest date as lastmod', () => {
    expect(lastmodOf({ slug: 'x', date: '2020-01-01', changed: ['2019-01-01', '2021-05-05'] })).toBe('2021-05-05');
    expect(lastmodOf({ slug: 'x' })).toBeUndefined();
  });
});

describe('atom feed', () => {
  const entries = [{ slug: 'b', title: 'A & <B>', issuer: '国务院', type: '通知', summary: '“引号”', date: '2021-03-01' }];
  it('escapes text and links relatively without an origin', () => {
    const xml = atomFeed(entries, { script: 'hans', title: '文渊', siteTitle: '文渊', site: { base: '/' } });
    expect(xml).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(xml).toContain('href="b/"');
    expect(xml).toContain('<updated>2021-03-01T00:00:00Z</updated>');
    expect(xml).toContain('xml:lang="zh-Hans"');
  });
  it('links absolutely with an origin', () => {
    const xml = atomFeed(entries, { script: 'hant', title: '文淵', siteTitle: '文渊', site: { site: 'https://x.org', base: '/p/' } });
    expect(xml).toContain('href="https://x.org/p/zh-hant/b/"');
    expect(xml).toContain('rel="self" type="application/atom+xml" href="https://x.org/p/zh-hant/feed.xml"');
  });
});
