import { matchMarker, rankOf, slotOf, zhNumeral, type MarkerMatch } from '../../../src/lib/format/markers.ts';
import { matchLabel } from '../../../src/lib/format/labels.ts';
import type { Message, Paragraph, SectionNode } from '../types.ts';
import { clauseCount } from './clauses.ts';
import { unglueHeadings } from './glued-heading.ts';
import { isTable } from '../table.ts';
import { sectionId } from './section-ids.ts';

// Section tree from paragraphs. A paragraph that starts with a numbering marker opens a section;
// its depth is its nesting depth (a 1. right under 一、 is one level below it), decided by the
// markers currently open: the same kind again is a sibling, a new kind is a child, and a kind
// ranked higher by GB/T 9704 closes the lower ones first. Items starting with —— are body text.
// An unnumbered structural heading (序言, 基本案情: format/labels.ts) opens a top-level section;
// a law level (编 … 条) or decimal number after it closes it, other markers nest inside it.

/** Depth 1 is ##, so depth 5 is ######, the deepest ATX heading. */
const MAX_DEPTH = 5;

/** Where the lead sentence of a run-in heading ends. */
const LEAD_END = /[。：:]/;

export interface SectionsResult {
  preamble: string[];
  sections: SectionNode[];
  closing: string[];
  warnings: Message[];
}

interface Open {
  node: SectionNode;
  kind: MarkerMatch['kind'] | 'label';
  slot: string;
  rank: number;
  number: number;
  path?: number[];
  /** Item of a list that started again under a subheading (its ids repeat on purpose). */
  restarted: boolean;
  /** Id prefix of this list's items (art4 or, for a list in a later 款, art4-p2) and its citation. */
  base?: { id: string; cite: string };
}

/** Labels rank above everything, so nothing closes them but law levels and decimal numbers. */
const LABEL_RANK = -10;
/** Markers ranked at most this close an open label (law levels, decimal numbering). */
const CLOSES_LABEL = 2.9;
/** Kinds whose ids stand alone (not derived from the parent's). */
const LAW_KINDS = new Set(['part', 'subpart', 'chapter', 'section', 'article', 'decimal', 'label']);

export interface SectionOptions {
  file: string;
  /** Line number (1-based) of a paragraph, for messages. */
  lineOf: (p: Paragraph) => number;
  /** Paragraphs that are body text whatever they start with (the items of an annex list). */
  isBody?: (p: Paragraph) => boolean;
}

