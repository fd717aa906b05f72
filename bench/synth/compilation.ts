// A 汇编 as downloaded from a document-sharing site: the whole compilation on one line,
// a table of contents by category, articles run together with their headings inline.

import type { SynthDoc } from './document.ts';
import { bodyParagraphs, type RenderContext } from './render.ts';
import { toChinese } from './numerals.ts';
import { compilationCategories, compilationNotice, webFooters } from './vocabulary.ts';

export interface CompilationArticle {
  category: (typeof compilationCategories)[number];
  doc: SynthDoc;
}

/** 一是/二是 (or 一要/二要) run-in items, a form the seed compilation uses in speeches. */
function enumerated(doc: SynthDoc, verb: '是' | '要'): string[] {
  const out: string[] = [];
  doc.sections.forEach((s, i) => {
    out.push(`${toChinese(i + 1)}、${s.heading}`);
    s.children.forEach((c, j) => out.push(`${toChinese(j + 1)}${verb}${c.heading}${c.paragraphs[0] ?? ''}`));
  });
  return out;
}

const categoriesOf = (articles: CompilationArticle[]) => compilationCategories.filter((c) => articles.some((a) => a.category === c));

/** 治理体系…全套资料31篇汇编(意见决定、经验交流…等), as the seed's title. */
export function compilationTitle(subject: string, articles: CompilationArticle[]): string {
  return `${subject}全套资料${articles.length}篇汇编(${categoriesOf(articles).join('、')}等)`;
}

export function renderCompilation(ctx: RenderContext, subject: string, articles: CompilationArticle[]): string {
  const categories = categoriesOf(articles);
  const title = compilationTitle(subject, articles);
  const toc = categories
    .map((c, i) => `${toChinese(i + 1)}、${c} ${articles.filter((a) => a.category === c).map((a) => a.doc.title).join(' ')}`)
    .join(' ');
  const bodies = articles.map(({ category, doc }) => {
    const paras =
      category === '领导讲话' || category === '经验交流'
        ? enumerated(doc, ctx.rng.pick(['是', '要'] as const))
        : bodyParagraphs(doc, { paren: 'half', arabic: '.', continueNumbering: false });
    return [doc.title, ...doc.preamble, ...paras, ...doc.closing].join(' ');
  });
  const line = `${title} 目 录 ${toc} ${bodies.join(' ')}`;
  return [title, compilationNotice, '文档介绍', title, line, webFooters[1]].join('\n\n') + '\n';
}
