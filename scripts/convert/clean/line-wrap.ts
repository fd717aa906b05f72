// Line wraps: a paragraph broken at the line end of a PDF or fixed-width copy, often with blank
// lines in between, joined back. How a break is read depends on the copy's layout (layout.ts):
// - a line that starts with punctuation that never starts a line (，。、；…, in hard-wrapped copies
//   also a closing bracket or quote) continues the one before; table rows (tabs) are never joined;
// - hard-wrapped copies: a line that does not reach the wrap width ends its paragraph; one that
//   does continues into the next line, unless the copy indents paragraph starts and the next line
//   is indented, or (no indents) the line ends a sentence and the next starts a marker or a new item;
// - other copies (one paragraph per line, with stray breaks): the line does not end a sentence, is
//   not a stand-alone heading or a `label：value` field, reads as running text, and the next line
//   starts nothing new.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { lines } from './rule.ts';
import { BARE_ITEM_ODDS, BARE_ITEM_START, CASE_NAME_LINE, CITES_ITEM_OF_PARAGRAPH, CITES_PARAGRAPH_OF_ARTICLE, CONTINUES_PARAGRAPH, ARTICLE_ALONE, CLAUSE_OPEN, NEEDS_NUMBER, CLOSING_START, DOC_NUMBER_LINE, FIELD_LINE, HEADLINE_LINE, HISTORY_LINE, HISTORY_NOTE_START, NEVER_STARTS_LINE, RUNNING_TEXT, SENTENCE_END, SET_FAR_IN } from '../data/wrap.ts';
import { startsNew } from './starts-new.ts';
import { openingRatio } from './opening-odds.ts';
import { ANNEX_HEADING, MAX_ANNEX_LINE } from '../data/annex.ts';
import { HISTORY_ENTRY } from '../data/law-record-history.ts';
import { BOX_LINE } from '../data/table.ts';
import { BARE_NUMBER } from '../data/page-numbers.ts';
import { matchMarker, startsWithHeadingMarker, type MarkerKind } from '../../../src/lib/format/markers.ts';
import { layout, type Layout } from './layout.ts';
import { isDateLine } from '../structure/date.ts';
import { isTitleLike } from '../structure/head-patterns.ts';
import { ADDRESSEE_LINE, BODY_WORD, IMPRINT_LINE } from '../data/head-lines.ts';

export const lineWrapRule: Rule = {
  kind: 'line-wrap',
  run(text, ctx) {
    const all = lines(text).filter((l) => l.text.trim() !== '');
    const shape = layout(all);
    const edits: Edit[] = [];
    let continued = false; // the current line is itself the continuation of the one before
    let opensItem = false; // the paragraph the current line belongs to starts with an item's marker
    const itemsAreKuan = kuanAreItems(text);
    // the document's head: the lines before the first sentence end (title, 发文字号, addressees)
    // (a text without a full stop, a list of items: the lines before the first clause)
    const firstEnd = all.findIndex((l) => /[。！？]/.test(l.text));
    const head = firstEnd >= 0 ? firstEnd : Math.max(0, all.findIndex((l) => RUNNING_TEXT.test(l.text)));
    // a Markdown heading (`# 标题`, its mark removed by markup.ts) is a paragraph of its own
    const marked = new Set(ctx.findings?.().markdownHeadings ?? []);
    const heading = (l: { text: string; start: number }) => marked.size > 0 && marked.has(ctx.sourceOffset?.(l.start + (l.text.length - l.text.trimStart().length)) ?? -1);
    for (let i = 0; i + 1 < all.length; i++) {
      const line = all[i]!;
      const next = all[i + 1]!;
      const a = line.text.trimEnd();
      const b = next.text.trimStart();
      const after = all[i + 2]?.text.trim() ?? '';
      if (!continued) opensItem = matchMarker(a.trim(), ITEM_KINDS) !== null;
      const setRight = SET_RIGHT.test(next.text);
      const bareItemRunsOn = itemsAreKuan && !opensItem;
      const apart = heading(line) || heading(next) || (i < head && endsInHead(all, shape, i, a, b));
      const why: string | null = apart ? null : joinReason(shape, i, a, b, { continued, after, setRight, bareItemRunsOn, opensArticle: i > 0 && ARTICLE_ALONE.test(all[i - 1]!.text.trim()) });
      continued = why !== null;
      if (!why) {
        const doubt = shape.hardWrapped && !a.includes('\t') && !(i < head && isAddresseeLine(a)) && !signatureAt(shape, i, b, after, setRight) ? doubtfulEnd(shape, i, a, b, bareItemRunsOn) : null;
        if (doubt) ctx.warn(line.start, `line may run on into the next one but was not joined (${doubt}): "…${a.slice(-6)}" / "${b.slice(0, 6)}…"`, 'wrap?');
        continue;
      }
      const cut = line.start + a.length;
      const resume = next.start + (next.text.length - b.length);
      // Latin words keep their space; a number a PDF broke at the line end (根据2 / 005年) does not
      const word = shape.hardWrapped ? /[A-Za-z]/ : /[A-Za-z0-9]/;
      const latin = word.test(a.slice(-1)) && word.test(b[0] ?? '');
      edits.push({
        offset: cut,
        length: resume - cut,
        replacement: latin ? ' ' : '',
        reason: `line wrap ${why} after "${a.slice(-6)}"`,
      });
    }
    return edits;
  },
};