export function buildSections(paragraphs: readonly Paragraph[], opts: SectionOptions): SectionsResult {
  const preamble: string[] = [];
  const sections: SectionNode[] = [];
  const warnings: Message[] = [];
  const used = new Set<string>();
  const repeats = new Map<string, number>();
  const stack: Open[] = [];
  const lines = new Map<SectionNode, number>();
  /** Last number seen per marker slot: some documents number 1, 2, 3 … straight through all parts. */
  const last = new Map<string, number>();

  let previous: string | null = null; // body paragraph just before this one (null after a heading)
  for (const p of paragraphs) {
    const label = isTable(p.text) || opts.isBody?.(p) ? null : matchLabel(p.text);
    if (label) {
      previous = null;
      stack.length = 0;
      const node: SectionNode = { id: uniqueLabelId(label.def.id, used), depth: 1, marker: '', cite: label.word, kind: 'label', heading: p.text, runIn: false, body: [], children: [] };
      used.add(node.id);
      sections.push(node);
      lines.set(node, opts.lineOf(p));
      stack.push({ node, kind: 'label', slot: 'label', rank: LABEL_RANK, number: 0, restarted: false });
      continue;
    }
    const found = p.text.startsWith('——') || isTable(p.text) || opts.isBody?.(p) ? null : matchMarker(p.text);
    const m = found && found.number === -1 ? continueSequence(stack, found) : found;
    const at = m ? placement(stack, m, last, previous !== null && isSubheading(previous), p.text) : null;
    if (!m || at === null) {
      const body = stack.length > 0 ? stack[stack.length - 1]!.node.body : preamble;
      body.push(p.text);
      previous = p.text;
      continue;
    }
    previous = null;
    // A list that starts again under a subheading repeats its ids on purpose (-r2, no warning).
    const sibling = stack.find((o) => o.slot === slotOf(m));
    const restart = m.loose && sibling !== undefined && (m.number === 1 || sibling.restarted);
    stack.length = at;
    const parent = stack[stack.length - 1];
    const { heading, rest, runIn } = splitHeading(p.text, m);
    const item = itemBase(m, parent, sibling);
    const base = item ? `${item.id}-${m.number}` : sectionId(m, stack);
    let id = base;
    // Next suffix per base id, so a thousand repeats stay linear.
    for (let k = repeats.get(base) ?? 2; used.has(id); k++) {
      id = `${base}-r${k}`;
      repeats.set(base, k + 1);
    }
    if (id !== base && !restart) {
      warnings.push({ file: opts.file, line: opts.lineOf(p), severity: 'warning', kind: 'numbering', reason: `repeated numbering "${m.marker}" gives id ${base} twice; this one is ${id}` });
    }
    used.add(id);
    const cite = (item?.cite ?? '') + m.marker.replace(/\s+/g, '');
    const node: SectionNode = { id, depth: stack.length + 1, marker: m.marker, cite, heading, runIn, body: rest ? [rest] : [], children: [] };
    if (LAW_KINDS.has(m.kind)) node.kind = m.kind;
    if (node.depth > MAX_DEPTH) {
      warnings.push({ file: opts.file, line: opts.lineOf(p), severity: 'warning', kind: 'depth', reason: `section ${id} is nested ${node.depth} levels deep; Markdown shows at most ${MAX_DEPTH} (######), deeper ones at that level` });
    }
    (parent ? parent.node.children : sections).push(node);
    lines.set(node, opts.lineOf(p));
    const open: Open = { node, kind: m.kind, slot: slotOf(m), rank: rankOf(m), number: m.number, restarted: restart };
    if (m.path) open.path = m.path;
    if (item) open.base = item;
    stack.push(open);
    last.set(slotOf(m), m.number);
  }
  unglueHeadings(sections, (node, reason) => warnings.push({ file: opts.file, line: lines.get(node), severity: 'warning', kind: 'heading?', reason }));
  return { preamble, sections, closing: takeClosing(sections), warnings };
}

