import { ADDRESSEE_LINE, BODY_WORD, DECREE_SIGNER, IMPRINT_LINE, LEADS_INTO_BODY, SIGNATURE_NOTE, SIGNER_PLACE_LINE } from '../data/head-lines.ts';
import { coverMeeting, readDecreeCover, type DecreeCover } from './decree-cover.ts';
import { PUBLISHES_FOR_ADOPTER } from '../data/history-note.ts';
import type { InfoTable } from '../clean/info-table.ts';
import type { FileHints } from '../file-name-date.ts';
import { matchMarker } from '../../../src/lib/format/markers.ts';
import type { DocumentPart, LineRole, Paragraph } from '../types.ts';
import { isHeadRole } from '../../../src/lib/format/line-roles.ts';
import { dateOfDateLine, isDateLine, parseDate } from './date.ts';
import { decreeNumber, docNumberLine, findDocNumber, yearNumberLine } from './doc-number.ts';
import { effectiveIn } from './effective.ts';
import { bodyCueType, isIssuerLine, isTitleLike, issuerFromTitle, typeFromTitle } from './head-patterns.ts';
import { matchLabel } from '../../../src/lib/format/labels.ts';
import { titleAt } from './head-title.ts';
import { annexHeading } from './annexes.ts';
import { bodyOf, readHistoryNoteLines } from './history-note.ts';
import { readLawRecordHistory } from './law-record-history.ts';
import { competentAuthority, issuerOfHistory } from './law-record-issuer.ts';
import { nextFilled, repeatedTitleEnd } from './title-repeat.ts';
import { squash } from '../squash.ts';

// The head and closing block of a document: an information table (read by the cleaner), a
// decree cover (中华人民共和国国务院令 第707号 … 总理 李克强 2018年12月18日), an issuer line, the
// title (wrapped over up to three lines), 发文字号, 主送机关, a history note or date line, and at
// the end the signature, （此件公开发布） and 版记 lines. Only the title lines leave the text; head
// and closing lines are marked with their role, everything else stays a paragraph.

export interface MetadataFinding {
  field: string;
  value: string;
  text: string; // as written
  from: string;
  offset?: number; // cleaned-text offset of the paragraph
  sourceOffset?: number; // decoded-text offset (information tables)
}

export interface Head {
  title: string | null;
  issuer: string | null;
  date: string | null;
  docNumber: string | null;
  effective: string | null;
  adoptedBy: string | null;
  addressees: string[];
  /** Why the text names no issuer, where it says (a Taiwan law promulgated by 總統令): the warning's reason. */
  issuerNote: string | null;
  /** The paragraphs read (glued head lines split apart). */
  paragraphs: Paragraph[];
  /** Paragraphs consumed by the head: the title lines. */
  consumed: Set<number>;
  /** Head lines right after the title and closing lines at the very end, by paragraph index. */
  roles: Map<number, LineRole>;
  findings: MetadataFinding[];
}

const HEAD_WINDOW = 5;

/** A short first line that ends no sentence: no full stop or colon, no marker, not a date. */
function isShortUnpunctuated(text: string): boolean {
  return text.length <= 60 && !/[。；！？;!?：:]/.test(text) && !matchMarker(text) && dateOfDateLine(text) === null;
}

/** A first line that can only be a title: short and unpunctuated, not even a comma. */
const isPlainTitle = (text: string) => isShortUnpunctuated(text) && !/[，,]/.test(text);

/** A case's headline: a comma allowed (where the body tells a case), but not an unnumbered heading's label. */
const isHeadline = (text: string) => isShortUnpunctuated(text) && !matchLabel(text);

/** Whitespace in a title: runs collapse to one space; none next to brackets or punctuation. */
export function normalizeTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/ ?([（(]) ?/g, (_m, b: string) => b) // "汇编 (意见" → "汇编(意见"
    .replace(/ ?([）)])/g, '$1')
    .trim();
}

