// Ways to browse the documents without JavaScript, each a set of small static pages: flat lists
// (newest, oldest) in numbered pages, and grouped views (issuer, year, type, collection) with an
// index of groups and a paged list per group. Pure: the corpus and the script converter come in
// as arguments (src/lib/browse-site.ts binds them for the site).
import { groupBy, yearOf, type DocEntry } from './docs.ts';
import { assignGroupSlugs, pinyinKey } from './group-slug.ts';
import type { UiStrings } from './i18n.ts';
import { slotAt, stablePages, stablePagesInParts, type GrowingEnd } from './paging.ts';
import { routes } from './paths.ts';
import { issuerLevel, LEVELS, type Level } from './issuer-level/index.ts';
import type { Script, TextFn } from './script-view.ts';

export type FlatView = 'newest' | 'oldest';
export type GroupView = 'issuer' | 'year' | 'type' | 'collection';
export type BrowseView = FlatView | GroupView;

export const FLAT_VIEWS: readonly FlatView[] = ['newest', 'oldest'];
export const GROUP_VIEWS: readonly GroupView[] = ['issuer', 'year', 'type', 'collection'];
export const BROWSE_VIEWS: readonly BrowseView[] = [...FLAT_VIEWS, ...GROUP_VIEWS];

export function viewLabel(view: BrowseView, t: UiStrings): string {
  return { newest: t.sortNewest, oldest: t.sortOldest, issuer: t.byIssuer, year: t.byYear, type: t.byType, collection: t.byCollection }[view];
}

/** Slug of each view's "none" group (no issuer, no date, no collection); never given to a name. */
export const NONE_SLUG: Record<GroupView, string> = { issuer: 'none', year: 'undated', type: 'none', collection: 'none' };

/** Converter from a document's own script into `script` (honouring its protected terms). */
export type ToScript = (doc: DocEntry, script: Script) => TextFn;

export interface Group {
  view: GroupView;
  /** Script-independent key: the year, the issuer or type in simplified script, the collection slug; '' for none. */
  key: string;
  /** URL segment: ASCII, unique in its view, the same in both scripts. */
  slug: string;
  /** Display name per script; null for the "none" group (the page shows noDate, noIssuer, …). */
  name: Record<Script, string> | null;
  /** In view order: newest first, or collection order for a compilation. */
  docs: DocEntry[];
}

export interface BrowseIndex {
  total: number;
  newest: DocEntry[];
  oldest: DocEntry[];
  groups: Record<GroupView, Group[]>;
}

export function groupLabel(group: GroupHead, script: Script, t: UiStrings): string {
  if (group.name) return group.name[script];
  return { issuer: t.noIssuer, year: t.noDate, type: t.noType, collection: t.noCollection }[group.view];
}

/** Oldest first; undated documents stay last (their order among themselves is unknown). */
export function oldestFirst(newest: readonly DocEntry[]): DocEntry[] {
  const dated = newest.filter((d) => d.data.date);
  return [...dated.reverse(), ...newest.filter((d) => !d.data.date)];
}

/** Everything the browse pages show. `docs` newest first; `bySlug` finds a compilation's own document. */
export function buildBrowseIndex(docs: readonly DocEntry[], bySlug: ReadonlyMap<string, DocEntry>, toScript: ToScript): BrowseIndex {
  const both = (doc: DocEntry, text: string): Record<Script, string> => ({ hans: toScript(doc, 'hans')(text), hant: toScript(doc, 'hant')(text) });
  // A name written in either script is one group: its key is its simplified form.
  const simplified = (doc: DocEntry, text: string | null | undefined): string => (text ? toScript(doc, 'hans')(text) : '');
  // The traditional name is converted from that key, so that a traditional document whose field
  // was written in simplified characters still gets a traditional label.
  const fromKey = (doc: DocEntry, key: string): Record<Script, string> => ({ hans: key, hant: toScript({ ...doc, data: { ...doc.data, script: 'hans' } }, 'hant')(key) });

  const named = (view: 'issuer' | 'type', field: (d: DocEntry) => string | null | undefined): Group[] => {
    const lists = groupBy([...docs], (d) => simplified(d, field(d)));
    const slugs = assignGroupSlugs(lists.map(([key]) => key).filter(Boolean), [NONE_SLUG[view]]);
    return lists
      .map(([key, list]): Group => ({ view, key, slug: key ? slugs.get(key)! : NONE_SLUG[view], name: key ? fromKey(list[0]!, key) : null, docs: list }))
      .sort(noneLast((a, b) => b.docs.length - a.docs.length || a.key.localeCompare(b.key, 'zh')));
  };

  const position = new Map(docs.map((d, i) => [d.data.slug, i]));
  const rank = (slug: string): number => position.get(slug) ?? docs.length;

  // Years come newest first, undated last, because docs do.
  const year = groupBy([...docs], (d) => yearOf(d) ?? '').map(([key, list]): Group => ({ view: 'year', key, slug: key || NONE_SLUG.year, name: key ? { hans: key, hant: key } : null, docs: list }));

  const collection = groupBy([...docs], (d) => d.data.collection ?? '')
    .map(([key, list]): Group => {
      const index = bySlug.get(key);
      const ordered = key ? [...list].sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.slug.localeCompare(b.data.slug)) : list;
      return { view: 'collection', key, slug: key || NONE_SLUG.collection, name: key ? (index ? both(index, index.data.title) : { hans: key, hant: key }) : null, docs: ordered };
    })
    // Compilations in the order of their own documents (newest first), like every other list.
    .sort(noneLast((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key)));

  return {
    total: docs.length,
    newest: [...docs],
    oldest: oldestFirst(docs),
    groups: { issuer: named('issuer', (d) => d.data.issuer), year, type: named('type', (d) => d.data.type), collection },
  };
}

