// A span of a text replaced, with a reason: the shape behind a cleaner's Removal (offsets in the
// decoded text) and a title edit (offsets in the title as extracted); declared with the report format
// (src/lib/format/report.ts). One function applies them.

import type { Change } from '../../src/lib/format/report.ts';

export type { Change };

/** Applies changes (in offset order, not overlapping) to `text`. */
export function applyChanges(text: string, changes: readonly Pick<Change, 'offset' | 'text' | 'replacement'>[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const c of changes) {
    parts.push(text.slice(pos, c.offset), c.replacement);
    pos = c.offset + c.text.length;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
