// What a clean rule is: a pure function from the current text to edits (and warnings).
import type { Edit } from './edits.ts';
import type { RemovalKind, WarningKind } from '../../../src/lib/format/report.ts';

export interface RuleContext {
  file: string;
  /** Records a warning at an offset of the text the rule was given; `kind` groups it in the summary. */
  warn(offset: number, reason: string, kind: WarningKind): void;
  /** The decoded-text offset of an offset of the text the rule was given (what corrections use). */
  sourceOffset?(offset: number): number;
  /** Hands over what a rule read from the text it removes (e.g. an information table's fields). */
  found?(found: CleanFindings): void;
  /** What earlier rules handed over so far. */
  findings?(): Readonly<CleanFindings>;
}

/** What rules read while cleaning, for later stages (offsets in the decoded text). */
export interface CleanFindings {
  infoTables?: import('./info-table.ts').InfoTable[];
  /** Running page headers removed, as the rule read them (a newspaper repeats its title there). */
  pageHeaders?: string[];
  /** A Markdown copy's front matter: title and date hints for the structure stage. */
  frontMatter?: import('../front-matter.ts').FrontMatterHints;
  /** Where the text of a Markdown heading line starts (`# 标题`, its mark removed): a paragraph of its own. */
  markdownHeadings?: number[];
}

export interface Rule {
  /** Removal kind recorded in the report, e.g. 'web-cruft' (the list: REMOVAL_KINDS in src/lib/format/report.ts). */
  kind: RemovalKind;
  run(text: string, ctx: RuleContext): Edit[];
}

export interface Line {
  text: string;
  start: number; // offset of the first character
  end: number; // offset of the line end (the '\n' or text end)
}

/** The lines of `text` with their offsets; a trailing newline does not start a new line. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ text: text.slice(start, end), start, end });
    start = end + 1;
  }
  return out;
}

/**
 * An edit removing a whole line with its line end. Form feeds at its start stay: they are page
 * breaks that later rules read (a page number counted by pages) before whitespace.ts removes them.
 */
export function dropLine(text: string, line: Line, reason: string): Edit {
  const withNl = line.end < text.length ? 1 : 0;
  const ff = /^\f*/.exec(line.text)![0].length;
  return { offset: line.start + ff, length: line.end - line.start - ff + withNl, replacement: '', reason };
}

export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const HAN_RE = new RegExp(`[${HAN}]`);

/** For each of `all` (non-blank lines of `text`, in order): whether a form feed (page break) comes right before it. */
export function formFeedBefore(text: string, all: readonly Line[]): boolean[] {
  return all.map((l, i) => {
    const from = i === 0 ? 0 : all[i - 1]!.end;
    const lead = l.text.length - l.text.trimStart().length;
    return text.slice(from, l.start + lead).includes('\f');
  });
}
