// The site's browse index: src/lib/browse.ts bound to the corpus and the configured script
// variant, built once per build. Also the display strings of a document's list row, converted
// once per script (each document appears on several list pages).
import { buildBrowseIndex, growingEnd, type BrowseIndex, type BrowseView, type Group, type GroupView } from './browse.ts';
import { config } from './config.ts';
import { corpus, type DocEntry } from './docs.ts';
import { slotOfItem } from './paging.ts';
import { routes } from './paths.ts';
import { docConverter, typeConverter, type Script, type TextFn } from './script-view.ts';

export const toScript = (doc: DocEntry, script: Script): TextFn => docConverter(doc.data, script, config.variant);

let cached: BrowseIndex | undefined;

export function siteBrowse(): BrowseIndex {
  if (!cached) {
    const { docs, bySlug } = corpus();
    cached = buildBrowseIndex(docs, bySlug, toScript);
  }
  return cached;
}

export interface RowText {
  title: string;
  issuer: string;
  type: string;
  category: string;
}

const rows: Record<Script, Map<string, RowText>> = { hans: new Map(), hant: new Map() };

/** A document's title, issuer, type and category in `script` (converted once per build). */
export function rowText(doc: DocEntry, script: Script): RowText {
  let row = rows[script].get(doc.data.slug);
  if (!row) {
    const convert = toScript(doc, script);
    const d = doc.data;
    row = { title: convert(d.title), issuer: d.issuer ? convert(d.issuer) : '', type: typeConverter(script, config.variant)(d.type), category: d.category ? convert(d.category) : '' };
    rows[script].set(d.slug, row);
  }
  return row;
}

/** Per document and grouped view: its group and its position in the group's list. */
let groupOfDoc: Map<string, Map<GroupView, { group: Group; at: number }>> | undefined;

function placeOf(doc: DocEntry, view: GroupView): { group: Group; at: number } | undefined {
  if (!groupOfDoc) {
    groupOfDoc = new Map();
    const { groups } = siteBrowse();
    for (const v of Object.keys(groups) as GroupView[]) {
      for (const g of groups[v]) {
        g.docs.forEach((d, at) => (groupOfDoc!.get(d.data.slug) ?? groupOfDoc!.set(d.data.slug, new Map()).get(d.data.slug)!).set(v, { group: g, at }));
      }
    }
  }
  return groupOfDoc.get(doc.data.slug)?.get(view);
}

/**
 * The group a document is listed under in a grouped view, e.g. for a link from its reading page
 * to "all documents of this issuer": routes.group(script, view, group.slug).
 */
export function groupOf(doc: DocEntry, view: GroupView): Group | undefined {
  return placeOf(doc, view)?.group;
}

/** Route of the group page that lists the document (the page it is on, when the group spans
 * several), or null for the "none" group. */
export function groupRouteOf(doc: DocEntry, view: GroupView, script: Script): string | null {
  const p = placeOf(doc, view);
  return p && p.group.key ? routes.group(script, view, p.group.slug, slotOfItem(p.at, p.group.docs.length, config.pageSize, growingEnd(view))) : null;
}

export type { BrowseView };