/** What around a line bears on its end, besides the layout. */
interface Around {
  /** The line itself continues the line before. */
  continued: boolean;
  /** The line after the next. */
  after: string;
  /** The next line is pushed right by spaces. */
  setRight: boolean;
  /** A sentence citing an item bare (依第三款…) would go on this line's paragraph (BARE_ITEM_START). */
  bareItemRunsOn: boolean;
  /** The line before is an article's number alone (第 5 條): this line is the article's text. */
  opensArticle: boolean;
}

/** Why line `i` (`line`) runs on into `next`, or null. */
function joinReason(shape: Layout, i: number, line: string, next: string, around: Around): string | null {
  const { continued, after, setRight, opensArticle } = around;
  // a table row (cells separated by tabs, as a browser copy gives them) is a line of its own
  if (line.includes('\t') || next.includes('\t')) return null;
  // … and so is a line of a table drawn with box characters (│臺北市│二日│, ├──┼──┤)
  if (BOX_LINE.test(line) || BOX_LINE.test(next)) return null;
  // an annex heading (附件三：…, 附件：…清单) is a line of its own, and so is the line after it; but a
  // line ending on a clause mark ends no paragraph, so what follows it heads nothing (…條條文之附表一、 /
  // 附表二、附表三, a Taiwan law's history entry naming the tables it amended)
  if (isAnnexLine(line) || (isAnnexLine(next) && !CLAUSE_OPEN.test(line))) return null;
  if (DOC_NUMBER_LINE.test(line.trim()) || DOC_NUMBER_LINE.test(next.trim())) return null;
  // a 版记 line (抄送：…, …秘书局 2019年1月24日印发) starts a line of its own: nothing above runs on into it
  if (IMPRINT_LINE.test(next.trim())) return null;
  // a finished sentence does not run on into a table's caption: a line without punctuation right
  // above a row aligned by spaces (…报市交通运输局备案。 / 东匝道桥界址点坐标 / 编号  X坐标  Y坐标)
  if (SENTENCE_END.test(line) && !/[，。；：、！？,;:!?]/.test(next) && !shape.aligned(i + 1) && shape.aligned(i + 2)) return null;
  // a field of a law database's head before another (法規名稱：… / 修正日期：…), whatever its width
  if (FIELD_LINE.test(line.trim()) && FIELD_LINE.test(next.trim())) return null;
  if (NEVER_STARTS_LINE.test(next) && (shape.hardWrapped || !CLOSING_START.test(next))) return `as the next line starts with "${next[0]}", which never starts a line`;
  // a bare number with such a mark after it sits inside the line (a superscript footnote reference:
  // …海運輔助性服務 / 2 / 。大陸…, the page-number rule keeps it): the line runs on into it
  if (BARE_NUMBER.test(next.trim()) && NEVER_STARTS_LINE.test(after.trim()) && !SENTENCE_END.test(line)) return 'into a number set inside the line (a footnote reference)';
  // a title opened with 《 is closed in the same paragraph (…修改《最高人民法院关于审理期货纠纷案件若干问题的规定 / （二）》将…)
  if (shape.hardWrapped && opensTitle(line) && !CLAUSE_OPEN.test(line) && !SENTENCE_END.test(line)) return 'inside a title (《 not yet closed)';
  if (NEEDS_NUMBER.test(line) && /^[0-9０-９一二三四五六七八九十百千零〇两兩]/.test(next)) return `as "${line.slice(-3)}" needs the number on the next line`;
  // a bracket is closed in the paragraph that opens it: of 801,073 paragraphs of Taiwan's and LawRefBook's laws
  // 12 leave one open, typos all (…的请示（〔1996〕武司字第82 / 号）收悉，…: a copy too short to show its width);
  // not a note that opens on its bracket, set in lines of its own as printed under a title (（二○○四年六月十六日国务院 /
  // 第54次常务会议修订通过）: the official text breaks it there, and the head reads it whole)
  if (opensBracket(line) && !/^[（(]/.test(line.trim()) && !startsNew(next)) return 'inside a bracket (（ not yet closed)';
  if (shape.hardWrapped) return signatureAt(shape, i, next, after, setRight) ? null : wrappedAt(shape, i, line, next, around.bareItemRunsOn);
  // the line under an article's number alone is the article's text, running text however few marks it holds
  // (第 1 條 / …（以下簡稱本局）為處理內部單位之 / 分工職掌，特訂定本規程。: a copy too short to show its width)
  return continues(line, next, continued || opensArticle) ? 'in mid-sentence' : null;
}

/** An addressee line (主送机关) is at most this many lines of the copy (every province and the military regions: 150 characters, four lines of a gazette page). */
const MAX_ADDRESSEE_LINES = 5;

/**
 * Whether line `i` of the document's head (the lines before its first sentence end: title, 发文字号,
 * addressees, history note) ends its paragraph however full it is: head lines are set apart by meaning,
 * not by the layout, which cannot tell them from a wrap.
 */
function endsInHead(all: readonly { text: string }[], shape: Layout, i: number, a: string, b: string): boolean {
  // an addressee line (各省、自治区…，国务院各部委、各直属机构：) ends there
  if (isAddresseeLine(a)) return true;
  // a title or other head line (no running text) ends before an addressee line, maybe wrapped — unless the
  // line is itself in the list (北京市、天津市…上海 / 市、江苏省…：, under the 发文字号)
  if (!RUNNING_TEXT.test(a) && addresseeAt(all, shape, i + 1) && !inAddresseeList(all, shape, i)) return true;
  // …and before a bracketed history note （2015年7月6日最高人民法院审判委员会…通过）: a title exactly the page's width
  if (!RUNNING_TEXT.test(a) && HISTORY_NOTE_START.test(b)) return true;
  // a case's name (…诉…纠纷案) is a line of its own under the case's headline, which may hold a comma
  return CASE_NAME_LINE.test(b.trim());
}

/**
 * Line `i` is a line of a wrapped addressee list, not the line before it: the list starts right under the
 * 发文字号 (the head's order is title, 发文字号, 主送机关) and names bodies apart with 、 (北京市、天津市…上海 /
 * 市、江苏省…湖南省、 / 广东省…：), and none of its lines is a title (a title ends on its type: 通知).
 */
function inAddresseeList(all: readonly { text: string }[], shape: Layout, i: number): boolean {
  const listLine = (k: number) => /、/.test(all[k]!.text) && !RUNNING_TEXT.test(all[k]!.text) && !isTitleLike(all[k]!.text.trim());
  let k = i;
  while (k > 0 && k > i - MAX_ADDRESSEE_LINES && listLine(k) && !DOC_NUMBER_LINE.test(all[k - 1]!.text.trim())) k--;
  return k > 0 && listLine(k) && DOC_NUMBER_LINE.test(all[k - 1]!.text.trim()) && addresseeAt(all, shape, k);
}

/** An addressee line of its own: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构： */
const isAddresseeLine = (a: string) => ADDRESSEE_LINE.test(a.trim()) && namesBodies(a.trim());

/**
 * Whether line `k` starts an addressee line (各省、自治区、直辖市人民政府，国务院各部委、各直属机构：),
 * maybe wrapped over a few full lines: in the document's head, a title or other head line before it
 * (no sentence punctuation inside, however full) never runs on into it.
 */
function addresseeAt(all: readonly { text: string }[], shape: Layout, k: number): boolean {
  let text = '';
  for (let j = k; j < Math.min(all.length, k + MAX_ADDRESSEE_LINES); j++) {
    text += all[j]!.text.trim();
    if (/[：:]$/.test(text)) return ADDRESSEE_LINE.test(text) && namesBodies(text) && !startsWithHeadingMarker(text);
    if (!shape.full(j) && !NEVER_STARTS_LINE.test(all[j + 1]?.text.trim() ?? '')) return false;
  }
  return false;
}

const ENDS_IN_BODY = new RegExp(`${BODY_WORD.source}$`);

/** A list of bodies (各省、自治区、直辖市人民政府，国务院各部委：): every part names one, not a clause (…选举产生，…组成：). */
function namesBodies(text: string): boolean {
  return text.replace(/[：:]$/, '').split(/[，,；;]/).every((part) => ENDS_IN_BODY.test(part.trim()));
}

/** A full line ending a sentence runs on when the copy makes a wrap there this many times likelier than a paragraph end. */
const RUNS_ON_ODDS = 1.5;

/** Why line `i` of a hard-wrapped copy runs on into the next line, or null. */
function wrappedAt(shape: Layout, i: number, line: string, next: string, bareItemRunsOn: boolean): string | null {
  // a row aligned by spaces that reaches the width before another such row is a whole row (王晓晖　　…副主任 /
  // 丁向阳　　国务院副秘书长); a wrapped row goes on without the spaces (…中央编 / 译局局长)
  if (shape.aligned(i) && shape.aligned(i + 1)) return null;
  if (shape.indentsParagraphs) {
    if (shape.indented(i + 1)) return null;
    // a short heading set flush (第一章　总　则, no sentence punctuation) or a history line of the
    // head is no continuation
    if ((startsWithHeadingMarker(next) && !shape.full(i + 1) && !RUNNING_TEXT.test(next)) || HISTORY_LINE.test(next)) return null;
    if (shape.full(i)) return 'at the line width (the next line is not indented)';
    if (pastWidth(shape, i, line)) return 'past the line width in mid-sentence (the next line is not indented)';
    // a line broken early before a word that did not fit
    return CLAUSE_OPEN.test(line) && !startsNew(next) ? 'after a clause (the next line is not indented)' : null;
  }
  if (startsNew(next)) return citedAt(shape, i, line, next);
  // a full line that ends in a bracketed numeral ends in a marker or a citation, never a paragraph
  // (…修改为：“（一） / 在公共场所…, …第二十条第（三） / 项…)
  if (shape.full(i) && ENDS_IN_NUMERAL.test(line)) return 'at the line width after a bracketed numeral';
  if (SENTENCE_END.test(line)) {
    if (!shape.full(i)) return null;
    if (CONTINUES_PARAGRAPH.test(next)) return `at the line width on "${line.slice(-1)}" before a proviso (${next.slice(0, 2)}…)`;
    const { odds, cited, opening } = endOdds(shape, i, line, next, bareItemRunsOn);
    if (odds <= RUNS_ON_ODDS) return null;
    if (cited) return `at the line width on "${line.slice(-1)}" before a sentence citing an item bare (${next.slice(0, 5)}…: a new 項 would cite 前項), odds of a wrap ${odds.toFixed(1)}`;
    if (opening !== 1) return `at the line width on "${line.slice(-1)}" before a sentence opening ${next.slice(0, 2)}… (in this copy such a line is a wrap ${(odds / opening).toFixed(2)} times as often as a paragraph end; in the laws a sentence opening so goes on its paragraph ${opening.toFixed(1)} times as often), odds of a wrap ${odds.toFixed(1)}`;
    return `at the line width on "${line.slice(-1)}" (in this copy such a line is a wrap ${odds.toFixed(1)} times as often as a paragraph end)`;
  }
  if (shape.full(i)) return 'at the line width';
  if (pastWidth(shape, i, line)) return 'past the line width in mid-sentence (a page of another width)';
  // a line broken early (a number or word that did not fit) after a comma or 、 never ends a paragraph
  // (a short line ending in ，is an item of a list: 委员长， / 副委员长若干人，)
  return CLAUSE_OPEN.test(line) && shape.nearlyFull(i) ? 'after a clause, a few characters short of the width' : null;
}

/** A full stop (。！？, a closing quote or bracket after it): the sentence openings were counted after one. */
const STOP = /[。！？!?][”’」』）)]*$/;

