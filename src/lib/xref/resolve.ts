// Resolving a reference found by scan.ts to a heading id: within the document against its own ids,
// to another document through the corpus context (corpus.ts). Ids are the converter's:
// art15, art30a1 (条之一), art4-p2 (款), ch2, ch2-sec1, pt4. A 款 or 项 without an id of its own
// resolves to its article (the reader lands on the article and reads on).
import type { ArticleRef, Ref } from './scan.ts';

/** Why a reference is not linked, or linked to the document only (the report says it in words:
 * src/lib/report/xref-reasons.ts). Codes, not sentences, so the data stays language-neutral. */
export type Why =
  | { code: 'no-articles' }
  | { code: 'no-article'; article: string }
  | { code: 'target-no-article'; article: string }
  | { code: 'outside-article'; word: '本条' | '前款' }
  | { code: 'no-part'; id: string }
  | { code: 'no-chapter'; id: string }
  | { code: 'unquoted-title' }
  | { code: 'via-corpus' }
  | { code: 'self' }
  | { code: 'no-title' }
  | { code: 'ambiguous'; count: number };

export type Outcome =
  | { ok: true; slug?: string; id?: string; note?: Why }
  | { ok: false; why: Why; ambiguous?: string[] };

/** An article as the law numbers it: 15, 30之1. */
export const articleName = (ref: ArticleRef): string => `${ref.article}${ref.suffix ? `之${ref.suffix}` : ''}`;

/** The id of an article reference in a set of ids, the most precise that exists. */
export function articleId(ref: ArticleRef, ids: ReadonlySet<string>): string | undefined {
  const art = ref.suffix ? `art${ref.article}a${ref.suffix}` : `art${ref.article}`;
  if (!ids.has(art)) return undefined;
  if (ref.clause !== undefined && ids.has(`${art}-p${ref.clause}`)) return `${art}-p${ref.clause}`;
  return art;
}

export interface Place {
  /** the article the reference stands in (art15, art30a1), if any */
  article?: string;
  /** its 款 number when the paragraph has a 款 id (art4-p2 → 2) */
  clause?: number;
}

const ARTICLE_OF = /^(art\d+(?:a\d+)?)(?:-p(\d+))?$/;

/** The place of a block from the nearest article heading id and the block's own id. */
export function placeOf(articleHeading: string | undefined, blockId: string | undefined): Place {
  const m = blockId ? ARTICLE_OF.exec(blockId) : null;
  if (m) return { article: m[1], ...(m[2] ? { clause: Number(m[2]) } : {}) };
  return articleHeading ? { article: articleHeading } : {};
}

/** Resolves a reference within its own document. `document` references go to corpus.ts. */
export function resolveInternal(ref: Ref, ids: ReadonlySet<string>, place: Place): Outcome {
  switch (ref.kind) {
    case 'article': {
      if (![...ids].some((i) => i.startsWith('art'))) return { ok: false, why: { code: 'no-articles' } };
      const id = articleId(ref.target, ids);
      return id ? { ok: true, id } : { ok: false, why: { code: 'no-article', article: articleName(ref.target) } };
    }
    case 'this-article': {
      if (!place.article) return { ok: false, why: { code: 'outside-article', word: '本条' } };
      const clause = ref.clause !== undefined ? `${place.article}-p${ref.clause}` : undefined;
      return { ok: true, id: clause && ids.has(clause) ? clause : place.article };
    }
    case 'previous-clauses': {
      if (!place.article) return { ok: false, why: { code: 'outside-article', word: '前款' } };
      // The first of the clauses meant, when 款 have ids; else the article.
      const first = place.clause !== undefined ? place.clause - ref.count : undefined;
      const id = first !== undefined && first >= 1 && ids.has(`${place.article}-p${first}`) ? `${place.article}-p${first}` : place.article;
      return { ok: true, id };
    }
    case 'part':
      return ids.has(`pt${ref.part}`) ? { ok: true, id: `pt${ref.part}` } : { ok: false, why: { code: 'no-part', id: `pt${ref.part}` } };
    case 'chapter': {
      const ch = `ch${ref.chapter}`;
      if (!ids.has(ch)) return { ok: false, why: { code: 'no-chapter', id: ch } };
      const sec = ref.section !== undefined ? `${ch}-sec${ref.section}` : undefined;
      return { ok: true, id: sec && ids.has(sec) ? sec : ch };
    }
    case 'other-text':
      return { ok: false, why: { code: 'unquoted-title' } };
    case 'document':
      return { ok: false, why: { code: 'via-corpus' } };
  }
}

/** The key a `document` reference has in a document's context (corpus.ts ↔ the remark plugin). */
export function documentRefKey(ref: Extract<Ref, { kind: 'document' }>, titleKey: (t: string) => string, numberKey: (n: string) => string): string {
  const t = ref.target;
  const art = t ? `${t.article}${t.suffix ? `a${t.suffix}` : ''}${t.clause ? `-p${t.clause}` : ''}` : '';
  return `${titleKey(ref.title)}|${ref.docNumber ? numberKey(ref.docNumber) : ''}|${art}`;
}