function noneLast(order: (a: Group, b: Group) => number): (a: Group, b: Group) => number {
  return (a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || order(a, b);
}

/**
 * A long group index (hundreds of issuers) in pinyin order under letter headings, for finding a
 * name; names without a Latin or pinyin start under '#', the "none" group last under ''.
 */
export function byLetter(groups: readonly Group[]): { letter: string; groups: Group[] }[] {
  const keyed = groups.map((g) => ({ g, sort: g.key ? pinyinKey(g.key) : '' }));
  const sections = new Map<string, typeof keyed>();
  for (const k of keyed) {
    const letter = k.g.key ? (/^[a-z]/.test(k.sort) ? k.sort[0]! : '#') : '';
    sections.set(letter, [...(sections.get(letter) ?? []), k]);
  }
  const order = (l: string): string => (l === '' ? '~~' : l === '#' ? '~' : l);
  return [...sections]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : 1))
    .map(([letter, list]) => ({ letter, groups: list.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.g.slug < b.g.slug ? -1 : 1)).map((k) => k.g) }));
}

/** What a group page shows of its group (not its other documents: a page's key is its props). */
export type GroupHead = Omit<Group, 'docs'>;

/** Where new documents arrive in a view's lists (src/lib/paging.ts stablePages): at the front of
 * newest-first lists, at the back of the oldest-first list and of a compilation's article order. */
export function growingEnd(view: BrowseView): GrowingEnd {
  return view === 'oldest' || view === 'collection' ? 'back' : 'front';
}

/**
 * A page of a list or group: `page` is its position in reading order (the number it shows),
 * `pages` the page count; `total` (the list's length) only on the first page, so that the other
 * pages stay the same while documents are added elsewhere in the list.
 */
interface Paged { page: number; pages: number; docs: DocEntry[]; total: number | null }

export type BrowsePage =
  | ({ kind: 'list'; view: FlatView } & Paged)
  | { kind: 'index'; view: GroupView; groups: Group[]; total: number }
  | ({ kind: 'group'; view: GroupView; group: GroupHead } & Paged);

const head = ({ docs: _docs, ...rest }: Group): GroupHead => rest;

/** Every browse page of the site (script-independent): lists, group indexes, groups, in pages of
 * `size` (stable pages: the block at a list's growing end holds `size` to 2×`size`−1). */
export function browsePages(index: BrowseIndex, size: number): BrowsePage[] {
  const pages: BrowsePage[] = [];
  const paged = (docs: readonly DocEntry[], view: BrowseView): Paged[] =>
    // Oldest first keeps undated documents last, after where new documents arrive: its dated and
    // undated documents are paged apart, so that an added document moves no page of undated ones.
    (view === 'oldest' ? stablePagesInParts([docs.filter((d) => d.data.date), docs.filter((d) => !d.data.date)], size) : stablePages(docs, size, growingEnd(view)))
      .map((p) => ({ page: p.at, pages: p.pages, docs: p.items, total: p.at === 1 ? docs.length : null }));
  for (const view of FLAT_VIEWS) {
    for (const p of paged(index[view], view)) pages.push({ kind: 'list', view, ...p });
  }
  for (const view of GROUP_VIEWS) {
    pages.push({ kind: 'index', view, groups: index.groups[view], total: index.total });
    for (const group of index.groups[view]) {
      const g = head(group);
      for (const p of paged(group.docs, view)) pages.push({ kind: 'group', view, group: g, ...p });
    }
  }
  return pages;
}

/** Route of a browse page in `script`, or of the page at position `n` of the same list. */
export function browseRoute(script: Script, page: BrowsePage, n = page.kind === 'index' ? 1 : page.page): string {
  if (page.kind === 'index') return routes.browse(script, page.view);
  const slot = slotAt(n, page.pages, growingEnd(page.view));
  return page.kind === 'group' ? routes.group(script, page.view, page.group.slug, slot) : routes.browse(script, page.view, slot);
}

/** The page's own title (the layout adds the site name): 2024 · 按年份 · 第 2 页. */
export function browseTitle(page: BrowsePage, script: Script, t: UiStrings): string {
  const parts = page.kind === 'group' ? [groupLabel(page.group, script, t), viewLabel(page.view, t)] : [viewLabel(page.view, t)];
  if (page.kind !== 'index' && page.page > 1) parts.push(t.page(page.page));
  return parts.join(' · ');
}

/**
 * Issuers by administrative level (中央, 省级, 市级, 县级, 其他; src/lib/issuer-level/), in pinyin
 * order within a level; the "none" group last under ''. Levels with no issuer are left out.
 */
export function byLevel(groups: readonly Group[]): { level: Level | ''; groups: Group[] }[] {
  const sorted = byLetter(groups).flatMap((s) => s.groups);
  const of = (g: Group): Level | '' => (g.key ? issuerLevel(g.key) : '');
  const order: (Level | '')[] = [...LEVELS, ''];
  return order.map((level) => ({ level, groups: sorted.filter((g) => of(g) === level) })).filter((s) => s.groups.length > 0);
}