/**
 * The odds that a full line ending a sentence (。；：）…) runs on into `next`: the copy's own (end-odds.ts),
 * times what the next line's words say: a bare 第N款 where 款 are items (BARE_ITEM_ODDS), else after a full
 * stop the sentence's opening (`必要時，…` goes on its paragraph, `前項…` starts one: opening-odds.ts).
 */
function endOdds(shape: Layout, i: number, line: string, next: string, bareItemRunsOn: boolean): { odds: number; cited: boolean; opening: number } {
  const cited = bareItemRunsOn && BARE_ITEM_START.test(next);
  const opening = !cited && STOP.test(line) ? openingRatio(next) : 1;
  return { odds: (shape.wrapOdds(i) ?? 0) * (cited ? BARE_ITEM_ODDS : opening), cited, opening };
}

/**
 * A line ending a sentence at the width that stays apart is warned about only while a wrap is at least
 * this likely (odds 1 to 20): where the next sentence's words make a paragraph start nearly certain
 * (`前項…`), a warning would be noise a reader learns to ignore.
 */
const WARN_ODDS = 0.05;

/** A line that stops on a word or a clause mark, not on sentence punctuation: a paragraph does not end there. */
const ENDS_ON_WORD = /[\u4e00-\u9fff，,、]$/;

