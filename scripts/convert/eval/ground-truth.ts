import { markerOf, type Marker } from './markers.ts';
import { HISTORY_LABEL, LAW_TEXT_START, RECORD_FIELD } from '../data/law-record-history.ts';
import { squash } from '../squash.ts';

// What a correct conversion must contain, read from the clean original (one paragraph per line).

export interface CleanText {
  /** Paragraphs of the body (table-of-contents lines excluded). */
  paragraphs: string[];
  /** Lines of a document's own 目录 (removed by a correct conversion, reported). */
  toc: string[];
  /** Markers of the lines that are headings. */
  headings: Marker[];
}

/** A blank line: whitespace, or zero-width characters only (a web copy's empty paragraph). */
export const isBlank = (line: string) => /^[\s\u200b-\u200d\u2060\ufeff]*$/.test(line);


/**
 * A 目录 line starts a table of contents that runs until its first entry appears again (where the
 * body begins). Without that repeat the lines are kept: it was not a table of contents.
 */
function tocLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (squash(lines[i]!) !== '目录' && squash(lines[i]!) !== '目錄') continue;
    const first = squash(lines[i + 1] ?? '');
    if (first === '') continue;
    const end = lines.findIndex((l, j) => j > i + 1 && squash(l) === first);
    if (end < 0) continue;
    for (let j = i; j < end; j++) out.add(j);
    i = end - 1;
  }
  // a law collection's chapter list without the 目录 line: 3+ chapter lines before any article, then the first again
  const start = lines.findIndex((l) => markerOf(l)?.kind === 'law-part' || markerOf(l)?.kind === 'article');
  if (start >= 0 && markerOf(lines[start]!)?.kind === 'law-part' && !out.has(start)) {
    const first = squash(lines[start]!);
    let end = start + 1;
    while (end < lines.length && (isBlank(lines[end]!) || (markerOf(lines[end]!)?.kind === 'law-part' && squash(lines[end]!) !== first))) end++;
    const entries = lines.slice(start, end).filter((l) => !isBlank(l)).length;
    if (entries >= 3 && end < lines.length && squash(lines[end]!) === first) for (let j = start; j < end; j++) out.add(j);
  }
  return out;
}

/**
 * A row of a tab-separated table (a browser's copy of an HTML table). Not a law level with a tab between
 * its number and its name (第五章\t法律责任, as some law collections set them) or a stray tab in its text:
 * that is a heading.
 */
const TAB_HEADING = /^[\s\u3000]*第[^\s]{1,8}?(?:分[编編]|[编編章节節条條])[\s\u3000]/;
export const isTableRow = (line: string) => line.includes('\t') && !TAB_HEADING.test(line);

/**
 * One-cell rows of a tab-separated table: at most two lines without a tab between two tab rows
 * (一、知识产权保护方面（共5项） spanning the columns of an HTML table, as a browser copies it).
 */
function groupRows(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const tab = (i: number) => isTableRow(lines[i] ?? '');
  lines.forEach((line, i) => {
    if (tab(i) || line.trim() === '' || !tab(i - 1) && !(tab(i - 2) && out.has(i - 1))) return;
    if (tab(i + 1) || (tab(i + 2) && !tab(i + 1))) out.add(i);
  });
  return out;
}

/**
 * The main text's list of annexes, its first entry on the 附件 line (附件：1.名称 / 2.名称, 附件1.名称 /
 * 2.名称): the entries after it numbered on (2., 3、 …) name annexes, they head nothing.
 */
const ANNEX_LIST = /^[\s\u3000]*附件[：:]?[\s\u3000]*[1１][.．、]\S/;

function annexListEntries(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!ANNEX_LIST.test(line)) return;
    for (let j = i + 1, n = 2; j < lines.length; j++) {
      if (isBlank(lines[j]!)) continue;
      const m = markerOf(lines[j]!);
      if (m?.kind !== 'arabic-dot' || m.key !== String(n)) break;
      out.add(j);
      n++;
    }
  });
  return out;
}

export function readClean(text: string): CleanText {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const toc = tocLines(lines);
  const paragraphs: string[] = [];
  const tocText: string[] = [];
  const headings: Marker[] = [];
  const rows = groupRows(lines);
  const annexList = annexListEntries(lines);
  // a law record's 沿革 block (1.中華民國…) is its history note, no headings: it runs to the law's text
  let history = false;
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    if (toc.has(i)) return void tocText.push(line);
    paragraphs.push(line);
    const t = line.trim();
    if (HISTORY_LABEL.test(t)) history = true;
    else if (LAW_TEXT_START.some((p) => p.test(t)) || RECORD_FIELD.test(t)) history = false;
    if (history) return;
    if (isTableRow(line) || rows.has(i) || annexList.has(i)) return; // a table row is never a heading, nor a listed annex
    const m = markerOf(line);
    if (m) headings.push(m);
  });
  return { paragraphs, toc: tocText, headings };
}
