// Cross-references of a whole corpus, computed once: every reference of every document, resolved
// or not and why (the links report), who cites whom (被引用), and for each document the small
// context its renderer needs to link its 《title》 references (which documents they resolve to).
// A pure function of the documents' titles, 文号, ids and text; the context is part of each
// document's pre-render key, so a document is re-rendered when a document it cites changes.
import { textBlocks } from '../web/plain-text.ts';
import { scanReferences, type Ref } from './scan.ts';
import { articleId, articleName, documentRefKey, placeOf, resolveInternal, type Outcome } from './resolve.ts';
import { docNumberKey, titleKey } from './title-key.ts';

export interface XrefDoc {
  slug: string;
  title: string;
  /** the document's own 文号, if known */
  docNumber?: string;
  /** the Markdown body */
  body: string;
  /** converts this document's text to simplified (for title keys); identity for simplified originals */
  toSimplified: (s: string) => string;
}

/** What a renderer needs to link one document's 《…》 references: ref key → target (or null: not linked). */
export type XrefContext = Record<string, { slug: string; id?: string } | null>;

export interface FoundRef {
  slug: string;
  /** heading id of the section it stands in ('' before the first heading) */
  section: string;
  kind: Ref['kind'];
  text: string;
  outcome: Outcome;
}

export interface CorpusXref {
  refs: FoundRef[];
  contexts: Map<string, XrefContext>;
  /** target slug → the citing documents and sections (with the section's heading text), in corpus order */
  citedBy: Map<string, { slug: string; section: string; heading: string }[]>;
}