const STANDS_ALONE = /^第[一二三四五六七八九十百千零〇两兩0-9０-９]+(?:[-－][0-9０-９]+)?(?:分[编編]|[编編章节節条條])(?:之[一二三四五六七八九十]+)?(?:$|[ \u3000])/;

/**
 * A full line of running text that stops mid-sentence runs on even into a line that starts like a
 * marker: a paragraph ends on punctuation, so the marker is cited (`…第一百零九條及` / `第一百十條列舉事項`,
 * `…本法` / `第一百零一条对外…`, `…目冠以（一）、（二）、` / `（三）等數字`).
 */
function citedAt(shape: Layout, i: number, line: string, next: string): string | null {
  // it ends in a word or a clause mark, not a closing bracket or quote (…的决议》 / 二、《关于…》 is a list)
  if (!shape.full(i) || !ENDS_ON_WORD.test(line) || FIELD_LINE.test(line.trim())) return null;
  // a law level's marker alone or before a space (第1條, 第一章 總則) heads what follows: a cited one
  // runs on into its sentence (a history note ends without a full stop: …二十三日施行 / 第 1 條)
  if (STANDS_ALONE.test(next.trim()) || HISTORY_ENTRY.test(next.trim())) return null;
  // running text, not a heading or a field (修正日期：…) that fills the width (第四节　侵犯人身权利、财产权利的行为和处罚 / 第四十条…)
  if (!(RUNNING_TEXT.test(line) || (line.includes('、') && !startsNew(line)))) return null;
  return `at the line width in mid-sentence (the next line's ${next.slice(0, 4)}… is cited)`;
}

