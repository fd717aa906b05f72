// ASCII slugs for browse groups named in Chinese: readable, unique, independent of order.
import { describe, expect, it } from 'vitest';
import { assignGroupSlugs, baseGroupSlug } from '../../../src/lib/group-slug.ts';

describe('group slugs', () => {
  it('short names as full pinyin, longer ones as initials, words joined by hyphens', () => {
    expect(baseGroupSlug('国务院')).toBe('guowuyuan');
    expect(baseGroupSlug('实施方案')).toBe('shishifangan');
    expect(baseGroupSlug('浙江省人民政府办公厅')).toBe('zjsrmzfbgt');
    expect(baseGroupSlug('中共中央 国务院')).toBe('zgzy-gwy');
    expect(baseGroupSlug('中共中央、国务院')).toBe('zgzy-gwy');
  });
  it('keeps Latin letters and digits (also full-width), drops other symbols', () => {
    expect(baseGroupSlug('ＡＢＣ委员会')).toBe('abcweiyuanhui');
    expect(baseGroupSlug('第2工作组（临时）')).toBe('d2gzz-ls');
  });
  it('is ASCII only for any name', () => {
    for (const name of ['國務院', '★', '', 'Ελλάδα', '中共浙江省委 浙江省人民政府']) expect(baseGroupSlug(name)).toMatch(/^[a-z0-9-]*$/);
  });
  it('names that share a slug, or have none, all get a hash of their own name', () => {
    const slugs = assignGroupSlugs(['浙江省商务厅', '浙江省水务厅', '国务院', '★']);
    expect(slugs.get('国务院')).toBe('guowuyuan');
    const a = slugs.get('浙江省商务厅')!;
    const b = slugs.get('浙江省水务厅')!;
    expect(a).toMatch(/^zjsswt-[0-9a-f]{4}$/);
    expect(b).toMatch(/^zjsswt-[0-9a-f]{4}$/);
    expect(a).not.toBe(b);
    expect(slugs.get('★')).toMatch(/^g-[0-9a-f]{4}$/);
  });
  it('does not depend on the order of the names', () => {
    const names = ['浙江省商务厅', '浙江省水务厅', '国务院', '中共浙江省委'];
    const one = assignGroupSlugs(names);
    const two = assignGroupSlugs([...names].reverse());
    expect(Object.fromEntries(two)).toEqual(Object.fromEntries(one));
  });
  it('never hands out a reserved slug', () => {
    const slugs = assignGroupSlugs(['NONE', '挪恩'], ['none']);
    expect(slugs.get('NONE')).toMatch(/^none-[0-9a-f]{4}$/);
    expect(new Set(slugs.values()).size).toBe(2);
  });
});
