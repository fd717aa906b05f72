// The links report (report/links/) page by page: every document's references stay on one page, and
// a page holds about ROWS_PER_LINK_PAGE references, so the report stays small whatever the corpus
// (a national archive cites millions of times) and an added document re-renders only its page and
// those after it.
import type { FoundRef } from './corpus.ts';

export const ROWS_PER_LINK_PAGE = 200;

/** One page: documents with their references, in corpus order. */
export type LinkPage = [slug: string, refs: FoundRef[]][];

/** References grouped by document, cut into pages (at least one, possibly empty). */
export function linkPages(refs: readonly FoundRef[], rowsPerPage = ROWS_PER_LINK_PAGE): LinkPage[] {
  const byDoc = new Map<string, FoundRef[]>();
  for (const r of refs) {
    const list = byDoc.get(r.slug);
    if (list) list.push(r);
    else byDoc.set(r.slug, [r]);
  }
  const pages: LinkPage[] = [[]];
  let rows = 0;
  for (const entry of byDoc) {
    if (rows > 0 && rows + entry[1].length > rowsPerPage) {
      pages.push([]);
      rows = 0;
    }
    pages[pages.length - 1]!.push(entry);
    rows += entry[1].length;
  }
  return pages;
}

/** The slugs a page shows a title of: its documents, their targets and ambiguous candidates. */
export function slugsShown(page: LinkPage): string[] {
  const out = new Set<string>();
  for (const [slug, refs] of page) {
    out.add(slug);
    for (const r of refs) {
      if (r.outcome.ok && r.outcome.slug) out.add(r.outcome.slug);
      if (!r.outcome.ok) for (const s of r.outcome.ambiguous ?? []) out.add(s);
    }
  }
  return [...out].sort();
}
