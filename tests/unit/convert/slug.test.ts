import { describe, expect, it } from 'vitest';
import { assignSlugs, initials, makeSlug, SlugManifest } from '../../../scripts/convert/slug.ts';

describe('slugs', () => {
  it('uses the date and the pinyin initials of the title', () => {
    expect(makeSlug('关于支持浙江的意见', '2021-05-20')).toBe('2021-05-20-gyzczjdyj');
    expect(makeSlug('会议讲话 2', null)).toBe('hyjh2');
  });
  it('is ASCII for traditional titles and keeps digits', () => {
    expect(initials('實施方案(2021—2025年)')).toBe('ssfa20212025n');
    expect(initials('實施方案')).toBe(initials('实施方案'));
  });
  it('falls back for titles without letters', () => expect(makeSlug('——', null)).toBe('doc'));
  it('makes repeats unique by position and honours the manifest', () => {
    const docs = [{ title: '会议讲话', date: null }, { title: '会议讲话', date: null }, { title: '甲', date: null }];
    expect(assignSlugs('a.txt', docs, { 'a.txt#3': 'custom-slug' })).toEqual(['hyjh', 'hyjh-2', 'custom-slug']);
  });
  it('validates the manifest', () => {
    expect(SlugManifest.safeParse({ 'a.txt#1': 'ok-slug' }).success).toBe(true);
    expect(SlugManifest.safeParse({ 'a.txt#1': 'Not OK' }).success).toBe(false);
    expect(SlugManifest.safeParse({ 'a.txt': 'ok' }).success).toBe(false);
  });
});
