import { describe, expect, it } from 'vitest';
import { settleSlugClashes, type FileSlugs } from '../../../scripts/convert/slug-clash.ts';

const f = (file: string, ...slugs: string[]): FileSlugs => ({ file, slugs, lines: slugs.map((_, i) => 10 * (i + 1)) });

describe('cross-file slug clashes', () => {
  it('keeps the first by raw file name, then position, and numbers the later ones', () => {
    const { slugs, warnings } = settleSlugClashes([f('b.txt', 'x', 'y'), f('a.txt', 'z', 'x'), f('c.txt', 'x')]);
    expect(Object.fromEntries(slugs)).toEqual({ 'a.txt': ['z', 'x'], 'b.txt': ['x-2', 'y'], 'c.txt': ['x-3'] });
    expect(warnings.has('a.txt')).toBe(false);
    expect(warnings.get('b.txt')![0]).toMatchObject({ file: 'b.txt', line: 10, severity: 'warning' });
    expect(warnings.get('b.txt')![0]!.reason).toMatch(/"x" of document 1 is also the slug of a\.txt document 2 \(line 20\).*"x-2".*"b\.txt#1"/);
  });

  it('does not depend on the order the files come in', () => {
    const files = [f('a.txt', 'x', 'x-2'), f('b.txt', 'x'), f('c.txt', 'y', 'x'), f('d.txt', 'y')];
    const expected = JSON.stringify([...settleSlugClashes(files).slugs].sort());
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      expect(JSON.stringify([...settleSlugClashes(order.map((i) => files[i]!)).slugs].sort())).toBe(expected);
    }
  });

  it('never gives a clashing document a slug another document wants', () => {
    // a.txt and b.txt clash on x; c.txt wants x-2 itself, so b.txt moves on to x-3.
    const { slugs } = settleSlugClashes([f('a.txt', 'x'), f('b.txt', 'x'), f('c.txt', 'x-2')]);
    expect(Object.fromEntries(slugs)).toEqual({ 'a.txt': ['x'], 'b.txt': ['x-3'], 'c.txt': ['x-2'] });
  });

  it('leaves slugs of documents kept from a failed file alone', () => {
    const { slugs, warnings } = settleSlugClashes([f('a.txt', 'x')], { reserved: new Set(['x']) });
    expect(slugs.get('a.txt')).toEqual(['x-2']);
    expect(warnings.get('a.txt')![0]!.reason).toMatch(/failed to convert/);
  });

  it('changes nothing without a clash', () => {
    const { slugs, warnings } = settleSlugClashes([f('a.txt', 'x', 'x-2'), f('b.txt', 'y')]);
    expect(Object.fromEntries(slugs)).toEqual({ 'a.txt': ['x', 'x-2'], 'b.txt': ['y'] });
    expect(warnings.size).toBe(0);
  });
});
