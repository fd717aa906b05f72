// Page counts, page slices and the page numbers a pagination bar shows.
import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, pageWindow, paginate, slotOfItem, stablePages, stablePagesInParts, type GrowingEnd } from '../../../src/lib/paging.ts';

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

describe('stable pages (a list that grows at one end)', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i);
  /** slot → items, for comparing two versions of a list */
  const bySlot = (items: number[], grows: GrowingEnd) => new Map(stablePages(items, 10, grows).map((p) => [p.slot ?? 'first', p.items.join(',')]));

  it('every item once, in reading order; the growing end holds size to 2×size−1', () => {
    for (const grows of ['front', 'back'] as const) {
      for (const n of [0, 1, 9, 10, 19, 20, 23, 100, 109]) {
        const pages = stablePages(list(n), 10, grows);
        expect(pages.flatMap((p) => p.items)).toEqual(list(n));
        expect(pages.map((p) => p.at)).toEqual(pages.map((_, i) => i + 1));
        const growing = grows === 'front' ? pages[0]! : pages.at(-1)!;
        expect(growing.items.length).toBe(n < 10 ? n : 10 + (n % 10));
        for (const p of pages) if (p !== growing) expect(p.items).toHaveLength(10);
      }
    }
  });

  it('newest first: the first page has the list URL, the others count from the oldest end', () => {
    const pages = stablePages(list(23), 10, 'front');
    expect(pages.map((p) => [p.at, p.slot, p.items.length])).toEqual([[1, null, 13], [2, 1, 10]]);
    expect(stablePages(list(23), 10, 'back').map((p) => [p.at, p.slot, p.items.length])).toEqual([[1, null, 10], [2, 2, 13]]);
  });

  it('adding an item at the growing end changes only the growing page, also when it splits', () => {
    for (let n = 0; n < 45; n++) {
      // front: new items come first (a smaller number = newer); back: appended.
      const before = list(n).map((i) => i + 1);
      const cases: [GrowingEnd, number[]][] = [['front', [0, ...before]], ['back', [...before, n + 1]]];
      for (const [grows, after] of cases) {
        const a = bySlot(before, grows), b = bySlot(after, grows);
        const changed = [...b].filter(([slot, items]) => a.get(slot) !== items).map(([slot]) => slot);
        // The first page of a newest-first list; the last numbered one (and, at a split, the new one) of an oldest-first list.
        expect(changed.length, `${grows} n=${n}: ${changed.join(' ')}`).toBeLessThanOrEqual(grows === 'front' ? (n % 10 === 9 && n > 9 ? 2 : 1) : 2);
      }
    }
  });

  it('the slot of an item is the slot of the page holding it', () => {
    for (const grows of ['front', 'back'] as const) {
      for (const n of [1, 10, 23, 57]) {
        for (const p of stablePages(list(n), 10, grows)) for (const i of p.items) expect(slotOfItem(i, n, 10, grows)).toBe(p.slot);
      }
    }
  });
});

describe('stable pages in parts (oldest first: dated, then undated)', () => {
  it('pages each part on its own, numbering on; an item added to the first part moves no page of the second', () => {
    const dated = Array.from({ length: 23 }, (_, i) => `d${i}`), undated = Array.from({ length: 31 }, (_, i) => `u${i}`);
    const before = stablePagesInParts([dated, undated], 10);
    expect(before.map((p) => [p.at, p.slot, p.items.length])).toEqual([[1, null, 10], [2, 2, 13], [3, 3, 10], [4, 4, 10], [5, 5, 11]]);
    expect(before.flatMap((p) => p.items)).toEqual([...dated, ...undated]);
    const after = stablePagesInParts([[...dated, 'd23'], undated], 10);
    const changed = after.filter((p, i) => p.items.join() !== before[i]!.items.join()).map((p) => p.slot);
    expect(changed).toEqual([2]);
    expect(stablePagesInParts([[], []], 10).map((p) => [p.at, p.slot, p.items.length])).toEqual([[1, null, 0]]);
    expect(stablePagesInParts([[], undated], 10).map((p) => p.items.length)).toEqual([10, 10, 11]);
  });
});
