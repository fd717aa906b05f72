import { emit } from './emit.ts';
import { lineFinder } from './lines.ts';
import { assignSlugs, type SlugManifest } from './slug.ts';
import { split } from './split/index.ts';
import { splitWarning } from './split-warning.ts';
import { refuseNoText } from './no-text.ts';
import { dateFromFileName } from './file-name-date.ts';
import { structure } from './structure/index.ts';
import { tidyTitleSpacing } from './structure/title-spacing.ts';
import { applyChanges } from './change.ts';
import { squash } from './squash.ts';
import type { DocumentSummary, FileReport, MetadataNote } from '../../src/lib/format/report.ts';
import type { Cleaned, Decoded, DocumentModel, DocumentPart, Message, Removal, TitleEdit } from './types.ts';

// The whole conversion of one raw file as a pure function: bytes in, Markdown and report out.
// The decode and clean stages (and the conservation check) are passed in so tests and the CLI
// can use the real ones while this file stays free of I/O.

export interface Stages {
  decode(file: string, bytes: Uint8Array): Decoded;
  clean(decoded: Decoded): Cleaned;
  checkConservation(decoded: Decoded, cleaned: Cleaned): void;
}

// The report's shape is declared once in src/lib/format/report.ts.
export type { DocumentSummary, FileReport };

export interface FileResult {
  docs: { slug: string; markdown: string; model: DocumentModel }[];
  report: FileReport;
}

/**
 * One file converted up to its document models, slugged within the file only. Plain data (the CLI
 * caches it as JSON); `emitFile` turns it into Markdown once slugs are settled across files.
 */
export interface FileModels {
  models: DocumentModel[];
  report: FileReport;
}

export function convertFile(file: string, bytes: Uint8Array, stages: Stages, slugs: SlugManifest = {}): FileResult {
  return emitFile(convertModels(file, bytes, stages, slugs));
}

export function convertModels(file: string, bytes: Uint8Array, stages: Stages, slugs: SlugManifest = {}): FileModels {
  const decoded = stages.decode(file, bytes);
  const cleaned = stages.clean(decoded);
  stages.checkConservation(decoded, cleaned);
  refuseNoText(decoded, cleaned);
  const findLine = lineFinder(decoded.text);
  const lineAt = (offset: number) => findLine(offset).line;
  const { parts, warnings } = split(cleaned);
  const all: Message[] = [...cleaned.warnings, ...warnings];
  const metadata: MetadataNote[] = [];
  const tables = [...(cleaned.infoTables ?? [])];
  const models = parts.map((part, i) => {
    // An information table belongs to the first document that ends after it.
    const end = cleaned.toSource(part.range.end);
    const info = tables[0] && tables[0].sourceOffset < end ? tables.shift() : undefined;
    // a Markdown copy's front matter describes the file: its first document
    // the file's name may carry a date: a hint for the first document when its text states none
    const named = i === 0 ? dateFromFileName(file) : null;
    const hints = i === 0 && (cleaned.frontMatter || named) ? { ...cleaned.frontMatter, ...(named ? { fileNameDate: named } : {}) } : undefined;
    const s = structure(part, { file, toSource: cleaned.toSource, lineAt, info, ...(hints ? { hints } : {}) });
    all.push(...s.warnings);
    metadata.push(...s.notes.map((n) => ({ document: i + 1, ...n })));
    return s.model;
  });
  parts.forEach((part, i) => {
    if (part.issuedBy !== undefined) inheritFromNotice(models[i]!, models[part.issuedBy]!);
  });
  const spacing = issuedTitleSpacing(models, parts);
  const titleEdits = [...spacing, ...tidyTitles(models)];
  const several = splitWarning(file, parts, models.map((m) => m.title), (part) => lineAt(cleaned.toSource(part.range.start)));
  if (several) all.push(several);
  const slugList = assignSlugs(file, models, slugs);
  models.forEach((m, i) => (m.slug = slugList[i]!));
  parts.forEach((part, i) => {
    if (part.issuedBy === undefined) return;
    const notice = models[part.issuedBy]!;
    models[i]!.issuedBy = notice.slug;
    (notice.issues ??= []).push(models[i]!.slug);
  });
  const report: FileReport = {
    file,
    encoding: decoded.encoding,
    lineEnds: decoded.lineEnds,
    conservation: 'ok',
    documents: [],
    removals: cleaned.removals,
    titleEdits,
    metadata,
    warnings: all,
  };
  return { models, report };
}

/**
 * An issued title spaced out by typesetting (国 务 院 工作 规则) where the notice names the text
 * without the spaces (《国务院工作规则》): the spaces go, each a recorded title edit. The same name
 * spaced inside the notice's own title (关于印发国家 粮食 应急预案的函) loses its spaces too.
 */
