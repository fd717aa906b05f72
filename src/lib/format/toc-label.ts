// What a contents (TOC) entry shows for a heading. A run-in heading is the lead sentence of its
// item (（五）经营所得，是指：, （一）深化……发布。), which can be long and ends mid-thought; the entry
// is its title phrase where it has one (（五）经营所得), else its beginning cut at a clause
// boundary within a length limit, with an ellipsis, never ending on a word that needs what was
// cut (是指, 包括, 和 …). Only the entry's text changes: the link goes to the same id.
import { ATTRIBUTE_BLOCK, parseAttributes } from './attributes.ts';
import { matchMarker } from './markers.ts';
import { DANGLING_ENDS, DEFINING_WORDS, SOFT_BREAKS, TOC_LABEL_MAX, TOC_LABEL_SLACK } from './toc-words.ts';

const TRAILING = /[。；;，,：:、\s]+$/;
// a clause boundary; 、 only separates the items of a list, a poorer place to cut
const BOUNDARY = /[，,；;：:]/g;
const LIST = /、/g;

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 经营所得，是指… : the phrase before a comma and a defining word is the item's title. */
const TITLE_PHRASE = new RegExp(`^([^，,；;：:。！？]{2,${TOC_LABEL_MAX}})[，,](?:${DEFINING_WORDS.map(esc).join('|')})`);
const SOFT = new RegExp(`(?=${[...SOFT_BREAKS].sort((a, b) => b.length - a.length).map(esc).join('|')})`, 'g');
const DANGLING = new RegExp(`(?:${[...DANGLING_ENDS].sort((a, b) => b.length - a.length).map(esc).join('|')})$`);

const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** The last word boundary (ICU's dictionary segmentation) past the first few characters, so a cut never splits a word. */
function lastWordBoundary(text: string): number {
  let at = -1;
  for (const s of words.segment(text)) if (s.index >= 6) at = s.index;
  return at;
}

/** Drops words at the end that only make sense with what follows (…，是指 → …). */
function trimDangling(text: string): string {
  let t = text.replace(TRAILING, '');
  for (let prev = ''; prev !== t; ) (prev = t), (t = t.replace(DANGLING, '').replace(TRAILING, ''));
  return t;
}

/** The contents entry of a heading's text (the marker, 第五条 or （五）, always kept). */
export function tocLabel(text: string, max = TOC_LABEL_MAX): string {
  const whole = text.trim().replace(TRAILING, '');
  const m = matchMarker(whole);
  const marker = m ? whole.slice(0, whole.length - m.rest.length) : '';
  const body = whole.slice(marker.length);
  const phrase = TITLE_PHRASE.exec(body);
  if (phrase) return marker + phrase[1]!.trim();
  const chars = [...body];
  if (chars.length <= max + TOC_LABEL_SLACK) {
    // short enough whole, or no clause boundary worth cutting at
    const t = trimDangling(body);
    if (chars.length <= max || !/[，,；;：:]/.test(chars.slice(0, max).join(''))) return marker + (t.length >= 2 ? t : body);
  }
  const head = chars.slice(0, max).join('');
  // the last clause boundary within the limit, else the last place before a conjunction or
  // preposition, else the last 、 of a list, else the last word boundary
  const last = (re: RegExp) => [...head.matchAll(re)].map((b) => b.index).filter((i) => i >= 6).pop() ?? -1;
  const cut = [last(BOUNDARY), last(SOFT), last(LIST), lastWordBoundary(head)].find((i) => i > 0) ?? -1;
  const kept = trimDangling(cut > 0 ? head.slice(0, cut) : head);
  return `${marker}${kept.length >= 2 ? kept : head}…`;
}

/** Ids of the run-in headings of a converted document (`## （五）经营所得，是指： {#art6-5 .run-in …}`):
 * only their entries are shortened; a stand-alone heading is its own title and is shown whole. */
export function runInIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('#')) continue;
    const block = ATTRIBUTE_BLOCK.exec(line);
    const a = block ? parseAttributes(block[1]!) : null;
    if (a?.id && a.classes.includes('run-in')) ids.add(a.id);
  }
  return ids;
}
