// Line and column of many offsets in one text: lineColumn() in errors.ts walks the text from the
// start for each offset, which turns quadratic when a large file draws thousands of warnings.

/** Returns a function giving the same { line, column } as lineColumn(text, offset), in log time. */
export function lineFinder(text: string): (offset: number) => { line: number; column: number } {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    // number of line breaks before `offset`
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo === 0 ? 0 : breaks[lo - 1]! + 1;
    return { line: lo + 1, column: offset - lineStart + 1 };
  };
}