/**
 * Whether the next line starts the signature block: a date alone, or a short name without punctuation
 * (国务院办公厅) with a date after it. The text ends before it, however full its last line.
 */
function signatureAt(shape: Layout, i: number, next: string, after: string, setRight = false): boolean {
  const name = next.trim();
  if (isDateLine(name)) return true;
  // a name set right by spaces (a PDF's signature) may reach the width with its padding alone
  return (!shape.full(i + 1) || setRight) && [...name].length <= MAX_SIGNATURE_NAME && !RUNNING_TEXT.test(name) && isDateLine(after);
}

/** A line pushed right by a run of spaces: a signature or date as a PDF sets it. */
const SET_RIGHT = new RegExp(`${SET_FAR_IN.source}\\S`);

/** A signature's name (the issuing body) is at most this many characters. */
const MAX_SIGNATURE_NAME = 24;

/** Why a line of a hard-wrapped copy that was not joined may still be a wrap, or null. */
function doubtfulEnd(shape: Layout, i: number, line: string, next: string, bareItemRunsOn: boolean): string | null {
  if (shape.indentsParagraphs) return CLAUSE_OPEN.test(line) && !shape.indented(i + 1) ? 'it ends in a clause and the next line is not indented' : null;
  if (shape.full(i) && SENTENCE_END.test(line) && !startsNew(next)) {
    const { odds } = endOdds(shape, i, line, next, bareItemRunsOn);
    return odds >= WARN_ODDS ? `it ends a sentence exactly at the line width; odds of a wrap ${odds.toFixed(2)}` : null;
  }
  return CLAUSE_OPEN.test(line) && shape.nearlyFull(i) ? 'it ends in a clause' : null;
}