const ID = /\{#([A-Za-z][\w-]*)/g;
const ARTICLE_ID = /^art\d+(?:a\d+)?$/;

/** Heading and block ids written in a converted document's Markdown. */
export function idsOf(body: string): Set<string> {
  return new Set([...body.matchAll(ID)].map((m) => m[1]!));
}

/** The part of a title from 关于 on, when something (the issuers) stands before it. */
function withoutIssuer(key: string): string | undefined {
  const at = key.indexOf('关于');
  return at > 0 ? key.slice(at) : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCorpusXref(docs: XrefDoc[]): CorpusXref {
  const ids = new Map<string, Set<string>>();
  const byTitle = new Map<string, string[]>();
  const byShortTitle = new Map<string, string[]>();
  const byNumber = new Map<string, string[]>();
  const numberOf = new Map<string, string>();
  for (const d of docs) {
    ids.set(d.slug, idsOf(d.body));
    const key = titleKey(d.title, d.toSimplified);
    push(byTitle, key, d.slug);
    const short = withoutIssuer(key);
    if (short) push(byShortTitle, short, d.slug);
    if (d.docNumber) {
      const n = docNumberKey(d.docNumber);
      push(byNumber, n, d.slug);
      numberOf.set(d.slug, n);
    }
  }

  const resolveDocument = (from: XrefDoc, ref: Extract<Ref, { kind: 'document' }>): Outcome => {
    const key = titleKey(ref.title, from.toSimplified);
    const number = ref.docNumber ? docNumberKey(ref.docNumber) : undefined;
    // Full title first; then a reference without issuers against titles with them, and the reverse.
    let found = byTitle.get(key) ?? [];
    if (found.length === 0) found = byShortTitle.get(key) ?? [];
    if (found.length === 0 && withoutIssuer(key)) found = byTitle.get(withoutIssuer(key)!) ?? byShortTitle.get(withoutIssuer(key)!) ?? [];
    if (found.length === 0 && number) found = byNumber.get(number) ?? [];
    let candidates = found.filter((s) => s !== from.slug);
    if (found.length > 0 && candidates.length === 0) return { ok: false, why: { code: 'self' } };
    if (candidates.length > 1 && number) {
      const same = candidates.filter((s) => numberOf.get(s) === number);
      if (same.length > 0) candidates = same;
    }
    if (candidates.length === 0) return { ok: false, why: { code: 'no-title' } };
    if (candidates.length > 1) return { ok: false, why: { code: 'ambiguous', count: candidates.length }, ambiguous: candidates };
    const slug = candidates[0]!;
    if (!ref.target) return { ok: true, slug };
    const id = articleId(ref.target, ids.get(slug)!);
    return id ? { ok: true, slug, id } : { ok: true, slug, note: { code: 'target-no-article', article: articleName(ref.target) } };
  };

  const refs: FoundRef[] = [];
  const contexts = new Map<string, XrefContext>();
  const citedBy = new Map<string, { slug: string; section: string; heading: string }[]>();
  for (const d of docs) {
    const own = ids.get(d.slug)!;
    const context: XrefContext = {};
    const keyOf = (r: Extract<Ref, { kind: 'document' }>) => documentRefKey(r, (t) => titleKey(t, d.toSimplified), docNumberKey);
    const seen = new Set<string>();
    // Block by block (the plain-text blocks hold what the renderer's text nodes hold).
    let section = '';
    let heading = '';
    let article: string | undefined;
    for (const block of textBlocks(d.body)) {
      if (block.heading) {
        section = block.id ?? section;
        heading = block.text;
        if (ARTICLE_ID.test(section)) article = section;
        else if (!section.startsWith('art')) article = undefined;
        continue;
      }
      for (const ref of scanReferences(block.text, true)) {
        let outcome: Outcome;
        if (ref.kind === 'document') {
          outcome = resolveDocument(d, ref);
          // A missing article still links the document.
          const target = outcome.ok ? { slug: outcome.slug!, ...(outcome.id ? { id: outcome.id } : {}) } : null;
          if (target) context[keyOf(ref)] = target;
          if (target && !seen.has(`${target.slug}#${section}`)) {
            seen.add(`${target.slug}#${section}`);
            push(citedBy, target.slug, { slug: d.slug, section, heading });
          }
        } else outcome = resolveInternal(ref, own, placeOf(article, undefined));
        refs.push({ slug: d.slug, section, kind: ref.kind, text: ref.text, outcome });
      }
    }
    if (Object.keys(context).length) contexts.set(d.slug, context);
  }
  return { refs, contexts, citedBy };
}

/** A context as a stable string (sorted keys), for the pre-render key; '' when empty. */
export function contextString(context: XrefContext | undefined): string {
  if (!context) return '';
  const keys = Object.keys(context).sort();
  return keys.length ? JSON.stringify(keys.map((k) => [k, context[k]])) : '';
}

/** The text a document's pre-render key and sourceHash are made from: its Markdown, plus its
 * context when it has one (so it is re-rendered when a document it cites changes). */
export function keyText(source: string, context: XrefContext | undefined): string {
  const ctx = contextString(context);
  return ctx ? `${source}\u0000xref\u0000${ctx}` : source;
}

export interface XrefCounts {
  found: number;
  resolved: number;
  ambiguous: number;
  unresolved: number;
  byKind: Record<string, { found: number; resolved: number }>;
}

/** One line for the build log. */
export function xrefSummary(c: XrefCounts): string {
  const kinds = Object.entries(c.byKind).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v.resolved}/${v.found}`).join(', ');
  return `links: ${c.found} cross-reference(s) found, ${c.resolved} linked, ${c.ambiguous} ambiguous, ${c.unresolved} not linked${kinds ? ` (${kinds}); every one with its reason: report/links/` : ''}`;
}

export function countRefs(refs: FoundRef[]): XrefCounts {
  const c: XrefCounts = { found: refs.length, resolved: 0, ambiguous: 0, unresolved: 0, byKind: {} };
  for (const r of refs) {
    const k = (c.byKind[r.kind] ??= { found: 0, resolved: 0 });
    k.found += 1;
    if (r.outcome.ok) {
      c.resolved += 1;
      k.resolved += 1;
    } else if (r.outcome.ambiguous) c.ambiguous += 1;
    else c.unresolved += 1;
  }
  return c;
}
