import { LETTER_SPACED, TITLE_DATE_UNITS } from '../data/spacing.ts';
import { applyChanges, type Change } from '../change.ts';
import { asciiDigits } from '../digits.ts';

// Titles are cut from lines the cleaner leaves spaced (a compilation's table of contents uses spaces
// as separators; a title from a running page header is removed text), so PDF spacing inside a date
// survives there: "2016 年全省…" next to "2017年全省…". Such a space is removed from the title, and
// each removal is returned for the conversion report, so no change is silent: applying the
// recorded edits to the title as extracted gives the title as published. Letter-spacing (国 家 粮
// 食 应 急 预 案 的 函, a title line typeset with a space after each character) goes the same way.

/** A space removed from a title; `offset` in the title as extracted (UTF-16). */
export type TitleSpaceEdit = Change & { replacement: '' };

const SP = '[ \\u00a0\\u3000]+';
// digits, spaces, a unit; or a unit, spaces, digits that go on to the next unit (年 10月)
const BEFORE_UNIT = new RegExp(`(?<![0-9０-９.．])([0-9０-９]+)(${SP})(?=([年月日]))`, 'g');
const AFTER_UNIT = new RegExp(`([年月])(${SP})(?=([0-9０-９]+)${SP.slice(0, -1)}*([月日]))`, 'g');

const value = (digits: string) => Number(asciiDigits(digits));

/** Is `digits` before `unit` part of a date or duration, with `before` the text before the digits? */
function isDateNumber(digits: string, unit: string, before: string): boolean {
  const rule = TITLE_DATE_UNITS[unit];
  const v = value(digits);
  if (!rule || v < 1 || v > rule.max) return false;
  const attached = before === '' || !/\s$/.test(before); // not a stand-alone token after a separator
  if (unit === '年') return digits.length === 4 || attached; // a year, or "连续5 年"
  // or the next part of a date chain: "2018 年 10 月", not "去年 10 月"
  return attached || (rule.after !== null && new RegExp(`[0-9０-９]\\s*${rule.after}$`).test(before.trimEnd()));
}

/** The title without date spacing, and each space removed (offsets in the original title). */
export function tidyTitleSpacing(title: string): { title: string; edits: TitleSpaceEdit[] } {
  const edits: TitleSpaceEdit[] = [];
  for (const m of title.matchAll(BEFORE_UNIT)) {
    const [, digits, space, unit] = m as unknown as [string, string, string, string];
    if (!isDateNumber(digits, unit, title.slice(0, m.index))) continue;
    edits.push({ offset: m.index + digits.length, text: space, replacement: '', reason: `extraction space between ${digits} and ${unit} in a title` });
  }
  for (const m of title.matchAll(AFTER_UNIT)) {
    const [, unit, space, digits, next] = m as unknown as [string, string, string, string, string];
    const before = title.slice(0, m.index);
    if (TITLE_DATE_UNITS[next]?.after !== unit || !/[0-9０-９]\s*$/.test(before) || !isDateNumber(digits, next, before + unit)) continue;
    edits.push({ offset: m.index + 1, text: space, replacement: '', reason: `extraction space between ${unit} and ${digits}${next} in a title` });
  }
  for (const m of title.matchAll(LETTER_SPACED)) {
    for (const s of m[0].matchAll(/[ \u00a0\u3000]/g)) {
      edits.push({ offset: m.index + s.index, text: s[0], replacement: '', reason: `letter-spacing in a title line (${m[0]})` });
    }
  }
  edits.sort((a, b) => a.offset - b.offset);
  return { title: applyChanges(title, edits), edits };
}
