import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stressCopy, wrapParagraph } from '../../../scripts/convert/eval/stress-copy.ts';
import { stressFile, stressSet } from '../../../scripts/convert/eval/stress.ts';

// The line-wrap stress measurement: synthetic PDF copies of the real set's clean texts, and the
// errors of the wrap decision on them held to the count reached so far (tests/fixtures/real/stress.json).

describe('stress copies', () => {
  it('wraps at the width in display columns, hangs closing punctuation, moves an opening quote down', () => {
    expect(wrapParagraph('一二三四五，六七八九十', 5, false)).toEqual(['一二三四五，', '六七八九十']);
    expect(wrapParagraph('一二三四“五六”七', 5, false)).toEqual(['一二三四', '“五六”七']);
    expect(wrapParagraph('2025年12月31日前完成', 5, false)).toEqual(['2025年12月', '31日前完成']);
    expect(wrapParagraph('一二三四五六', 5, true)).toEqual(['\u3000\u3000一二三', '四五六']);
  });

  it('is the same copy for the same seed, with page numbers between pages', () => {
    const text = Array.from({ length: 80 }, (_, i) => `第${i + 1}段，这是一段足够长的正文，用来折成好几行。`).join('\n');
    const a = stressCopy(text, { width: 12, indent: false, seed: 7 });
    expect(stressCopy(text, { width: 12, indent: false, seed: 7 }).text).toBe(a.text);
    expect(a.text).toMatch(/\n\n(— 1 —|- 1 -)\n\n/);
  });

  it('counts a paragraph left split at a full stop, with its wrap? warning', () => {
    // a full line ending at a full stop in a copy of one-sentence paragraphs: left split, warned
    const items = '一二三四五六七八九十'.split('').map((n, i) => `第${n}项规定，由第${i + 1}个有关部门负责统一管理和组织实施。`);
    const text = ['某某办法', ...items, '这一段的第一句话恰好写满了整整一行。后面还有一句话没有完。'].join('\n');
    const c = stressFile(text, { width: 18, indent: false, seed: 1 }, 'x.txt');
    expect(c.split).toBe(1);
    expect(c.merged).toBe(0);
    expect(c.wrapWarnings).toBe(1);
  });
});

describe('stress measurement of the wrap decision', () => {
  it('makes no more errors than stress.json records', () => {
    const dir = join(import.meta.dirname, '../../fixtures/real');
    const floor = JSON.parse(readFileSync(join(dir, 'stress.json'), 'utf8')) as { errors: number; lost?: number };
    const total = stressSet(dir).rows.at(-1)!;
    expect(total.split + total.merged).toBeLessThanOrEqual(floor.errors);
    expect(total.lost).toBeLessThanOrEqual(floor.lost ?? 0); // no cleaning rule may remove text
  }, 60_000);
});
