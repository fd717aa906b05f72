// Markup of copies kept as Markdown or saved from a page's source: HTML comments (<!-- INFO END -->)
// and Markdown heading marks (# 标题, ## 第一章) at a line start. Policy texts never begin a line with
// "# " themselves, so the mark goes and the heading text stays for the structure stage to read; where
// each heading starts is handed over, so line-wrap.ts keeps it a paragraph of its own.
// Front matter at the very start of a .md copy (`---\ntitle: 宪法\n---`) is the site's metadata,
// not text: it goes, and its title and date are handed over as hints (the text's own head wins).
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { frontMatterHints, isMarkdownFile, readFrontMatter } from '../front-matter.ts';

const COMMENT = /<!--[\s\S]*?-->/g;
const HEADING_MARK = /^[ \t]{0,3}#{1,6}[ \t\u3000]+(?=\S)/gm;

export const markupRule: Rule = {
  kind: 'markup',
  run(text, ctx) {
    const edits: Edit[] = [];
    const fm = isMarkdownFile(ctx.file) ? readFrontMatter(text) : null;
    if (fm) {
      edits.push({ offset: 0, length: fm.length, replacement: '', reason: `Markdown front matter (site metadata, not text; fields: ${[...fm.fields.keys()].join(', ')})` });
      ctx.found?.({ frontMatter: frontMatterHints(fm) });
    }
    const from = fm?.length ?? 0;
    for (const m of text.matchAll(COMMENT)) if (m.index >= from) edits.push({ offset: m.index, length: m[0].length, replacement: '', reason: `HTML comment ${m[0].length > 40 ? `${m[0].slice(0, 37)}…` : m[0]}` });
    const headings: number[] = [];
    for (const m of text.matchAll(HEADING_MARK)) {
      if (m.index < from) continue;
      edits.push({ offset: m.index, length: m[0].length, replacement: '', reason: `Markdown heading mark "${m[0].trim()}"` });
      headings.push(ctx.sourceOffset?.(m.index + m[0].length) ?? m.index + m[0].length);
    }
    if (headings.length > 0) ctx.found?.({ markdownHeadings: headings });
    return edits.sort((a, b) => a.offset - b.offset);
  },
};
