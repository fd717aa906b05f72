// Splitting a long list into numbered pages, and which page numbers a pagination bar shows.
// Pure: no corpus, no config, so the rules are unit-tested on their own.

/** How many pages `count` items fill at `size` per page; an empty list still has one (empty) page. */
export function pageCount(count: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}: check WENYUAN_PAGE_SIZE`);
  return Math.max(1, Math.ceil(count / size));
}

/** The items of 1-based page `page`. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Every page of a list: its number, the page count and its items (page 1 first). */
export function paginate<T>(items: readonly T[], size: number): { page: number; pages: number; items: T[] }[] {
  const pages = pageCount(items.length, size);
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, items: pageItems(items, i + 1, size) }));
}

export type PageSlot = number | 'gap';

/**
 * Page numbers for a pagination bar: always the first and last, `radius` pages either side of the
 * current one, and 'gap' (an ellipsis) for each run of two or more hidden pages. A run of exactly
 * one hidden page shows that page instead: an ellipsis standing for one number saves nothing.
 */
export function pageWindow(current: number, pages: number, radius = 2): PageSlot[] {
  if (pages < 1 || current < 1 || current > pages) throw new Error(`page ${current} is outside 1..${pages}`);
  const shown = new Set<number>([1, pages]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  let prev = 0;
  for (const p of sorted) {
    if (p - prev === 2) slots.push(p - 1);
    else if (p - prev > 2) slots.push('gap');
    slots.push(p);
    prev = p;
  }
  return slots;
}
