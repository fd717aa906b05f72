// Report pages: one URL per raw file, unique and stable (the old rule gave 报告一.txt and
// 报告二.txt the same /report/-/ and lost one report).
import { describe, expect, it } from 'vitest';
import { reportSlug, reportSlugs } from '../../../src/lib/paths.ts';

describe('report slugs', () => {
  it('plain names keep the URL they always had', () => {
    expect(reportSlug('000_063fad30c2e823b0.txt')).toBe('000_063fad30c2e823b0');
  });
  it('names that used to collide get distinct, URL-safe slugs', () => {
    const names = ['报告一.txt', '报告二.txt', 'x.txt', 'x.md', 'X.txt', 'a b.txt', 'a-b.txt', 'a_b.txt', 'links.txt', '-.txt', '报告 (1).txt'];
    const slugs = [...reportSlugs(names).values()];
    expect(new Set(slugs).size).toBe(names.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9_-]+$/);
    expect(reportSlug('links.txt')).not.toBe('links'); // report/links/ is the cross-reference report
  });
  it('is stable: the same name always gives the same slug', () => {
    expect(reportSlug('报告一.txt')).toBe(reportSlug('报告一.txt'));
    expect(reportSlug('报告一.txt')).toMatch(/^file-[0-9a-f]{8}$/);
  });
  it('refuses two files that would share a page, naming both', () => {
    const taken = reportSlug('links.txt'); // links-<hash>
    expect(() => reportSlugs(['links.txt', `${taken}.txt`])).toThrow(/"links\.txt" and "links-[0-9a-f]{8}\.txt" would share \/report\/links-[0-9a-f]{8}\/; rename one/);
  });
});