/** Whether `line` runs on into `next`; `continued`: `line` itself continues the line before. */
export function continues(line: string, next: string, continued = false): boolean {
  if (SENTENCE_END.test(line)) return false;
  if (startsNew(next)) return false;
  if (CLAUSE_OPEN.test(line) || continued) return true; // the middle line of a long sentence may hold no punctuation
  // a numbered heading on its own line (no full stop inside) ends there
  if (startsWithHeadingMarker(line) && !/[。！？]/.test(line)) return false;
  // a field of a law database's head (法規名稱：…) is a line of its own
  if (FIELD_LINE.test(line.trim())) return false;
  // titles, issuer and date lines have no sentence punctuation inside; wrapped body text does, and
  // more than a headline's ！ or ？
  return RUNNING_TEXT.test(line) && !HEADLINE_LINE.test(line.trim());
}

/**
 * A line of running text longer than every width near it that stops on a word or a clause mark: the
 * last page of a copy whose width changes from page to page, too few lines to show its width
 * (`…此前的司法解释和有关规定，与本` / `规定相抵触的，以本规定为准。`); a paragraph ends on punctuation.
 */
function pastWidth(shape: Layout, i: number, line: string): boolean {
  return shape.longer(i) && ENDS_ON_WORD.test(line) && /[，,。；;：:︰！？、]/.test(line) && !FIELD_LINE.test(line.trim());
}

/** A bracketed numeral at a line's end: （一）, (3). */
const ENDS_IN_NUMERAL = /[（(][一二三四五六七八九十0-9]{1,3}[）)]$/;

/** Whether a line leaves a round bracket open at its end (its last （ after its last ）; a typo earlier in the line, 《修正案（十》, does not carry on). */
function opensBracket(line: string): boolean {
  return Math.max(line.lastIndexOf('（'), line.lastIndexOf('(')) > Math.max(line.lastIndexOf('）'), line.lastIndexOf(')'));
}

/** Whether a line leaves a 《 open at its end. */
function opensTitle(line: string): boolean {
  return line.lastIndexOf('《') > line.lastIndexOf('》');
}

function isAnnexLine(text: string): boolean {
  return text.length <= MAX_ANNEX_LINE && ANNEX_HEADING.test(text);
}

/** The markers of a list's items (一、 （一） 1. (1)), not of a law's levels. */
const ITEM_KINDS: readonly MarkerKind[] = ['zh-dun', 'zh-space', 'zh-paren', 'arabic-dot', 'arabic-paren'];

/** Whether the copy's citations take 款 for an item of a 項 (Taiwan's terms), not for a paragraph (PRC law's). */
function kuanAreItems(text: string): boolean {
  const items = text.match(CITES_ITEM_OF_PARAGRAPH)?.length ?? 0;
  return items > 0 && items > (text.match(CITES_PARAGRAPH_OF_ARTICLE)?.length ?? 0);
}
