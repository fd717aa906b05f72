// Conservation: the cleaned text plus the recorded removals must give back the decoded input
// exactly, and the removals applied to the input (applyChanges, change.ts) must give the cleaned text.
// Checked on every run.
import type { Cleaned, Decoded, Removal } from './types.ts';
import { ConvertError } from './errors.ts';
import { lineColumn } from './lines.ts';
import { applyChanges } from './change.ts';

/** Offsets in the cleaned text where each removal's replacement sits. */
export function cleanedOffsets(removals: readonly Removal[]): number[] {
  let delta = 0;
  return removals.map((r) => {
    const at = r.offset + delta;
    delta += r.replacement.length - r.text.length;
    return at;
  });
}

/** Puts the removed text back into the cleaned text: the inverse direction. */
export function restore(cleaned: string, removals: readonly Removal[]): string {
  const at = cleanedOffsets(removals);
  const parts: string[] = [];
  let pos = 0;
  removals.forEach((r, i) => {
    parts.push(cleaned.slice(pos, at[i]), r.text);
    pos = at[i]! + r.replacement.length;
  });
  parts.push(cleaned.slice(pos));
  return parts.join('');
}

/** Maps an offset in the cleaned text back to the decoded text. */
export function sourceMapper(removals: readonly Removal[]): (offset: number) => number {
  const at = cleanedOffsets(removals);
  return (offset: number): number => {
    // last removal whose replacement starts at or before `offset`
    let lo = 0;
    let hi = removals.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k === -1) return offset;
    const r = removals[k]!;
    const inside = offset - at[k]!;
    if (inside < r.replacement.length) return r.offset + Math.min(inside, r.text.length);
    return r.offset + r.text.length + (inside - r.replacement.length);
  };
}

/** Throws a ConvertError unless removals, decoded and cleaned text agree exactly. */
export function checkConservation(decoded: Decoded, cleaned: Cleaned): void {
  const fail = (offset: number, what: string): never => {
    const { line, column } = lineColumn(decoded.text, offset);
    throw new ConvertError(`conservation check failed: ${what}`, {
      file: decoded.file,
      line,
      column,
      hint: 'this is a bug in a clean rule; report it with the file',
    });
  };
  let end = 0;
  for (const r of cleaned.removals) {
    if (r.offset < end) fail(r.offset, `removal at ${r.offset} overlaps or is out of order`);
    if (decoded.text.slice(r.offset, r.offset + r.text.length) !== r.text) {
      fail(r.offset, `removal text ${JSON.stringify(r.text.slice(0, 20))} is not at offset ${r.offset}`);
    }
    end = r.offset + r.text.length;
  }
  const forward = applyChanges(decoded.text, cleaned.removals);
  if (forward !== cleaned.text) fail(firstDiff(forward, cleaned.text), 'removals applied to the input do not give the cleaned text');
  const back = restore(cleaned.text, cleaned.removals);
  if (back !== decoded.text) fail(firstDiff(back, decoded.text), 'cleaned text plus removals does not give the input back');
}

function firstDiff(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
