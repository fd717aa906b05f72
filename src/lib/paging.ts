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

/** The end of a list where new items usually arrive: 'front' for newest-first lists, 'back' for
 * oldest-first lists and article order. */
export type GrowingEnd = 'front' | 'back';

export interface StablePage<T> {
  /** position in reading order, 1-based: the number the page shows */
  at: number;
  /** the number in the page's URL, counted from the end that does not grow; null for the first
   * page in reading order (the list's own URL) */
  slot: number | null;
  pages: number;
  items: T[];
}

/**
 * Pages that keep their items as a list grows at one end, so that adding an item re-renders the
 * page it lands on and not every page after it: blocks of exactly `size` items are counted from
 * the end that does not grow, and the block at the growing end takes the rest (`size` to
 * 2×`size`−1 items; all of them when the list is shorter than 2×`size`; an empty list is one
 * empty page). URL numbers (`slot`) count blocks from the fixed end too: in a newest-first list the
 * oldest block is number 1 and the first page, the growing one, has the list's own URL. Only when
 * the growing block splits in two (every `size` additions) do the page count and so the
 * pagination bars of the other pages change.
 */
export function stablePages<T>(items: readonly T[], size: number, grows: GrowingEnd): StablePage<T>[] {
  pageCount(items.length, size); // checks the size
  const n = items.length;
  const pages = Math.max(1, Math.floor(n / size));
  return Array.from({ length: pages }, (_, i) => {
    const at = i + 1;
    const block = grows === 'back' ? at : pages - at + 1;
    // Block b (1-based from the fixed end) holds items [(b−1)·size, b·size) counted from that end; the last block the rest.
    const from = (block - 1) * size, to = block === pages ? n : block * size;
    const slice = grows === 'back' ? items.slice(from, to) : items.slice(n - to, n - from);
    return { at, slot: at === 1 ? null : block, pages, items: slice };
  });
}

/**
 * Stable pages of a list read in parts, each growing at its end (oldest first: the dated documents,
 * then the undated ones, which stay last although new documents arrive before them): each part is
 * paged on its own as a list growing at the back, so a document added to the first part moves no
 * page of the second. Numbering runs on across the parts; the second part's pages are renumbered
 * only when the first part's page count grows (every `size` additions).
 */
export function stablePagesInParts<T>(parts: readonly (readonly T[])[], size: number): StablePage<T>[] {
  const each = parts.filter((p) => p.length > 0).map((p) => stablePages(p, size, 'back'));
  if (each.length === 0) return stablePages([], size, 'back');
  const pages = each.reduce((n, ps) => n + ps.length, 0);
  let at = 0;
  return each.flatMap((ps) => ps.map((p) => ((at += 1), { at, slot: slotAt(at, pages, 'back'), pages, items: p.items })));
}

/** URL number of the page at reading position `at` of a stable list of `pages` pages (null: the first). */
export function slotAt(at: number, pages: number, grows: GrowingEnd): number | null {
  return at === 1 ? null : grows === 'back' ? at : pages - at + 1;
}

/** URL number of the stable page holding item `index` (0-based, reading order) of a list of `length`. */
export function slotOfItem(index: number, length: number, size: number, grows: GrowingEnd): number | null {
  pageCount(length, size);
  const pages = Math.max(1, Math.floor(length / size));
  const fromFixed = grows === 'back' ? index : length - 1 - index;
  const block = Math.min(pages, Math.floor(fromFixed / size) + 1);
  return slotAt(grows === 'back' ? block : pages - block + 1, pages, grows);
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
