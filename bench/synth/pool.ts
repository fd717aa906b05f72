// Sentence pools drawn from the seed corpus (content/raw): synthetic paragraphs are recombined
// from real sentences so that text statistics (length, vocabulary, punctuation) stay realistic.
// Anything that looks like cruft, mojibake or markup is left out: the generator adds cruft on purpose.

import type { Script } from '../../scripts/convert/types.ts';

export interface Pool {
  /** Complete sentences ending in 。；！？, markers stripped. */
  sentences: string[];
  /** Short lead sentences that opened a numbered paragraph (run-in heading text). */
  leads: string[];
  /** Stand-alone heading texts (no marker, no final punctuation). */
  headings: string[];
}

export interface Pools {
  hans: Pool;
  hant: Pool;
  /** Character → pinyin as annotated in the sources (學(xué)), to add pinyin cruft the same way. */
  pinyin: Map<string, string>;
}

// Characters whose form tells the scripts apart; a file with more of the first is traditional.
const tradOnly = '這們個來說為國學發會對時實現關與體經濟業務區觀點質黨動';
const simpOnly = '这们个来说为国学发会对时实现关与体经济业务区观点质党动';

const pinyinPattern = /([\u3400-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/g;
const markerPattern = /^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|——|第[一二三四五六七八九十百]+条\s*)/;
const rejectPattern = /[?？\ufffd<>/\\=|{}\[\]#*_`~\u00c0-\u024f\s]|查看|本站|http|目\s*录|汇编|彙編|下[转轉]|[紧緊]接|第[一二三四五六七八九十]+版|日报讯/;

export function detectScript(text: string): Script {
  let trad = 0;
  let simp = 0;
  for (const ch of text) {
    if (tradOnly.includes(ch)) trad++;
    else if (simpOnly.includes(ch)) simp++;
  }
  return trad > simp ? 'hant' : 'hans';
}

function emptyPool(): Pool {
  return { sentences: [], leads: [], headings: [] };
}

/** Adds one raw file's text to the pools. Pure apart from mutating `pools`. */
export function addToPools(pools: Pools, text: string): void {
  const unannotated = text.replace(pinyinPattern, (_all, ch: string, py: string) => {
    if (!pools.pinyin.has(ch)) pools.pinyin.set(ch, py);
    return ch;
  });
  const pool = pools[detectScript(unannotated)];
  const seen = new Set([...pool.sentences, ...pool.leads, ...pool.headings]);
  const add = (list: string[], s: string): void => {
    if (!seen.has(s)) {
      seen.add(s);
      list.push(s);
    }
  };
  // Spaces separate inline headings in single-line compilations, but PDF spaces also fall inside
  // sentences there: after a space, only a chunk that opens with a marker starts a clean sentence.
  // PDF wraps split sentences across lines: a line continues the previous one unless that one ended a
  // sentence or was short (a heading or title).
  let previous = '';
  for (const line of unannotated.replace(/(\d) (?=[年月日个])/g, '$1').split(/[\n\r]+/)) {
    const continues = previous.length > 40 && !/[。；！？：:]\s*$/.test(previous);
    if (line.trim() !== '') previous = line;
    line.split(/ +/).forEach((chunk, c) => {
      const marked = markerPattern.exec(chunk);
      const body = marked ? chunk.slice(marked[0].length) : chunk;
      if (marked && /^[一二三四五六七八九十]+、$/.test(marked[0]) && !/[。；！？:：]/.test(body)) {
        if (body.length >= 4 && body.length <= 40 && !rejectPattern.test(body)) add(pool.headings, body.replace(/[，,]$/, ''));
        return;
      }
      const sentences = body.match(/[^。；！？]+[。；！？]/g) ?? [];
      sentences.forEach((s, i) => {
        if (i === 0 && (c > 0 || continues) && !marked) return;
        if (rejectPattern.test(s) || s.length < 8 || !/^[\u3400-\u9fff“《]/.test(s)) return;
        if (i === 0 && marked && s.length <= 40 && s.endsWith('。')) add(pool.leads, s);
        else if (s.length <= 260) add(pool.sentences, s);
      });
    });
  }
}

export function buildPools(texts: readonly string[]): Pools {
  const pools: Pools = { hans: emptyPool(), hant: emptyPool(), pinyin: new Map() };
  for (const text of texts) addToPools(pools, text);
  for (const script of ['hans', 'hant'] as const) {
    const p = pools[script];
    if (p.sentences.length < 50 || p.leads.length < 5 || p.headings.length < 5) {
      throw new Error(
        `synth: the ${script} sentence pool is too small (${p.sentences.length} sentences, ${p.leads.length} leads, ` +
          `${p.headings.length} headings); content/raw needs at least one ${script} document with numbered sections`,
      );
    }
  }
  return pools;
}
