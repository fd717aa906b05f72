// Page counts, page slices and the page numbers a pagination bar shows.
import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, pageWindow, paginate } from '../../../src/lib/paging.ts';

describe('paging', () => {
  it('counts pages; an empty list is one empty page', () => {
    expect([pageCount(0, 100), pageCount(1, 100), pageCount(100, 100), pageCount(101, 100), pageCount(1012, 100)]).toEqual([1, 1, 1, 2, 11]);
  });
  it('rejects a page size that is not a positive integer, naming the setting', () => {
    expect(() => pageCount(10, 0)).toThrow(/WENYUAN_PAGE_SIZE/);
    expect(() => pageCount(10, 2.5)).toThrow(/page size/);
  });
  it('slices pages without losing or repeating an item', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, 10);
    expect(pages.map((p) => [p.page, p.pages, p.items.length])).toEqual([[1, 3, 10], [2, 3, 10], [3, 3, 3]]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pageItems(items, 3, 10)).toEqual([20, 21, 22]);
  });
});

describe('pagination window', () => {
  const show = (current: number, pages: number) => pageWindow(current, pages).map((s) => (s === 'gap' ? '…' : s)).join(' ');
  it('shows every page of a short list', () => {
    expect(show(1, 1)).toBe('1');
    expect(show(3, 5)).toBe('1 2 3 4 5');
    expect(show(1, 7)).toBe('1 2 3 … 7');
  });
  it('always shows first and last, two either side of the current page, and ellipses for longer gaps', () => {
    expect(show(6, 40)).toBe('1 … 4 5 6 7 8 … 40');
    expect(show(40, 40)).toBe('1 … 38 39 40');
    expect(show(20, 40)).toBe('1 … 18 19 20 21 22 … 40');
  });
  it('a gap of exactly one page shows that page instead of an ellipsis', () => {
    expect(show(4, 10)).toBe('1 2 3 4 5 6 … 10');
    expect(show(7, 10)).toBe('1 … 5 6 7 8 9 10');
  });
  it('rejects a page outside the list', () => {
    expect(() => pageWindow(0, 3)).toThrow(/outside 1\.\.3/);
    expect(() => pageWindow(4, 3)).toThrow(/outside/);
  });
});
