// Numbering markers that open a section heading (GB/T 9704-2012 order, law articles, compilation
// forms), in both scripts. Data, tried in order; the first match is the heading's marker.
const NUM = '零〇一二三四五六七八九十百千两兩';

export const MARKER_PATTERNS: readonly RegExp[] = [
  new RegExp(`^第[${NUM}\\d]+[编編章节節条條款]`), // 第二章, 第十五条, 第一节
  new RegExp(`^(?:附件|附表|附录|附錄)[ \u3000]*[${NUM}\\d０-９]*`), // 附件1, 附件一 (annexes: their sections cite 附件1一、)
  new RegExp(`^[${NUM}]+[、，．.]`), // 一、
  new RegExp(`^[（(][${NUM}\\d]+[）)]`), // （一） （1）
  /^\d+[.．、]/, // 1. 1． 1、
  new RegExp(`^[${NUM}]+是`), // 一是
  /^\d+(?=[^\d.．、年月日%])/, // 1严格… (compilation form)
];

/** The marker a heading starts with, or '' when it has none. */
export function headingMarker(text: string): string {
  const t = text.trimStart();
  for (const re of MARKER_PATTERNS) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return '';
}
