// A span of a text replaced, with a reason: the shape behind a cleaner's Removal (offsets in the
// decoded text) and a title edit (offsets in the title as extracted). One function applies them.

export interface Change {
  /** UTF-16 offset in the text the change applies to */
  offset: number;
  /** the text replaced (what was there) */
  text: string;
  /** what stands there now ('' when removed outright) */
  replacement: string;
  reason: string;
}

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