/** Collects candidate values per field; the first found at the best rank wins. */
class Fields {
  private best = new Map<string, { rank: number; f: MetadataFinding }>();
  add(rank: number, f: Omit<MetadataFinding, 'value'> & { value: string | null | undefined }): void {
    if (!f.value) return;
    const cur = this.best.get(f.field);
    if (!cur || rank < cur.rank) this.best.set(f.field, { rank, f: f as MetadataFinding });
  }
  get(field: string): string | null {
    return this.best.get(field)?.f.value ?? null;
  }
  findings(): MetadataFinding[] {
    return [...this.best.values()].map((b) => b.f);
  }
}

// Ranks: lower wins. An information table states the metadata outright; then the document's own head.
// A Markdown copy's front matter comes last: the site's metadata, where the text itself says nothing;
// after it only a date in the raw file's name.
const R = { table: 0, cover: 1, issuerLine: 2, title: 3, dateLine: 3, history: 4, signature: 5, tableDate: 5.5, tableLate: 6, body: 7, frontMatter: 8, fileName: 9 } as const;

export function readHead(part: DocumentPart, info?: InfoTable, hints?: FileHints): Head {
  // a Taiwan law record's 沿革 block: its entries joined, marked as the history note below
  const glued = unglue(part.paragraphs);
  const record = readLawRecordHistory(glued, 0) ?? readLawRecordHistory(glued, 1);
  const ps = record?.paragraphs ?? glued;
  const consumed = new Set<number>();
  const roles = new Map<number, LineRole>();
  const fields = new Fields();
  const at = (i: number) => ps[i]!.offset;

  for (const e of info?.entries ?? []) {
    // the table's 成文日期 gives way to the text's own date lines and signature: a page may misstate it
    // (成文日期 2004年04月17日 over a letter signed 二〇〇四年四月二十七日); the text is the document
    const rank = e.rank === 0 ? (e.field === 'date' ? R.tableDate : R.table) : R.tableLate;
    const value = e.field === 'date' || e.field === 'effective' ? parseDate(e.value) : e.field === 'docNumber' ? (findDocNumber(e.value)?.value ?? e.value) : e.value;
    if (e.field !== 'other') fields.add(rank + e.rank / 10, { field: e.field, value, text: `${e.key}：${e.value}`, from: 'info-table', sourceOffset: e.sourceOffset });
  }

  // Before the title: a decree cover and a history note, in whatever order the copy gives them.
  let cover: DecreeCover | null = null;
  const takeCover = (c: DecreeCover, role: boolean) => {
    cover = c;
    const first = ps[c.start]!;
    const adopted = coverMeeting(ps, c);
    if (adopted) fields.add(R.cover, { field: 'adoptedBy', value: adopted.meeting, text: ps[adopted.index]!.text, from: 'decree-cover', offset: at(adopted.index) });
    // a 主席令 promulgates what a congress adopted: that congress is the issuer, not the head of state
    if (PUBLISHES_FOR_ADOPTER.some((p) => p.pattern.test(`${c.issuer}${c.word}`))) {
      if (adopted) fields.add(R.cover, { field: 'issuer', value: bodyOf(adopted.meeting), text: ps[adopted.index]!.text, from: 'decree-cover', offset: at(adopted.index) });
    } else fields.add(R.cover, { field: 'issuer', value: c.issuer, text: first.text, from: 'decree-cover', offset: first.offset });
    if (c.number) fields.add(R.cover, { field: 'docNumber', value: decreeNumber(c.issuer, c.number.value, c.number.year), text: c.number.text, from: 'decree-cover', offset: at(c.number.index) });
    if (c.dateIndex !== null) fields.add(R.cover, { field: 'date', value: parseDate(ps[c.dateIndex]!.text), text: ps[c.dateIndex]!.text, from: 'decree-cover', offset: at(c.dateIndex) });
    for (let i = c.start; i < c.end; i++) {
      const eff = effectiveIn(ps[i]!.text);
      // 自公布之日起施行: the cover's own date
      const value = eff === 'on-issue' ? (c.dateIndex !== null ? parseDate(ps[c.dateIndex]!.text) : null) : eff;
      if (value) fields.add(R.cover, { field: 'effective', value, text: ps[i]!.text, from: 'decree-cover', offset: at(i) });
      if (role) roles.set(i, 'decree-cover');
    }
  };
  const takeNote = (i: number, read: NonNullable<ReturnType<typeof readHistoryNoteLines>>, role: boolean) => {
    const { note, text } = read;
    // the note under the title (题注) is shown centred there, not as the body's first paragraph
    if (role) for (let k = i; k < i + read.lines; k++) roles.set(k, 'history-note');
    fields.add(R.history, { field: 'date', value: note.date, text, from: 'history-note', offset: at(i) });
    fields.add(R.history, { field: 'issuer', value: note.issuer, text, from: 'history-note', offset: at(i) });
    fields.add(R.history, { field: 'adoptedBy', value: note.adoptedBy, text, from: 'history-note', offset: at(i) });
    fields.add(R.history, { field: 'effective', value: note.effective, text, from: 'history-note', offset: at(i) });
    fields.add(R.history, { field: 'docNumber', value: note.docNumber, text, from: 'history-note', offset: at(i) });
  };
  let start = 0;
  let noteRead = false;
  let numberRead = false;
  for (;;) {
    const c = cover ? null : readDecreeCover(ps, start);
    if (c) {
      takeCover(c, true);
      start = c.end;
      continue;
    }
    // 发文字号 above the title, where an official copy's 版头 sets it (its letterhead went in the cleaner)
    const num = numberRead || !ps[start] ? null : docNumberLine(ps[start]!.text);
    if (num && (titleAt(ps, start + 1, start + 1) || (isIssuerLine(ps[start + 1]?.text.trim() ?? '') && titleAt(ps, start + 2, start + 1)))) {
      fields.add(R.dateLine, { field: 'docNumber', value: num.value, text: num.text, from: 'head', offset: at(start) });
      roles.set(start, 'doc-number');
      numberRead = true;
      start++;
      continue;
    }
    // 附件1 above the title: an attachment published as a file of its own; the label is a head line
    const label = start === 0 && ps[0] ? annexHeading(ps[0].text) : null;
    if (label && label.title === undefined && titleAt(ps, 1, 1)) {
      roles.set(0, 'annex-label');
      start++;
      continue;
    }
    const read = noteRead ? null : (bracketedNoteAt(ps, start) ?? bareNoteBeforeTitle(ps, start));
    if (!read) break;
    takeNote(start, read, true);
    noteRead = true;
    start += read.lines;
  }

  // The title.
  let title: string | null = part.title ?? null;
  let after = start;
  if (!title) {
    for (let i = start; i < Math.min(start + HEAD_WINDOW, ps.length); i++) {
      const found = titleAt(ps, i, start);
      if (!found) continue;
      const { span } = found;
      title = ps.slice(i, i + span).map((p) => p.text).join('');
      for (let k = i; k < i + span; k++) consumed.add(k);
      if (found.issuerLine) {
        const issuer = ps[i - 1]!.text.replace(/\s+/g, ' ');
        fields.add(R.issuerLine, { field: 'issuer', value: issuer, text: ps[i - 1]!.text, from: 'issuer-line', offset: at(i - 1) });
        if (!title.startsWith(issuer)) title = `${issuer}${title}`; // the title may repeat it already
        consumed.add(i - 1);
      }
      after = i + span;
      break;
    }
  }
  if (!title && part.titleHint) title = part.titleHint;
  // (an adoption note first, 1982年12月4日 第五届…会议通过, is no title: the copy lost its title line)
  if (!title && part.kind === 'document' && ps[start] && isPlainTitle(ps[start]!.text) && !readHistoryNoteLines((k) => ps[start + k]?.text)) {
    // No document type in it, but a short unpunctuated first line is still the title.
    title = ps[start]!.text;
    consumed.add(start);
    after = start + 1;
  }
  // a case's headline may hold a comma (市场支配者捆绑销售服务，侵害了消费者的消费选择权): when the body tells a
  // case under its fixed headings (data/doc-types.ts BODY_CUES), its first short line without a full stop is the title
  if (!title && part.kind === 'document' && ps[start] && isHeadline(ps[start]!.text) && bodyCueType(ps) === '案例') {
    title = ps[start]!.text;
    consumed.add(start);
    after = start + 1;
  }
  if (!title && hints?.title) {
    title = hints.title;
    fields.add(R.frontMatter, { field: 'title', value: title, text: `title: ${title}`, from: 'front-matter' });
  }
  if (hints?.date) fields.add(R.frontMatter, { field: 'date', value: hints.date, text: `date: ${hints.dateText ?? hints.date}`, from: 'front-matter' });
  // a date in the file's name only where nothing else gives one (reported: structure/index.ts warns)
  if (hints?.fileNameDate) fields.add(R.fileName, { field: 'date', value: hints.fileNameDate.date, text: hints.fileNameDate.text, from: 'file-name' });
  const tableTitle = fields.get('title');
  if (tableTitle) {
    // The table names the title; its line in the text (if any) is the title line.
    // A line that only carries the field (法規名稱：…, a law record kept as text) stays text.
    const i = ps.findIndex((p, k) => k < start + HEAD_WINDOW && squash(p.text) === squash(tableTitle));
    for (const k of consumed) if (squash(ps[k]!.text) !== squash(tableTitle)) consumed.delete(k);
    if (i >= 0) {
      consumed.add(i);
      after = i + 1;
    }
    title = tableTitle;
  }
  if (title) fields.add(R.title, { field: 'issuer', value: issuerFromTitle(normalizeTitle(title)), text: title, from: 'title' });

  // A cover without its date: the lines up to the title (its promulgation sentence, the signer) are the cover's.
  const pre = cover as DecreeCover | null;
  if (pre && pre.dateIndex === null && consumed.size > 0) for (let k = pre.end; k < Math.min(...consumed); k++) roles.set(k, 'decree-cover');

  // 发文字号, 主送机关, history note or date line right after the title; a decree cover after the note.
  let headEnd = after;
  for (let i = after; i < Math.min(after + 4, ps.length); i++) {
    const text = ps[i]!.text;
    const num = docNumberLine(text) ?? (title ? yearNumberLine(text, issuerFromTitle(normalizeTitle(title)), typeFromTitle(title)) : null);
    if (num) {
      fields.add(R.dateLine, { field: 'docNumber', value: num.value, text: num.text, from: 'head', offset: at(i) });
      if (i === headEnd) (roles.set(i, 'doc-number'), headEnd++);
      continue;
    }
    if (isAddresseeLine(text)) {
      fields.add(R.dateLine, { field: 'addressees', value: text, text, from: 'head', offset: at(i) });
      if (i === headEnd) (roles.set(i, 'addressee'), headEnd++);
      break; // the body starts after the addressees
    }
    const c = cover ? null : readDecreeCover(ps, i);
    if (c) {
      takeCover(c, i === headEnd);
      if (i === headEnd) headEnd = c.end;
      i = c.end - 1;
      continue;
    }
    const read = noteRead ? null : readHistoryNoteLines((k) => ps[i + k]?.text);
    if (read) {
      takeNote(i, read, i === headEnd);
      if (i === headEnd) headEnd += read.lines;
      noteRead = true;
      i += read.lines - 1;
      if (!cover && readDecreeCover(ps, i + 1)) continue; // the cover printed after the note
      break;
    }
    const d = dateOfDateLine(text);
    if (d) {
      fields.add(R.dateLine, { field: 'date', value: d, text, from: 'date-line', offset: at(i) });
      break; // the date line stays in the text: it is part of the published document
    }
    // a byline: the bodies that publish a bulletin or report, under its title and over its date
    // (宜春市统计局  国家统计局宜春调查队 / （2023年4月12日）); it stays in the text, like the date
    if (i === after && isIssuerLine(text.trim()) && BYLINE_DATE.test(ps[i + 1]?.text.trim() ?? '')) {
      fields.add(R.dateLine, { field: 'issuer', value: text.trim().replace(/\s+/g, ' '), text, from: 'byline', offset: at(i) });
      continue;
    }
    if (i > after) break;
  }
  headEnd = Math.max(headEnd, start);
  // the title set again as the official print gives it, then its 发文字号 (structure/title-repeat.ts)
  const repeat = title ? repeatedTitleEnd(ps, headEnd, title) : -1;
  const repeatNumber = repeat > 0 ? docNumberLine(ps[nextFilled(ps, repeat)]?.text ?? '') : null;
  if (repeatNumber) fields.add(R.dateLine, { field: 'docNumber', value: repeatNumber.value, text: repeatNumber.text, from: 'title-repeat', offset: at(nextFilled(ps, repeat)) });
  // a Taiwan law record's 沿革 names the body whose 令 issued the text (structure/law-record-issuer.ts)
  let issuerNote: string | null = null;
  const entries = (record?.block ?? []).slice(1);
  const fromHistory = issuerOfHistory(entries.map((k) => ps[k]!.text));
  if (fromHistory?.issuer) fields.add(R.history, { field: 'issuer', value: fromHistory.issuer, text: fromHistory.text, from: 'law-history', offset: at(entries.find((k) => ps[k]!.text === fromHistory.text) ?? entries[0]!) });
  else if (fromHistory) issuerNote = fromHistory.reason;
  else issuerNote = recordNote(ps, info);
  for (const k of record?.fields ?? []) if (!consumed.has(k)) roles.set(k, 'law-record');
  for (const k of record?.block ?? []) if (!consumed.has(k)) roles.set(k, 'law-history');
  keepHeadInOrder(ps.length, consumed, roles);

  // The first signature (issuer line, then a date alone on its line) after the head: a notice's own
  // signature comes before any text it issues or forwards; dates quoted in the body are not lines.
  const sig = findSignature(ps, Math.max(headEnd, (cover as DecreeCover | null)?.end ?? 0));
  if (sig) {
    fields.add(R.signature, { field: 'date', value: parseDate(ps[sig.date]!.text), text: ps[sig.date]!.text, from: 'signature', offset: at(sig.date) });
    // joint issuers sign a line each (中共中央办公厅 / 国务院办公厅): together they are the issuer; a decree's
    // signer (总理　李克强) is a person, not the issuing body
    const bodies = sig.signers.filter((s) => isIssuerLine(ps[s]!.text.trim()));
    if (bodies.length > 0) fields.add(R.signature, { field: 'issuer', value: bodies.map((s) => ps[s]!.text.trim().replace(/\s+/g, ' ')).join(' '), text: bodies.map((s) => ps[s]!.text).join('\n'), from: 'signature', offset: at(bodies[0]!) });
  }
  // The closing block at the very end: signature, notes, 版记.
  for (const [i, role] of closingBlock(ps, headEnd)) roles.set(i, role);

  // 施行日期 stated in the body (the last statement about this text wins: it is in the final article).
  for (let i = ps.length - 1; i >= headEnd; i--) {
    const eff = effectiveIn(ps[i]!.text);
    if (!eff) continue;
    const value = eff === 'on-issue' ? fields.get('date') : eff;
    fields.add(R.body, { field: 'effective', value, text: ps[i]!.text, from: 'body', offset: at(i) });
    break;
  }

  const addresseeText = fields.get('addressees');
  return {
    title: title ? normalizeTitle(title) : null,
    issuer: placedIssuer(fields.get('issuer'), title),
    date: fields.get('date'),
    docNumber: fields.get('docNumber'),
    effective: fields.get('effective'),
    adoptedBy: fields.get('adoptedBy'),
    addressees: addresseeText ? splitAddressees(addresseeText) : [],
    issuerNote,
    paragraphs: ps,
    consumed,
    roles,
    findings: fields.findings(),
  };
}

