// Matchers built from the furniture data (../data/furniture.ts): toolbar lines, toolbar items glued
// to a text line, labelled page-metadata lines and footer/site lines. Pure functions on one line.
import { META_LABELS, META_TIMESTAMP, SITE_LINES, TOOLBAR_ITEMS, TOOLBAR_SEPARATOR } from '../data/furniture.ts';

const items = TOOLBAR_ITEMS.map((i) => ({ re: new RegExp(`^(?:${i.source})`), reason: i.reason }));
const anyItem = TOOLBAR_ITEMS.map((i) => `(?:${i.source})`).join('|');
const TOOLBAR_LINE = new RegExp(`^(?:(?:${anyItem})${TOOLBAR_SEPARATOR})+$`);
// glued to text, only bracketed items and the labelled font-size switch count: a bare 关闭 or 返回
// at the end of a sentence is text
const bracketed = `[【\\[［](?:${TOOLBAR_ITEMS.slice(1).map((i) => `(?:${i.source.replace(/^\[【\\\[［\]\?|\[】\\\]］\]\?$/g, '')})`).join('|')})[】\\]］]`;
const GLUED_ITEM = `(?:${TOOLBAR_ITEMS[0]!.source}|${bracketed})`;
const GLUED_PREFIX = new RegExp(`^(?:${GLUED_ITEM}${TOOLBAR_SEPARATOR})+`);
const GLUED_SUFFIX = new RegExp(`(?:${TOOLBAR_SEPARATOR}${GLUED_ITEM})+$`);

const TOOLBAR_PREFIX = new RegExp(`^(?:(?:${anyItem})${TOOLBAR_SEPARATOR})+`);

/** The length of the toolbar items (any, bracketed or not) a line starts with. */
export function toolbarPrefix(trimmed: string): number {
  return TOOLBAR_PREFIX.exec(trimmed)?.[0].length ?? 0;
}

/** The reasons of the toolbar items a whole line consists of, or null. */
export function toolbarLine(trimmed: string): string | null {
  if (!TOOLBAR_LINE.test(trimmed)) return null;
  const reasons = new Set<string>();
  let rest = trimmed;
  while (rest !== '') {
    const hit = items.map((i) => ({ m: i.re.exec(rest), reason: i.reason })).find((x) => x.m && x.m[0].length > 0);
    if (!hit) break;
    reasons.add(hit.reason);
    rest = rest.slice(hit.m![0].length).replace(new RegExp(`^${TOOLBAR_SEPARATOR}`), '');
  }
  return [...reasons].join(', ');
}

/** Toolbar items glued before or after text on one line: lengths to cut at each end. */
export function gluedToolbar(line: string): { head: number; tail: number } {
  const head = GLUED_PREFIX.exec(line)?.[0].length ?? 0;
  const rest = line.slice(head);
  const tail = GLUED_SUFFIX.exec(rest)?.[0].length ?? 0;
  // what is left must be text, not more furniture
  if (rest.length - tail < 2) return { head: 0, tail: 0 };
  return { head, tail };
}

const labels = [...META_LABELS].sort((a, b) => b.length - a.length).join('|');
const META_START = new RegExp(`^(?:${labels})\\s*[:：]`);
const META_FIELD = new RegExp(`(?:^|[\\s\\u3000]+)(?:${labels})\\s*[:：]`, 'g');

/** Whether a line is only labelled page metadata (来源：中国政府网　发布时间：… 浏览次数：1037). */
export function metadataLine(trimmed: string): boolean {
  const stamp = META_TIMESTAMP.exec(trimmed);
  if (!META_START.test(trimmed) && !stamp) return false;
  // each field's value is short and holds no sentence punctuation
  const rest = stamp ? trimmed.slice(stamp[0].length) : trimmed;
  if (stamp && rest.trim() !== '' && !META_FIELD.test(rest)) return false;
  META_FIELD.lastIndex = 0;
  const values = rest.split(META_FIELD).filter((v) => v !== '');
  return values.every((v) => v.trim().length <= 40 && !/[。！？；]/.test(v));
}

/** The reason a whole line is a site footer / banner line, or null. */
export function siteLine(trimmed: string): string | null {
  return SITE_LINES.find((s) => s.pattern.test(trimmed))?.reason ?? null;
}
