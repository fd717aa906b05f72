// Information tables above a document (索引号 … 发文字号, or Taiwan's 法規名稱 …) are metadata:
// their lines are removed (each reported) and the fields handed to the structure stage.
import { INFO_KEYS, MIN_TABLE_KEYS, type InfoField } from '../data/info-table.ts';
import type { Edit } from './edits.ts';
import { dropLine, lines, type Line, type Rule, type RuleContext } from './rule.ts';

export interface InfoEntry {
  key: string; // as defined in data/info-table.ts
  field: InfoField;
  rank: number;
  value: string;
  /** Offset of the line in the decoded text. */
  sourceOffset: number;
}

/** One table: its entries, and where it starts in the decoded text. */
export interface InfoTable {
  sourceOffset: number;
  entries: InfoEntry[];
  /** A law's own record (法規名稱 …): read, but kept as text. */
  kept: boolean;
}

// letter-spaced keys: sites space them with full-width or en spaces (索&ensp;引&ensp;号), any space but a line break
const SP = '[^\\S\\n]';
const spaced = (key: string) => [...key].join(`${SP}*`);
const KEY_RE = new RegExp(`(${INFO_KEYS.map((k) => spaced(k.key)).join('|')})${SP}*[：:]`, 'g');
// A line must start with a key: tried first, so the scan for further keys runs on table lines only.
const KEY_START = new RegExp(`^(?:${INFO_KEYS.map((k) => spaced(k.key)).join('|')})${SP}*[：:]`);
const BY_KEY = new Map(INFO_KEYS.map((k) => [k.key, k]));
/** A value on a line of its own is short (a title at most). */
const MAX_VALUE_LINE = 120;

/** The key/value pairs of a line made only of them (several may share a line, tab- or space-separated). */
function pairsOf(text: string): { key: string; value: string }[] | null {
  const t = text.trim();
  if (!KEY_START.test(t)) return null;
  const matches = [...t.matchAll(KEY_RE)];
  if (matches.length === 0 || matches[0]!.index !== 0) return null;
  return matches.map((m, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : t.length;
    return { key: m[1]!.replace(/\s/g, ''), value: t.slice(m.index + m[0].length, end).trim() };
  });
}

/** Reads the tables of `text` and the lines to remove; `sourceOffset` maps an offset of `text` to the decoded text. */
export function findInfoTables(text: string, sourceOffset: (offset: number) => number = (o) => o): { tables: InfoTable[]; lines: Line[]; recordLines: Line[] } {
  const tables: InfoTable[] = [];
  const used: Line[] = [];
  const recordLines: Line[] = []; // lines of a law's own record, kept as text
  let block: { line: Line; pairs: { key: string; value: string }[] }[] = [];
  const flush = () => {
    const keys = block.flatMap((b) => b.pairs.map((p) => BY_KEY.get(p.key)!));
    if (keys.length >= MIN_TABLE_KEYS && keys.some((k) => k.strong)) {
      const kept = keys.every((k) => k.record);
      tables.push({
        kept,
        sourceOffset: sourceOffset(block[0]!.line.start),
        entries: block.flatMap((b) =>
          b.pairs.map((p) => {
            const k = BY_KEY.get(p.key)!;
            return { key: k.key, field: k.field, rank: k.rank ?? 0, value: p.value, sourceOffset: sourceOffset(b.line.start) };
          }),
        ),
      });
      (kept ? recordLines : used).push(...block.map((b) => b.line));
    }
    block = [];
  };
  let afterBlank = false;
  for (const line of lines(text)) {
    if (line.text.trim() === '') {
      afterBlank = true;
      continue; // blank lines do not end a table
    }
    const pairs = pairsOf(line.text);
    const last = block.at(-1);
    const open = last && !afterBlank ? last.pairs.at(-1) : undefined;
    afterBlank = false;
    if (pairs) block.push({ line, pairs });
    // a copy that puts every cell on a line of its own (索引号： / 000014349/2019-00003): the value
    // is the line right under its key (not across a blank line: 主题词： is often empty)
    else if (open && open.value === '' && line.text.trim().length <= MAX_VALUE_LINE) {
      open.value = line.text.trim();
      block.push({ line, pairs: [] });
    } else flush();
  }
  flush();
  return { tables, lines: used, recordLines };
}

/** The rule: drops the tables' lines and hands the tables to `ctx.found`. */
export const infoTableRule: Rule = {
  kind: 'info-table',
  run(text: string, ctx: RuleContext): Edit[] {
    const { tables, lines: used } = findInfoTables(text, (o) => ctx.sourceOffset?.(o) ?? o);
    if (tables.length > 0) ctx.found?.({ infoTables: tables });
    return used.map((l) => dropLine(text, l, `information table of the web page, read as metadata: ${l.text.trim()}`));
  },
};
