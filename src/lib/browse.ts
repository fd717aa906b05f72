// Ways to browse the document list without JavaScript: each is a static page.
import { groupBy, yearOf, type DocEntry } from './docs.ts';
import type { UiStrings } from './i18n.ts';

export type BrowseView = 'newest' | 'oldest' | 'issuer' | 'year' | 'type' | 'collection';

export const BROWSE_VIEWS: readonly BrowseView[] = ['newest', 'oldest', 'issuer', 'year', 'type', 'collection'];

export function viewLabel(view: BrowseView, t: UiStrings): string {
  return { newest: t.sortNewest, oldest: t.sortOldest, issuer: t.byIssuer, year: t.byYear, type: t.byType, collection: t.byCollection }[view];
}

export interface Group {
  key: string;
  /** Heading text (already in the page's script), '' for an ungrouped list. */
  label: string;
  docs: DocEntry[];
}

/** docs must be sorted newest first. `convert` puts source text into the page's script. */
export function groupDocs(
  docs: DocEntry[],
  view: BrowseView,
  t: UiStrings,
  convertOf: (doc: DocEntry) => (text: string) => string,
): Group[] {
  const one = (list: DocEntry[]): Group[] => [{ key: 'all', label: '', docs: list }];
  switch (view) {
    case 'newest':
      return one(docs);
    case 'oldest': {
      const dated = docs.filter((d) => d.data.date).reverse();
      return one([...dated, ...docs.filter((d) => !d.data.date)]);
    }
    case 'year':
      return groupBy(docs, (d) => yearOf(d) ?? '').map(([key, list]) => ({ key, label: key || t.noDate, docs: list }));
    case 'issuer':
      return sortGroups(groupBy(docs, (d) => d.data.issuer ?? '')).map(([key, list]) => ({ key, label: key ? convertOf(list[0]!)(key) : '—', docs: list }));
    case 'type':
      return sortGroups(groupBy(docs, (d) => d.data.type)).map(([key, list]) => ({ key, label: convertOf(list[0]!)(key), docs: list }));
    case 'collection': {
      const bySlug = new Map(docs.map((d) => [d.data.slug, d]));
      return groupBy(docs, (d) => d.data.collection ?? '')
        .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
        .map(([key, list]) => {
          const index = bySlug.get(key);
          const ordered = key ? [...list].sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0)) : list;
          return { key, label: key ? (index ? convertOf(index)(index.data.title) : key) : t.noCollection, docs: ordered };
        });
    }
  }
}

/** Bigger groups first, then by name: the useful ones on top, deterministic. */
function sortGroups(groups: [string, DocEntry[]][]): [string, DocEntry[]][] {
  return groups.sort(([a, la], [b, lb]) => lb.length - la.length || a.localeCompare(b, 'zh'));
}