/** A closing call (省委号召，……！) ends a document after its last section; at most two paragraphs. */
const CLOSING = /[！!]["”’」』）)]*$/;

/** Moves trailing exclamatory paragraphs out of the last section's body. */
function takeClosing(sections: SectionNode[]): string[] {
  let last = sections[sections.length - 1];
  while (last && last.children.length > 0) last = last.children[last.children.length - 1];
  if (!last) return [];
  const closing: string[] = [];
  while (closing.length < 2 && last.body.length > 1 && CLOSING.test(last.body[last.body.length - 1]!)) closing.unshift(last.body.pop()!);
  return closing;
}

/** 最后 ("finally") takes the number after its open sibling; without one it is no heading. */
function continueSequence(stack: readonly Open[], m: MarkerMatch): MarkerMatch | null {
  const sibling = stack.find((o) => o.slot === slotOf(m));
  return sibling ? { ...m, number: sibling.number + 1 } : null;
}

/**
 * Stack length to keep before opening a section for marker `m`; null when the marker is not
 * trusted as a heading (a loose marker out of sequence).
 */
function placement(stack: readonly Open[], m: MarkerMatch, last: ReadonlyMap<string, number>, afterSubheading: boolean, text: string): number | null {
  if (m.kind === 'decimal' && !decimalFits(stack, m, last, text)) return null;
  const same = stack.findIndex((o) => o.slot === slotOf(m));
  if (same !== -1) {
    // A loose list may start again at 一是 under an unnumbered subheading (因需而新:…).
    if (m.loose && m.number !== stack[same]!.number + 1 && !(m.number === 1 && afterSubheading)) return null;
    return same;
  }
  if (m.loose && m.number !== 1 && m.number !== (last.get(slotOf(m)) ?? -1) + 1) return null;
  const rank = rankOf(m);
  let keep = stack.length;
  while (keep > 0 && stack[keep - 1]!.rank > rank) keep--;
  if (keep === 1 && stack[0]!.kind === 'label' && rank <= CLOSES_LABEL) keep = 0;
  return keep;
}

/**
 * Decimal numbering is trusted as a tree: 1.2 only inside an open 1 (or right after 1.1), and a
 * top-level number only in sequence and as a short heading line (not "3 名委员…").
 */
function decimalFits(stack: readonly Open[], m: MarkerMatch, last: ReadonlyMap<string, number>, text: string): boolean {
  const path = m.path ?? [m.number];
  if (path.length === 1) return isSubheading(text) && (m.number === 1 || m.number === (last.get(slotOf(m)) ?? -1) + 1);
  const parent = stack.find((o) => o.kind === 'decimal' && o.path?.length === path.length - 1);
  return parent !== undefined && parent.path!.every((n, i) => n === path[i]);
}

/**
 * Items (（一）, 一、 in Taiwan law) directly in an article: the first list takes the article's id
 * (art4-1); a list that starts again after a later 款 is prefixed with that 款 (art4-p2-1, cited
 * 第二款（一）) so its ids stay unique and say where they are.
 */
function itemBase(m: MarkerMatch, parent: Open | undefined, sibling: Open | undefined): { id: string; cite: string } | undefined {
  if (!parent || parent.kind !== 'article' || LAW_KINDS.has(m.kind)) return undefined;
  if (sibling?.base && sibling.node !== parent.node && parent.node.children.includes(sibling.node) && m.number !== 1) return sibling.base;
  const earlier = parent.node.children.some((c) => c.kind !== 'article');
  if (!earlier) return { id: parent.node.id, cite: '' };
  const clause = clauseCount(parent.node);
  return clause >= 2 ? { id: `${parent.node.id}-p${clause}`, cite: `第${zhNumeral(clause)}款` } : { id: parent.node.id, cite: '' };
}

function uniqueLabelId(id: string, used: ReadonlySet<string>): string {
  let out = id;
  for (let k = 2; used.has(out); k++) out = `${id}${k}`;
  return out;
}

/** Longest unnumbered subheading: a short line without sentence punctuation (因需而新:创新国家治理体系). */
const MAX_SUBHEADING = 40;
const SENTENCE_PUNCTUATION = /[。！？；!?;]|[，,]$/;

function isSubheading(text: string): boolean {
  return text.length <= MAX_SUBHEADING && !SENTENCE_PUNCTUATION.test(text);
}

/**
 * Stand-alone heading: the whole paragraph. Run-in heading: the lead sentence up to the first
 * 。 or ：, the rest of the paragraph is body. A law article's heading is its number (第十五条).
 */
function splitHeading(text: string, m: MarkerMatch): { heading: string; rest: string; runIn: boolean } {
  if (m.kind === 'article' || m.kind === 'part' || m.kind === 'subpart') {
    if (m.kind !== 'article' && !LEAD_END.test(m.rest)) return { heading: text, rest: '', runIn: false };
    const rest = m.rest.trim();
    return { heading: m.marker, rest, runIn: rest.length > 0 };
  }
  const lead = LEAD_END.exec(m.rest);
  if (lead) {
    const cut = m.marker.length + lead.index + 1;
    const rest = text.slice(cut).trim();
    if (rest) return { heading: text.slice(0, cut), rest, runIn: true };
  }
  return { heading: text, rest: '', runIn: false };
}
