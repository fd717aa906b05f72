// Finds references in a piece of text (a paragraph, or one text node of it): within the document
// (第十条, 本法第十条第二款, 本条第一款第（三）项, 前款, 第二章, 第一编) and to other documents
// (《title》, optionally with its 文号 and an article). Pure: positions and parsed numbers only;
// resolving them to ids is resolve.ts.
import { numeralValue } from './numerals.ts';
import { ARTICLE, CHAPTER, DOC_NUMBER, LIST_JOINER, OTHER_TEXT_BEFORE, PART, PREVIOUS_CLAUSES, SELF_NAME, THIS_ARTICLE, TITLE } from './patterns.ts';

export interface ArticleRef {
  article: number;
  /** 之一 → 1 */
  suffix?: number;
  clause?: number;
  item?: number;
}

export type Ref =
  | { kind: 'article'; start: number; end: number; text: string; target: ArticleRef; selfNamed: boolean }
  | { kind: 'this-article'; start: number; end: number; text: string; clause?: number; item?: number }
  | { kind: 'previous-clauses'; start: number; end: number; text: string; count: number }
  | { kind: 'part'; start: number; end: number; text: string; part: number }
  | { kind: 'chapter'; start: number; end: number; text: string; chapter: number; section?: number }
  | { kind: 'document'; start: number; end: number; text: string; title: string; docNumber?: string; target?: ArticleRef }
  /** counted, never linked: an article of a text named without 《》 (宪法第十条) */
  | { kind: 'other-text'; start: number; end: number; text: string };


// One alternation, leftmost match first: 《title》… before a bare 第…条, so 《X》第十条 is one reference.
const SCANNER = new RegExp(
  [
    `${TITLE}(?:${DOC_NUMBER})?(?:${ARTICLE})?`, // 1 title, 2 number, 3-6 article
    `(${SELF_NAME})?${ARTICLE}`, // 7 self name, 8-11 article
    THIS_ARTICLE, // 12-13
    PREVIOUS_CLAUSES, // 14
    PART, // 15
    CHAPTER, // 16-17
  ].map((p) => `(?:${p})`).join('|'),
  'g',
);

const MAYBE = /[第《]|[前本][^]?[条條款]/;

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : numeralValue(s) ?? undefined);

function article(m: RegExpExecArray, at: number): ArticleRef | undefined {
  const a = num(m[at]);
  if (a === undefined) return undefined;
  const ref: ArticleRef = { article: a };
  const suffix = num(m[at + 1]), clause = num(m[at + 2]), item = num(m[at + 3]);
  if (suffix !== undefined) ref.suffix = suffix;
  if (clause !== undefined) ref.clause = clause;
  if (item !== undefined) ref.item = item;
  return ref;
}

const COUNT: Record<string, number> = { 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * References in `text`, in order. `paragraphStart`: the text begins a paragraph, so a 第…条 /
 * 第…章 right at its start is the block's own label, not a reference.
 */
export function scanReferences(text: string, paragraphStart = false): Ref[] {
  const out: Ref[] = [];
  // Most paragraphs hold no reference: one cheap test before the scanner's alternation.
  if (!MAYBE.test(text)) return out;
  for (const m of text.matchAll(SCANNER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const t = m[0];
    const base = { start, end, text: t };
    if (m[1] !== undefined) {
      const target = article(m, 3);
      out.push({ kind: 'document', ...base, title: m[1], ...(m[2] ? { docNumber: m[2] } : {}), ...(target ? { target } : {}) });
      continue;
    }
    const label = paragraphStart && start === 0;
    if (m[8] !== undefined) {
      const selfNamed = m[7] !== undefined;
      if (label && !selfNamed) continue;
      const target = article(m, 8);
      // A later member of a list belongs to the text of the first (公司法第二十一条、第八十四条).
      const prev = out.at(-1);
      if (!selfNamed && prev && LIST_JOINER.test(text.slice(prev.end, start))) {
        if (prev.kind === 'other-text') {
          out.push({ kind: 'other-text', ...base });
          continue;
        }
        if (prev.kind === 'document' && target) {
          out.push({ kind: 'document', ...base, title: prev.title, ...(prev.docNumber ? { docNumber: prev.docNumber } : {}), target });
          continue;
        }
      }
      if (!selfNamed && OTHER_TEXT_BEFORE.test(text.slice(0, start))) {
        out.push({ kind: 'other-text', ...base });
        continue;
      }
      if (target) out.push({ kind: 'article', ...base, target, selfNamed });
      continue;
    }
    if (t.startsWith('本')) {
      out.push({ kind: 'this-article', ...base, ...(num(m[12]) !== undefined ? { clause: num(m[12]) } : {}), ...(num(m[13]) !== undefined ? { item: num(m[13]) } : {}) });
      continue;
    }
    if (t.startsWith('前')) {
      out.push({ kind: 'previous-clauses', ...base, count: m[14] ? COUNT[m[14]] ?? 1 : 1 });
      continue;
    }
    if (label) continue;
    if (m[15] !== undefined) {
      const part = num(m[15]);
      if (part !== undefined) out.push({ kind: 'part', ...base, part });
      continue;
    }
    if (m[16] !== undefined) {
      const chapter = num(m[16]);
      const section = num(m[17]);
      if (chapter !== undefined) out.push({ kind: 'chapter', ...base, chapter, ...(section !== undefined ? { section } : {}) });
    }
  }
  return out;
}
