import { GB_RANK, markerDef, matchMarker, type MarkerKind, type MarkerMatch } from '../markers.ts';
import type { Message, Paragraph, SectionNode } from '../types.ts';
import { unglueHeadings } from './glued-heading.ts';
import { isTable } from '../table.ts';

// Section tree from paragraphs. A paragraph that starts with a numbering marker opens a section;
// its depth is its nesting depth (a 1. right under 一、 is one level below it), decided by the
// markers currently open: the same kind again is a sibling, a new kind is a child, and a kind
// ranked higher by GB/T 9704 closes the lower ones first. Items starting with —— are body text.

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
  kind: MarkerKind;
  number: number;
  /** Item of a list that started again under a subheading (its ids repeat on purpose). */
  restarted: boolean;
}

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
  /** Last number seen per marker kind: some documents number 1, 2, 3 … straight through all parts. */
  const last = new Map<MarkerKind, number>();

  let previous: string | null = null; // body paragraph just before this one (null after a heading)
  for (const p of paragraphs) {
    const found = p.text.startsWith('——') || isTable(p.text) || opts.isBody?.(p) ? null : matchMarker(p.text);
    const m = found && found.number === -1 ? continueSequence(stack, found) : found;
    const at = m ? placement(stack, m, last, previous !== null && isSubheading(previous)) : null;
    if (!m || at === null) {
      const body = stack.length > 0 ? stack[stack.length - 1]!.node.body : preamble;
      body.push(p.text);
      previous = p.text;
      continue;
    }
    previous = null;
    // A list that starts again under a subheading repeats its ids on purpose (-r2, no warning).
    const sibling = stack.find((o) => o.kind === m.kind);
    const restart = m.loose && sibling !== undefined && (m.number === 1 || sibling.restarted);
    stack.length = at;
    const parent = stack[stack.length - 1];
    const { heading, rest, runIn } = splitHeading(p.text, m);
    const base = sectionId(m, stack);
    let id = base;
    // Next suffix per base id, so a thousand repeats stay linear.
    for (let k = repeats.get(base) ?? 2; used.has(id); k++) {
      id = `${base}-r${k}`;
      repeats.set(base, k + 1);
    }
    if (id !== base && !restart) {
      warnings.push({ file: opts.file, line: opts.lineOf(p), severity: 'warning', reason: `repeated numbering "${m.marker}" gives id ${base} twice; this one is ${id}` });
    }
    used.add(id);
    const node: SectionNode = { id, depth: stack.length + 1, marker: m.marker, heading, runIn, body: rest ? [rest] : [], children: [] };
    if (node.depth > MAX_DEPTH) {
      warnings.push({ file: opts.file, line: opts.lineOf(p), severity: 'warning', reason: `section ${id} is nested ${node.depth} levels deep; Markdown shows at most ${MAX_DEPTH} (######), deeper ones at that level` });
    }
    (parent ? parent.node.children : sections).push(node);
    lines.set(node, opts.lineOf(p));
    stack.push({ node, kind: m.kind, number: m.number, restarted: restart });
    last.set(m.kind, m.number);
  }
  unglueHeadings(sections, (node, reason) => warnings.push({ file: opts.file, line: lines.get(node), severity: 'warning', reason }));
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
  const sibling = stack.find((o) => o.kind === m.kind);
  return sibling ? { ...m, number: sibling.number + 1 } : null;
}

/**
 * Stack length to keep before opening a section for marker `m`; null when the marker is not
 * trusted as a heading (a loose marker out of sequence).
 */
function placement(stack: readonly Open[], m: MarkerMatch, last: ReadonlyMap<MarkerKind, number>, afterSubheading: boolean): number | null {
  const same = stack.findIndex((o) => o.kind === m.kind);
  if (same !== -1) {
    // A loose list may start again at 一是 under an unnumbered subheading (因需而新:…).
    if (m.loose && m.number !== stack[same]!.number + 1 && !(m.number === 1 && afterSubheading)) return null;
    return same;
  }
  if (m.loose && m.number !== 1 && m.number !== (last.get(m.kind) ?? -1) + 1) return null;
  let keep = stack.length;
  while (keep > 0 && GB_RANK[stack[keep - 1]!.kind] > GB_RANK[m.kind]) keep--;
  return keep;
}

/** Longest unnumbered subheading: a short line without sentence punctuation (因需而新:创新国家治理体系). */
const MAX_SUBHEADING = 40;
const SENTENCE_PUNCTUATION = /[。！？；!?;]|[，,]$/;

function isSubheading(text: string): boolean {
  return text.length <= MAX_SUBHEADING && !SENTENCE_PUNCTUATION.test(text);
}

/** Law structure ids (ch2, ch2-sec1, art15) stand alone; other levels extend their parent's id. */
function sectionId(m: MarkerMatch, stack: readonly Open[]): string {
  const prefix = markerDef(m.kind).idPrefix;
  const parent = stack[stack.length - 1];
  if (m.kind === 'section') {
    const chapter = [...stack].reverse().find((o) => o.kind === 'chapter');
    return chapter ? `${chapter.node.id}-sec${m.number}` : `sec${m.number}`;
  }
  if (prefix) return `${prefix}${m.number}`;
  const segment = `${markerDef(m.kind).segment ?? ''}${m.number}`;
  return parent ? `${parent.node.id}-${segment}` : m.kind === 'zh-ordinal' ? segment : `s${segment}`;
}

/**
 * Stand-alone heading: the whole paragraph. Run-in heading: the lead sentence up to the first
 * 。 or ：, the rest of the paragraph is body. A law article's heading is its number (第十五条).
 */
function splitHeading(text: string, m: MarkerMatch): { heading: string; rest: string; runIn: boolean } {
  if (m.kind === 'article') {
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
