// Spaced numbering markers (Taiwan and Hong Kong law databases): "第 一 章 總綱", "第 1 條",
// "第 174-1 條", "第 一 節". Later stages read a marker only when it is written without spaces
// (第一章), so the spaces inside a marker at the start of a line are removed, each a recorded
// change. Spaces after the marker (before the heading text) stay: they separate it from the text.
import type { Edit } from './edits.ts';
import type { Rule } from './rule.ts';
import { lines } from './rule.ts';

const SP = '[ \\t\\u00a0\\u3000]';
const NUMBER = '(?:[一二三四五六七八九十百千零〇两兩]+|[0-9０-９]+(?:[-－][0-9０-９]+)?)';
/** 第 X 编/章/节/条 (and 第 X 條之一) at the start of a line, with at least one space inside. */
const SPACED = new RegExp(`^(${SP}*)第(${SP}*)(${NUMBER})(${SP}*)(分[编編]|[编編章节節条條])`, 'u');

/** A line with the spaces inside its leading marker closed up (第 一 章 總則 → 第一章 總則), for rules that run before this one. */
export function withMarkerUnspaced(line: string): string {
  return line.replace(SPACED, (_, indent: string, _b: string, number: string, _a: string, level: string) => `${indent}第${number}${level}`);
}

export const spacedMarkerRule: Rule = {
  kind: 'space',
  run(text) {
    const edits: Edit[] = [];
    for (const line of lines(text)) {
      const m = SPACED.exec(line.text);
      if (!m || (m[2] === '' && m[4] === '')) continue;
      const [, indent, before, number, after, level] = m;
      const marker = `第${number}${level}`;
      let at = line.start + indent!.length + 1;
      if (before) edits.push({ offset: at, length: before.length, replacement: '', reason: `space inside the numbering marker ${marker}` });
      at += before!.length + number!.length;
      if (after) edits.push({ offset: at, length: after.length, replacement: '', reason: `space inside the numbering marker ${marker}` });
    }
    return edits;
  },
};
