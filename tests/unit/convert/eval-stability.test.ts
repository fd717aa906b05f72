import { describe, expect, it } from 'vitest';
import { keptInOrder, VARIANTS } from '../../../scripts/convert/eval/stability.ts';

// The anchor-stability measure (npm run eval:convert -- --stability): copies that differ only in how
// they are set, and the ids of the original a copy keeps in order.

describe('eval:convert --stability', () => {
  it('sets a copy apart only in spacing and digit width', () => {
    const text = '第一条 根据宪法，制定本法。\n（一）中华人民共和国；\n2021年';
    expect(VARIANTS['full-width digits']!(text)).toBe('第一条 根据宪法，制定本法。\n（一）中华人民共和国；\n２０２１年');
    expect(VARIANTS['levels spaced (第一条　　…)']!(text).split('\n')[0]).toBe('第一条　　根据宪法，制定本法。');
    expect(VARIANTS['levels tabbed (第一条\\t…)']!(text).split('\n')[0]).toBe('第一条\t根据宪法，制定本法。');
    expect(VARIANTS['items spaced (（一）　　…)']!(text).split('\n')[1]).toBe('（一）　　中华人民共和国；');
    expect(VARIANTS['paragraphs indented']!(text).split('\n')[2]).toBe('\u3000\u30002021年');
  });

  it('counts the ids a copy keeps in the same order: a missing id and one out of place are lost', () => {
    expect(keptInOrder(['art1', 'art2', 'art3'], ['art1', 'art2', 'art3'])).toBe(3);
    expect(keptInOrder(['art1', 'art2', 'art3'], ['art1', 'art3'])).toBe(2);
    expect(keptInOrder(['art1', 'art2', 'art3'], ['art2', 'art1', 'art3'])).toBe(2);
    expect(keptInOrder(['art1', 'art2'], [])).toBe(0);
  });
});
