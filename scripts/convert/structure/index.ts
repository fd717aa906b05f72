import type { DocType, DocumentModel, DocumentPart, Message, Paragraph } from '../types.ts';
import { readHead } from './head.ts';
import { CATEGORY_TYPES, typeFromTitle } from './head-patterns.ts';
import { detectScript } from './script.ts';
import { addClauseAnchors, clauseWord } from './clauses.ts';
import { buildSections } from './sections.ts';
import { annexSection, splitAnnexes } from './annexes.ts';

// Structure stage: one split part → DocumentModel (without slug; the pipeline assigns slugs).

export interface StructureContext {
  file: string;
  /** Cleaned offset → offset in the decoded input. */
  toSource: (offset: number) => number;
  /** Decoded-input offset → 1-based line. */
  lineAt: (sourceOffset: number) => number;
}

export interface Structured {
  model: DocumentModel;
  warnings: Message[];
}

export function structure(part: DocumentPart, ctx: StructureContext): Structured {
  const warnings: Message[] = [];
  const lineOf = (p: Paragraph) => ctx.lineAt(ctx.toSource(p.offset));
  // Annexes after the main text are sections of their own; the head is read from the main text.
  const { main, annexes, listItems } = splitAnnexes(part.paragraphs);
  const head = readHead({ ...part, paragraphs: main });
  const rest = main.filter((_, i) => !head.consumed.has(i));
  const { preamble, sections, closing, warnings: sw } = buildSections(rest, { file: ctx.file, lineOf, isBody: (p) => listItems.has(p) });
  warnings.push(...sw);
  const annexNodes = annexes.map((a) => {
    const inner = buildSections(a.paragraphs, { file: ctx.file, lineOf });
    warnings.push(...inner.warnings);
    return annexSection(a, inner);
  });
  addClauseAnchors(sections, clauseWord(part.paragraphs.map((p) => p.text).join('\n')));

  const startOffset = ctx.toSource(part.range.start);
  const endOffset = ctx.toSource(part.range.end);
  let title = head.title;
  if (!title) {
    title = `${ctx.file} (${part.kind === 'article' ? `article ${part.order}` : 'untitled'})`;
    warnings.push({ file: ctx.file, line: ctx.lineAt(startOffset), severity: 'warning', reason: 'no document title found; the file name stands in. Add a title line or a slug override.' });
  }
  const allText = [title, ...part.paragraphs.map((p) => p.text)].join('\n');
  const model: DocumentModel = {
    title,
    slug: '',
    issuer: head.issuer,
    date: head.date,
    type: docType(part, title),
    script: detectScript(allText),
    source: { file: ctx.file, startLine: ctx.lineAt(startOffset), endLine: ctx.lineAt(Math.max(startOffset, endOffset - 1)), startOffset, endOffset },
    preamble,
    sections,
  };
  if (closing.length > 0) model.closing = closing;
  if (annexNodes.length > 0) model.annexes = annexNodes;
  if (part.kind === 'article') {
    model.order = part.order;
    if (part.category) model.category = part.category;
  }
  if (part.articles) model.articles = part.articles.map((a) => ({ ...a }));
  return { model, warnings };
}

function docType(part: DocumentPart, title: string): DocType {
  if (part.kind === 'compilation-index') return '汇编';
  return typeFromTitle(title) ?? (part.category ? CATEGORY_TYPES[part.category] : undefined) ?? '其他';
}