function issuedTitleSpacing(models: DocumentModel[], parts: readonly DocumentPart[]): TitleEdit[] {
  const out: TitleEdit[] = [];
  const unspace = (m: DocumentModel, document: number, from: number, to: number, reason: string) => {
    const title = m.title;
    const edits = [...title.slice(from, to).matchAll(/\s+/g)].map((s) => ({ offset: from + s.index, text: s[0], replacement: '' }));
    for (const e of edits) out.push({ kind: 'title-space', document, field: 'title', title, ...e, reason });
    m.title = applyChanges(title, edits);
  };
  models.forEach((m, i) => {
    const name = parts[i]?.issuedName;
    if (!name || /\s/.test(name)) return;
    if (m.title !== name && squash(m.title) === name) unspace(m, i + 1, 0, m.title.length, `typesetting space in an issued title: the notice names it 《${name}》`);
    const k = parts[i]!.issuedBy;
    const notice = k === undefined ? undefined : models[k];
    if (!notice || notice.title.includes(name)) return;
    const spaced = new RegExp([...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\u3000]*')).exec(notice.title);
    if (spaced) unspace(notice, k! + 1, spaced.index, spaced.index + spaced[0].length, `typesetting space in a notice's title: the text it issues is 《${name}》`);
  });
  return out;
}

/** What an issued text carries from the notice that issues it (when the notice has it). */
const INHERITED = ['issuer', 'date', 'docNumber'] as const;

function inheritFromNotice(issued: DocumentModel, notice: DocumentModel): void {
  const from = notice as unknown as Record<string, unknown>;
  const to = issued as unknown as Record<string, unknown>;
  for (const key of INHERITED) if (from[key] !== undefined && from[key] !== null) to[key] = from[key];
}

/** Removes date spacing from titles (and a compilation index's article titles), recording each edit. */
function tidyTitles(models: DocumentModel[]): TitleEdit[] {
  const out: TitleEdit[] = [];
  const tidy = (title: string, document: number, field: string): string => {
    const t = tidyTitleSpacing(title);
    for (const e of t.edits) out.push({ kind: 'title-space', document, field, title, ...e });
    if (applyChanges(title, t.edits) !== t.title) throw new Error(`title edits do not give the title back: ${title}`); // a bug, not bad input
    return t.title;
  };
  models.forEach((m, i) => {
    m.title = tidy(m.title, i + 1, 'title');
    for (const a of m.articles ?? []) a.title = tidy(a.title, i + 1, `articles.${a.order}.title`);
  });
  return out;
}

/**
 * Markdown and report of a converted file. `finalSlugs` (document order) replaces the file's own
 * slugs after a cross-file clash; `extraWarnings` are added to the report. Does not change `file`.
 */
export function emitFile(file: FileModels, finalSlugs?: readonly string[], extraWarnings: readonly Message[] = []): FileResult {
  const models = file.models.map((m, i) => ({ ...m, slug: finalSlugs?.[i] ?? m.slug }));
  // Links between a notice and the texts it issues follow the settled slugs.
  const settled = new Map(file.models.map((m, i) => [m.slug, models[i]!.slug]));
  for (const m of models) {
    if (m.issuedBy !== undefined) m.issuedBy = settled.get(m.issuedBy) ?? m.issuedBy;
    if (m.issues) m.issues = m.issues.map((s) => settled.get(s) ?? s);
  }
  const index = models.find((m) => m.type === '汇编' && m.articles);
  if (index) {
    const bySlot = models.filter((m) => m.order !== undefined);
    for (const m of bySlot) m.collection = index.slug;
    index.articles = index.articles!.map((a) => ({ ...a, slug: bySlot.find((m) => m.order === a.order)?.slug }));
  }
  const docs = models.map((model) => ({ slug: model.slug, markdown: emit(model), model }));
  const warnings = extraWarnings.length > 0 ? [...file.report.warnings, ...extraWarnings] : file.report.warnings;
  return { docs, report: { ...file.report, documents: models.map(summary), warnings } };
}

function summary(m: DocumentModel): DocumentSummary {
  const byDepth: number[] = [];
  const walk = (s: DocumentModel['sections']) => {
    for (const n of s) {
      byDepth[n.depth - 1] = (byDepth[n.depth - 1] ?? 0) + 1;
      walk(n.children);
    }
  };
  walk(m.sections);
  const filled = Array.from(byDepth, (v) => v ?? 0);
  const out: DocumentSummary = { slug: m.slug, title: m.title, type: m.type, date: m.date, script: m.script, sections: filled.reduce((a, b) => a + b, 0), sectionsByDepth: filled };
  if (m.annexes?.length) out.annexes = m.annexes.map((a) => a.id);
  if (m.issuedBy !== undefined) out.issuedBy = m.issuedBy;
  if (m.issues?.length) out.issues = [...m.issues];
  return out;
}
