import type { InfoTable } from '../clean/info-table.ts';
import type { FileHints } from '../file-name-date.ts';
import type { DocType, DocumentModel, DocumentPart, HeadLine, Message, Paragraph } from '../types.ts';
import { closingBlock, readHead, type MetadataFinding } from './head.ts';
import { CATEGORY_TYPES, bodyCueType, typeFromTitle } from './head-patterns.ts';
import { detectScript } from './script.ts';
import { addClauseAnchors, clauseWord } from './clauses.ts';
import { buildSections } from './sections.ts';
import { citedArticleStarts, citedLevelStarts } from './cited-articles.ts';
import { annexSection, splitAnnexes } from './annexes.ts';
import { isHeadRole } from '../../../src/lib/format/line-roles.ts';

// Structure stage: one split part → DocumentModel (without slug; the pipeline assigns slugs).

export interface StructureContext {
  file: string;
  /** Cleaned offset → offset in the decoded input. */
  toSource: (offset: number) => number;
  /** Decoded-input offset → 1-based line. */
  lineAt: (sourceOffset: number) => number;
  /** The information table above this document, if the cleaner found one. */
  info?: InfoTable;
  /** Title and date a Markdown copy's front matter gives: used only where the text names none. */
  hints?: FileHints;
}

/** Where a metadata field came from, for the report (document number filled in by the pipeline). */
export interface FieldNote {
  field: string;
  value: string;
  text: string;
  line?: number;
  from: string;
}

export interface Structured {
  model: DocumentModel;
  warnings: Message[];
  notes: FieldNote[];
}

export function structure(part: DocumentPart, ctx: StructureContext): Structured {
  const warnings: Message[] = [];
  const lineOf = (p: Paragraph) => ctx.lineAt(ctx.toSource(p.offset));
  // Annexes after the main text are sections of their own; the head is read from the main text.
  const { main, annexes, listItems } = splitAnnexes(part.paragraphs);
  const head = readHead({ ...part, paragraphs: main }, ctx.info, ctx.hints);
  const ps = head.paragraphs;
  const headLines: HeadLine[] = [];
  const signature: HeadLine[] = [];
  const rest: Paragraph[] = [];
  ps.forEach((p, i) => {
    if (head.consumed.has(i)) return;
    const role = head.roles.get(i);
    if (role && isHeadRole(role)) headLines.push({ role, text: p.text });
    else if (role) signature.push({ role, text: p.text });
    else rest.push(p);
  });
  const cited = new Set([...citedArticleStarts(rest), ...citedLevelStarts(rest)]);
  const { preamble, sections, closing, warnings: sw } = buildSections(rest, { file: ctx.file, lineOf, isBody: (p) => listItems.has(p) || cited.has(p) });
  warnings.push(...sw);
  const annexNodes = annexes.map((a) => {
    // an annexed report or letter closes with its own signature: closing lines, as the main text's
    const roles = closingBlock(a.paragraphs, 0);
    const inner = buildSections(a.paragraphs.filter((_, i) => !roles.has(i)), { file: ctx.file, lineOf });
    warnings.push(...inner.warnings);
    const closingLines = [...roles].sort((x, y) => x[0] - y[0]).map(([i, role]) => ({ role, text: a.paragraphs[i]!.text }));
    return annexSection(a, inner, closingLines);
  });
  // an annex's articles (a 补充规定 with the interpretation it amends as 附件) have 款 as well
  addClauseAnchors([...sections, ...annexNodes], clauseWord(part.paragraphs.map((p) => p.text).join('\n')), new Set([...listItems].map((p) => p.text)));

  const startOffset = ctx.toSource(part.range.start);
  const endOffset = ctx.toSource(part.range.end);
  const firstLine = ctx.lineAt(startOffset);
  let title = head.title;
  if (!title) {
    title = `${ctx.file} (${part.kind === 'article' ? `article ${part.order}` : 'untitled'})`;
    warnings.push({ file: ctx.file, line: firstLine, severity: 'warning', kind: 'no-title', reason: 'no document title found; the file name stands in. Add a title line or a slug override.' });
  }
  // (a text issued by a notice in the same file takes the notice's date and issuer: no warning)
  if (part.kind === 'document' && part.issuedBy === undefined) {
    const named = head.findings.find((f) => f.field === 'date' && f.from === 'file-name');
    if (named) warnings.push({ file: ctx.file, line: firstLine, severity: 'warning', kind: 'no-date', reason: `the text states no date; ${named.value} is read from the file name ("${named.text}"), which may be a collection's revision or publication date. Add the date line if the copy lost it, or check the date.` });
    if (!head.date) warnings.push({ file: ctx.file, line: firstLine, severity: 'warning', kind: 'no-date', reason: 'no document date found (no signature date, date line, adoption note or information table); the document is listed as undated. Add the date line if the copy lost it.' });
    if (!head.issuer) warnings.push({ file: ctx.file, line: firstLine, severity: 'warning', kind: 'no-issuer', reason: head.issuerNote ? `no issuer: ${head.issuerNote}; the document is listed without one.` : 'no issuer found (no issuer line, title prefix, signature, adoption note or information table); the document is listed without one.' });
  }
  const allText = [title, ...part.paragraphs.map((p) => p.text)].join('\n');
  const model: DocumentModel = {
    title,
    slug: '',
    issuer: head.issuer,
    date: head.date,
    type: docType(part, title, rest),
    script: detectScript(allText),
    source: { file: ctx.file, startLine: firstLine, endLine: ctx.lineAt(Math.max(startOffset, endOffset - 1)), startOffset, endOffset },
    preamble,
    sections,
  };
  if (head.docNumber) model.docNumber = head.docNumber;
  if (head.effective) model.effective = head.effective;
  if (head.adoptedBy) model.adoptedBy = head.adoptedBy;
  if (head.addressees.length > 0) model.addressees = head.addressees;
  if (headLines.length > 0) model.head = headLines;
  if (closing.length > 0) model.closing = closing;
  if (signature.length > 0) model.signature = signature;
  if (annexNodes.length > 0) model.annexes = annexNodes;
  if (part.kind === 'article') {
    model.order = part.order;
    if (part.category) model.category = part.category;
  }
  if (part.articles) model.articles = part.articles.map((a) => ({ ...a }));
  const published: Record<string, string | null | undefined> = { issuer: model.issuer, date: model.date, docNumber: model.docNumber, effective: model.effective, adoptedBy: model.adoptedBy, addressees: model.addressees?.join('，') };
  const notes = head.findings
    .filter((f) => f.field !== 'title' || f.value === title)
    .map((f: MetadataFinding): FieldNote => ({
      field: f.field,
      value: published[f.field] ?? f.value,
      text: f.text,
      line: f.sourceOffset !== undefined ? ctx.lineAt(f.sourceOffset) : f.offset !== undefined ? ctx.lineAt(ctx.toSource(f.offset)) : undefined,
      from: f.from,
    }))
    .sort((a, b) => a.field.localeCompare(b.field));
  return { model, warnings, notes };
}

function docType(part: DocumentPart, title: string, paragraphs: readonly Paragraph[]): DocType {
  if (part.kind === 'compilation-index') return '汇编';
  const fromTitle = typeFromTitle(title) ?? (part.category ? CATEGORY_TYPES[part.category] : undefined);
  if (fromTitle) return fromTitle;
  return bodyCueType(paragraphs) ?? '其他';
}
