// The one offset → line/column helper of the converter. Built once per text and asked many times
// (binary search over line breaks): a large file can draw thousands of warnings, and a walk from the
// start for each offset turns quadratic.
import { lowerBound } from '../lib/lower-bound.ts';

export interface LineColumn {
  line: number;
  column: number;
}

/** Returns a function giving the 1-based line and column of a UTF-16 offset in `text`, in log time. */
export function lineFinder(text: string): (offset: number) => LineColumn {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    const lo = lowerBound(breaks, offset); // number of line breaks before `offset`
    const lineStart = lo === 0 ? 0 : breaks[lo - 1]! + 1;
    return { line: lo + 1, column: offset - lineStart + 1 };
  };
}

/** 1-based line and column of one UTF-16 offset in `text` (for many offsets, use lineFinder). */
export function lineColumn(text: string, offset: number): LineColumn {
  return lineFinder(text)(offset);
}