/**
 * A Taiwan law database record without its 沿革 names no issuing body; its 法規類別 (行政＞內政部＞營建目) names the
 * competent authority (主管機關), which need not be the issuer: the warning says so.
 */
function recordNote(ps: readonly Paragraph[], info?: InfoTable): string | null {
  const category = info?.entries.find((e) => /^(?:法規類別|法规类别)$/.test(e.key))?.value ?? ps.slice(0, HEAD_WINDOW + 4).map((p) => /^(?:法規類別|法规类别)\s*[：:]\s*(.+)$/.exec(p.text.trim())?.[1]).find(Boolean);
  if (!category) return null;
  const authority = competentAuthority(category);
  return `a Taiwan law database record names no issuing body (its 沿革, the amendment history, does: copy it with the record)${authority ? `; its 法規類別 names the competent authority (主管機關) ${authority}, which need not be the issuer` : ''}`;
}

/** A bracketed history note at `i` (before a title only a bracketed one: a bare dated line there may be anything). */
function bracketedNoteAt(ps: readonly Paragraph[], i: number) {
  const t = ps[i]?.text.trim();
  return t && /^[（(]/.test(t) ? readHistoryNoteLines((k) => ps[i + k]?.text) : null;
}

/**
 * A local congress's short name in a note (市十四届人大常委会第二十次会议) gives an issuer without its place
 * (市人民代表大会常务委员会): the regulation's title names the place (宁波市人民调解条例 → 宁波市…).
 */
function placedIssuer(issuer: string | null, title: string | null): string | null {
  const unit = issuer ? /^(市|县|縣|区|區|州)(?=人民代表大会|人民代表大會|人大)/.exec(issuer) : null;
  const place = unit && title ? new RegExp(`^[\\u4e00-\\u9fff]{2,12}?${unit[1]}`).exec(title.trim()) : null;
  return place ? `${place[0]}${issuer!.slice(1)}` : issuer;
}

/**
 * A bare note (2020年11月27日 …会议通过, a line per event) at `i` with the title right after it: a copy
 * that lost the first of two title lines (a collection sets the title again under its note) starts so.
 */
function bareNoteBeforeTitle(ps: readonly Paragraph[], i: number) {
  const read = readHistoryNoteLines((k) => ps[i + k]?.text);
  return read && titleAt(ps, i + read.lines) ? read : null;
}

/**
 * Head lines are emitted above the body (emit.ts), so a line keeps a head role only while every
 * line before it is a head line or the title: a head role after body text would move that line.
 */
function keepHeadInOrder(count: number, consumed: ReadonlySet<number>, roles: Map<number, LineRole>): void {
  let body = false;
  for (let i = 0; i < count; i++) {
    const role = roles.get(i);
    if (consumed.has(i)) continue;
    if (role && isHeadRole(role)) {
      if (body) roles.delete(i);
    } else body = true;
  }
}

function isAddresseeLine(text: string): boolean {
  const t = text.trim();
  return ADDRESSEE_LINE.test(t) && BODY_WORD.test(t) && !LEADS_INTO_BODY.test(t) && !matchMarker(t) && !/^(主\s*任|副主任|委\s*员|秘书长|组\s*长|成\s*员)[：:]/.test(t);
}

/** 各省、自治区、直辖市人民政府，国务院各部委、各直属机构： → two addressees; 、 separates bodies only when each part is one. */
function splitAddressees(text: string): string[] {
  return text
    .trim()
    .replace(/[：:]$/, '')
    .split(/[，,；;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((s) => {
      const parts = s.split('、');
      return parts.length > 1 && parts.every((p) => isIssuerLine(p)) ? parts : [s];
    });
}

/** The date under a byline, whole or year and month only, bare or bracketed: （2023年5月）, 2023年3月28日. */
const BYLINE_DATE = /^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]?$/;

/** The first issuer line + date line pair at or after `from`. */
function findSignature(ps: readonly Paragraph[], from: number): { signers: number[]; date: number } | null {
  for (let j = Math.max(from, 1); j < ps.length; j++) {
    if (!isDateLine(ps[j]!.text) || /^(——|—|-)/.test(ps[j]!.text.trim())) continue;
    const signers: number[] = [];
    for (let k = j - 1; k >= from && k >= j - MAX_SIGNERS && isSigner(ps[k]!.text); k--) signers.unshift(k);
    if (signers.length > 0) return { signers, date: j };
  }
  return null;
}

/** Signature lines above a date: one issuer a line, up to four joint issuers (several ministries' seals in a row). */
const MAX_SIGNERS = 4;

const isSigner = (text: string) => isIssuerLine(text.trim()) || DECREE_SIGNER.test(text.trim());

/** The closing block at the end: [signers] date [notes] [版记], or notes / 版记 alone. */
export function closingBlock(ps: readonly Paragraph[], from: number): Map<number, LineRole> {
  const out = new Map<number, LineRole>();
  let j = ps.length - 1;
  while (j >= from && (IMPRINT_LINE.test(ps[j]!.text.trim()) || SIGNATURE_NOTE.test(ps[j]!.text.trim()))) {
    out.set(j, IMPRINT_LINE.test(ps[j]!.text.trim()) ? 'imprint' : 'sign-note');
    j--;
  }
  if (j >= from && isDateLine(ps[j]!.text) && !/^(——|—|-)/.test(ps[j]!.text.trim())) {
    const signers: number[] = [];
    for (let k = j - 1; k >= from && k >= j - MAX_SIGNERS && isSigner(ps[k]!.text); k--) signers.push(k);
    if (signers.length === 1 && j - 2 >= from && SIGNER_PLACE_LINE.test(ps[j - 2]!.text.trim())) signers.push(j - 2);
    if (signers.length > 0 || out.size > 0 || j === ps.length - 1) {
      out.set(j, 'sign-date');
      for (const k of signers) out.set(k, 'signer');
    }
  }
  return out;
}

/**
 * Head lines a copy glued together (a lost line break): `2018年12月18日中华人民共和国…条例`,
 * `国务院关于…的意见国发〔2019〕5号各省、自治区…：`. Split into paragraphs, head window only.
 */
function unglue(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  paragraphs.forEach((p, i) => {
    if (i >= HEAD_WINDOW + 4) return void out.push(p);
    const pieces: string[] = [];
    const dateFirst = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(.+)$/.exec(p.text);
    if (dateFirst && isTitleLike(dateFirst[2]!)) pieces.push(dateFirst[1]!, dateFirst[2]!);
    else pieces.push(...splitGluedDocNumber(p.text));
    if (pieces.length === 1) return void out.push(p); // the same paragraph (later stages know it by identity)
    let offset = p.offset;
    for (const text of pieces) {
      out.push({ text, offset });
      offset += text.length;
    }
  });
  return out;
}

/** `<title><agency code>〔year〕N号[addressees：]` → title, 发文字号, addressees; the code is the shortest
 * run before the bracket that leaves a title in front of it. */
function splitGluedDocNumber(text: string): string[] {
  const m = /[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*[0-9０-９]+\s*号/.exec(text);
  if (!m) return [text];
  const end = m.index + m[0].length;
  const rest = text.slice(end);
  if (rest !== '' && !isAddresseeLine(rest)) return [text];
  for (let k = m.index - 1; k >= Math.max(1, m.index - 12); k--) {
    const before = text.slice(0, k);
    if (isTitleLike(before) && docNumberLine(text.slice(k, end))) return [before, text.slice(k, end), ...(rest ? [rest] : [])];
  }
  return [text];
}
