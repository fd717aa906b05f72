// The sections inside one search record, written by the index build (scripts/search/records.ts)
// into the record's meta and read back by the browser to place a match in its section.
// Pagefind rewrites a record's whitespace (and adds zero-width spaces), so positions are
// counted in "squashed" text: whitespace removed, the form matching already works on (fold.ts).
//   meta.sec = "id,depth,length,headingLength;…"   lengths in squashed UTF-16 units
//   meta.ctx = JSON [[depth, heading], …]: the headings above the record's first section that
//              are not inside the record
import { squashedLength } from './fold.ts';

export interface RecordSection {
  /** heading id ('' for the text before the first heading) */
  id: string;
  depth: number;
  /** squashed length of the section's whole text, and of its heading at the start of it */
  length: number;
  headingLength: number;
}

export interface SectionInput { id: string; depth: number; heading: string; text: string }

export function encodeSections(sections: SectionInput[]): string {
  return sections.map((s) => `${s.id},${s.depth},${squashedLength(s.text)},${squashedLength(s.heading)}`).join(';');
}

export function decodeSections(sec: string | undefined): RecordSection[] {
  if (!sec) return [];
  return sec.split(';').map((part) => {
    const [id = '', depth = '0', length = '0', headingLength = '0'] = part.split(',');
    return { id, depth: Number(depth), length: Number(length), headingLength: Number(headingLength) };
  });
}

export interface PlacedSection {
  id: string;
  /** heading texts from the top level down to this section */
  path: string[];
  /** where the section starts and ends in the squashed content */
  start: number;
  end: number;
}

/**
 * Every section of a record with its path. `text(start, end)` gives the record's text between two
 * squashed positions, as displayed (headings are read from the record itself); `context` = the
 * headings above the first section.
 */
export function placeSections(text: (start: number, end: number) => string, sections: RecordSection[], context: [number, string][] = []): PlacedSection[] {
  const stack = context.map(([depth, heading]) => ({ depth, text: heading }));
  const out: PlacedSection[] = [];
  let at = 0;
  for (const s of sections) {
    const heading = s.headingLength > 0 ? text(at, at + s.headingLength) : '';
    if (s.depth > 0) {
      while (stack.length && stack.at(-1)!.depth >= s.depth) stack.pop();
      stack.push({ depth: s.depth, text: heading });
    }
    out.push({ id: s.id, path: s.depth > 0 ? stack.map((x) => x.text) : [], start: at, end: at + s.length });
    at += s.length;
  }
  return out;
}

/** meta.ctx read back; anything malformed is no context (the path is then shorter, not wrong). */
export function decodeContext(ctx: string | undefined): [number, string][] {
  if (!ctx) return [];
  try {
    const v = JSON.parse(ctx) as unknown;
    return Array.isArray(v) ? v.filter((x): x is [number, string] => Array.isArray(x) && typeof x[0] === 'number' && typeof x[1] === 'string') : [];
  } catch {
    return [];
  }
}

/** The section holding squashed position `at` (the last one when past the end). */
export function sectionAt(placed: PlacedSection[], at: number): PlacedSection | undefined {
  return placed.find((p) => at < p.end) ?? placed.at(-1);
}
