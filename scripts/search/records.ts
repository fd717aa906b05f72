// One document in one script → Pagefind custom records. A record is a run of consecutive
// sections of about `maxChars` characters (never splitting a section), so a result's fragment —
// what the browser downloads to show and verify it — is a few kB instead of the whole document,
// while the number of records (which Pagefind's metadata, filter and sort files grow with) stays
// a few per document. The record's meta says where each section starts (record-sections.ts).
import type { SectionText } from '../../src/lib/render/prerendered.ts';
import { encodeSections, type SectionInput } from '../../src/lib/search/record-sections.ts';
import { spaceWords } from '../../src/lib/search/segment.ts';

import { langDir, type Lang } from './pages.ts';

/** What a record needs of its document, in the record's script. */
export interface RecordDoc {
  slug: string;
  lang: Lang;
  title: string;
  sections: SectionText[];
  /** original script of the document */
  script: 'hans' | 'hant';
  date?: string;
  /** filter values (issuer, year, type, collection), in the record's script */
  filters: Record<string, string>;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The document's sections, the title first (it is searched as part of the page's top). */
function withTitle(doc: RecordDoc): SectionInput[] {
  const out: SectionInput[] = doc.sections.map((s) => ({ id: s.id, depth: s.depth, heading: s.depth > 0 ? s.path.at(-1) ?? '' : '', text: s.text }));
  const first = out[0];
  if (first && first.depth === 0) first.text = `${doc.title}\n${first.text}`;
  else out.unshift({ id: '', depth: 0, heading: '', text: doc.title });
  return out;
}

/** Consecutive sections grouped into runs of at most maxChars (a longer section is a run alone). */
export function groupSections<T extends { text: string }>(sections: T[], maxChars: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let size = 0;
  for (const s of sections) {
    if (group.length && size + s.text.length > maxChars) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(s);
    size += s.text.length;
  }
  if (group.length) groups.push(group);
  return groups;
}

export function docRecords(doc: RecordDoc, maxChars: number): SearchRecord[] {
  const base = `/${langDir(doc.lang)}/${doc.slug}/`;
  const filters = Object.fromEntries(Object.entries(doc.filters).filter(([, v]) => v).map(([k, v]) => [k, [v]]));
  const sort: Record<string, string> = doc.date ? { date: doc.date } : {};
  const records: SearchRecord[] = [];
  // Headings open above the next record's first section: its path starts outside the record.
  const open: { depth: number; heading: string }[] = [];
  for (const group of groupSections(withTitle(doc), maxChars)) {
    const head = group[0]!;
    const context = head.depth > 0 ? open.filter((h) => h.depth < head.depth) : [];
    const meta: Record<string, string> = { title: doc.title, script: doc.script, sec: encodeSections(group) };
    if (doc.date) meta.date = doc.date;
    if (context.length) meta.ctx = JSON.stringify(context.map((h) => [h.depth, h.heading]));
    records.push({
      url: head.id ? `${base}#${head.id}` : base,
      content: group.map((s) => spaceWords(s.text)).join('\n'),
      language: langDir(doc.lang),
      meta,
      filters,
      sort,
    });
    for (const s of group) {
      if (s.depth === 0) continue;
      while (open.length && open.at(-1)!.depth >= s.depth) open.pop();
      open.push({ depth: s.depth, heading: s.heading });
    }
  }
  return records;
}
