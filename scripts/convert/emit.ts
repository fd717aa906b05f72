import { formatAttributes } from '../../src/lib/format/attributes.ts';
import { escapeInline, escapeParagraph, yamlString } from './emit-escape.ts';
import { emitTable } from './emit-table.ts';
import { matchMarker } from '../../src/lib/format/markers.ts';
import { isTable } from './table.ts';
import type { DocumentModel, SectionNode } from './types.ts';

// Emit stage: DocumentModel → Markdown with YAML frontmatter (format: scripts/convert/README.md).

const MAX_LEVEL = 6;

export function emit(doc: DocumentModel): string {
  const out: string[] = [frontmatter(doc), ''];
  // Head and closing lines carry their role as a trailing `{.role}` (src/lib/format/line-roles.ts).
  for (const l of doc.head ?? []) out.push(`${escapeParagraph(l.text)} {.${l.role}}`, '');
  for (const p of doc.preamble) out.push(block(p), '');
  for (const s of doc.sections) section(s, out);
  if (doc.closing?.length) {
    // A thematic break ends the last section, so the closing call is not read as part of it.
    out.push('***', '');
    for (const p of doc.closing) out.push(block(p), '');
  }
  // The signature closes the main text; annexes follow it, as printed.
  for (const l of doc.signature ?? []) out.push(`${escapeParagraph(l.text)} {.${l.role}}`, '');
  for (const a of doc.annexes ?? []) section(a, out);
  if (doc.articles) articleList(doc, out);
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** A body paragraph, or a table (the one paragraph with line breaks, see table.ts). */
function block(p: string): string {
  return isTable(p) ? emitTable(p) : escapeParagraph(p);
}

function section(s: SectionNode, out: string[]): void {
  const level = Math.min(s.depth + 1, MAX_LEVEL);
  const attrs = formatAttributes({ id: s.id, classes: s.runIn ? ['run-in'] : [], ...(s.cite ? { marker: s.cite } : {}) });
  out.push(`${'#'.repeat(level)} ${escapeInline(s.heading.replace(/[ \t\r\n]+/g, ' ').trim())} ${attrs}`, '');
  s.body.forEach((p, i) => {
    const anchor = s.anchors?.find((a) => a.index === i);
    out.push(anchor ? `${block(p)} ${formatAttributes({ id: anchor.id, classes: [], marker: anchor.cite })}` : block(p), '');
  });
  for (const c of s.children) section(c, out);
  for (const l of s.signature ?? []) out.push(`${escapeParagraph(l.text)} {.${l.role}}`, '');
}

/** The compilation index lists its articles under its TOC's category headings, linking to sibling pages. */
function articleList(doc: DocumentModel, out: string[]): void {
  const articles = doc.articles ?? [];
  let n = 0;
  articles.forEach((a, i) => {
    if (i === 0 || a.category !== articles[i - 1]!.category) {
      n++;
      const heading = a.categoryHeading ?? a.category ?? '其他';
      const marker = matchMarker(heading, ['zh-dun']);
      out.push(`## ${escapeInline(heading)} ${formatAttributes({ id: `s${marker?.number ?? n}`, classes: [], ...(marker ? { marker: marker.marker } : {}) })}`, '');
    }
    out.push(`${a.order}. [${escapeInline(a.title)}](../${a.slug}/)`);
    if (i + 1 === articles.length || articles[i + 1]!.category !== a.category) out.push('');
  });
}

function frontmatter(doc: DocumentModel): string {
  const lines = ['---', `title: ${yamlString(doc.title)}`, `slug: ${yamlString(doc.slug)}`];
  lines.push(`issuer: ${doc.issuer === null ? 'null' : yamlString(doc.issuer)}`);
  lines.push(`date: ${doc.date === null ? 'null' : yamlString(doc.date)}`);
  lines.push(`type: ${yamlString(doc.type)}`, `script: ${doc.script}`);
  if (doc.docNumber !== undefined) lines.push(`docNumber: ${yamlString(doc.docNumber)}`);
  if (doc.effective !== undefined) lines.push(`effective: ${yamlString(doc.effective)}`);
  if (doc.adoptedBy !== undefined) lines.push(`adoptedBy: ${yamlString(doc.adoptedBy)}`);
  if (doc.addressees?.length) lines.push('addressees:', ...doc.addressees.map((a) => `  - ${yamlString(a)}`));
  const s = doc.source;
  lines.push('source:', `  file: ${yamlString(s.file)}`, `  startLine: ${s.startLine}`, `  endLine: ${s.endLine}`, `  startOffset: ${s.startOffset}`, `  endOffset: ${s.endOffset}`);
  if (doc.collection !== undefined) lines.push(`collection: ${yamlString(doc.collection)}`);
  if (doc.order !== undefined) lines.push(`order: ${doc.order}`);
  if (doc.category !== undefined) lines.push(`category: ${yamlString(doc.category)}`);
  if (doc.issuedBy !== undefined) lines.push(`issuedBy: ${yamlString(doc.issuedBy)}`);
  if (doc.issues?.length) lines.push('issues:', ...doc.issues.map((s) => `  - ${yamlString(s)}`));
  if (doc.articles) {
    lines.push('articles:');
    for (const a of doc.articles) {
      lines.push(`  - order: ${a.order}`, `    slug: ${yamlString(a.slug ?? '')}`, `    title: ${yamlString(a.title)}`);
      if (a.category !== null) lines.push(`    category: ${yamlString(a.category)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
