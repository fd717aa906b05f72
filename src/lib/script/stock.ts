// The stock OpenCC conversion (opencc-js dictionaries and configs), re-run with one change:
// a dictionary phrase used for segmentation must respect word boundaries (see word-boundaries.ts).
// Everything else (normalisation, conversion chain, dictionaries) is exactly opencc-js's.
import { Trie, ConverterFactory } from 'opencc-js/core';
import { configs as cn2tConfigs } from 'opencc-js/preset/cn2t';
import { configs as t2cnConfigs } from 'opencc-js/preset/t2cn';
import { openccPrefixTrie, trieFromOpenccDicts, type PrefixTrie } from './trie';
import { NO_WORDS, respectsWords, wordMap, type WordMap } from './word-boundaries';
import type { Direction, Variant } from './types';

type Dict = string | readonly (readonly [string, string])[];
interface OpenccConfig {
  normalizationChain?: Dict[][];
  segmentation?: Dict | Dict[];
  conversionChain: Dict[][];
}

/** One segment of stock output; `phrase` is true when a multi-character dictionary phrase decided it. */
export interface StockPiece {
  start: number;
  end: number;
  output: string;
  phrase: boolean;
  /** A longer phrase that was refused here because it straddles a word boundary. */
  refused?: string;
}

export type Emit = (start: number, end: number, output: string, phrase: boolean, refused?: string) => void;

export interface StockConverter {
  scan(text: string, offset: number, words: WordMap | undefined, emit: Emit): void;
  convert(text: string): string;
  /** `words` may be a word map of a larger text in which `text` starts at `offset`. */
  pieces(text: string, offset?: number, words?: WordMap): StockPiece[];
  /** End of the longest stock phrase starting at `i` (no word check), or -1. */
  phraseEnd(text: string, i: number): number;
  /** Every code point that occurs in a key of any table (normalisation, segmentation, chain): a
   * character outside this set is never converted and never part of a match. */
  keyChars: ReadonlySet<number>;
}

function addKeyChars(dicts: readonly Dict[], into: Set<number>): void {
  for (const dict of dicts) {
    if (typeof dict !== 'string') {
      for (const [key] of dict) for (const ch of key) into.add(ch.codePointAt(0)!);
      continue;
    }
    // "key value|key value": one pass, no split (the phrase tables are megabytes).
    let inKey = true;
    for (let i = 0; i < dict.length; i++) {
      const c = dict.charCodeAt(i);
      if (c === 0x7c) inKey = true; // |
      else if (c === 0x20) inKey = false;
      else if (inKey) {
        const cp = dict.codePointAt(i)!;
        into.add(cp);
        if (cp > 0xffff) i++;
      }
    }
  }
}

export function configName(direction: Direction, variant: Variant): string {
  if (direction === 's2t') return variant === 't' ? 's2t' : `s2${variant}`;
  return variant === 't' ? 't2s' : `${variant}2s`;
}

function lookupConfig(name: string): OpenccConfig {
  const all = { ...(cn2tConfigs as Record<string, OpenccConfig>), ...(t2cnConfigs as Record<string, OpenccConfig>) };
  const config = all[name];
  if (!config) throw new Error(`opencc-js has no config "${name}"; use variant t, tw or hk`);
  return config;
}

/** Builds a converter; `wordAware: false` gives opencc-js's own behaviour (for measurements). */
export function buildStock(direction: Direction, variant: Variant, { wordAware = true } = {}): StockConverter {
  const config = lookupConfig(configName(direction, variant));
  const normalize = config.normalizationChain ? ConverterFactory(...(config.normalizationChain as never[])) : (s: string) => s;
  const chain = config.conversionChain.map((group) => {
    const t = new Trie();
    t.loadDictGroup(group as never);
    return t;
  });
  const segDicts: Dict[] = config.segmentation
    ? Array.isArray(config.segmentation) && config.segmentation.every((d) => typeof d === 'string')
      ? (config.segmentation as Dict[])
      : [config.segmentation as Dict]
    : config.conversionChain[0]!;
  // Only multi-character keys segment; single characters are converted inside runs, as opencc-js does.
  // When a chain group begins with the segmentation dictionaries (the usual case), its trie answers
  // the multi-character lookups too, so the big phrase table is loaded once.
  const shared = config.conversionChain.findIndex((g) => segDicts.every((d, k) => g[k] === d));
  const segTrie: PrefixTrie = shared >= 0 ? openccPrefixTrie(chain[shared]!) ?? trieFromOpenccDicts(segDicts) : trieFromOpenccDicts(segDicts);
  const convertSegment = (s: string) => chain.reduce((acc, t) => t.convert(acc), s);
  const keyChars = new Set<number>();
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain, segDicts]) addKeyChars(group, keyChars);

  const ends: number[] = [];

  /** Segments and converts `input`, calling `emit` for each segment in order (no allocation per piece). */
  function scan(input: string, offset: number, words: WordMap | undefined, emit: Emit): void {
    const text = normalize(input);
    // Normalisation maps single code points to single code points, so offsets stay valid.
    const map: WordMap = !wordAware ? NO_WORDS : words ?? wordMap(text);
    const base = words ? offset : 0;
    let runStart = -1;
    for (let i = 0; i < text.length; ) {
      const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
      // One walk gives every phrase starting here: the longest (any) and the longest that respects words (ok).
      const n = segTrie.ends(text, i, ends);
      let any = -1;
      let ok = -1;
      for (let k = n - 1; k >= 0; k--) {
        const end = ends[k]!;
        if (end - i <= len) break; // single characters are not phrases
        if (any < 0) any = end;
        if (i === 0 || respectsWords(map, base + i, base + end)) {
          ok = end;
          break;
        }
      }
      if (any < 0) {
        if (runStart < 0) runStart = i;
        i += len;
        continue;
      }
      if (runStart >= 0) emit(offset + runStart, offset + i, convertSegment(text.slice(runStart, i)), false);
      runStart = -1;
      if (ok > 0) {
        emit(offset + i, offset + ok, convertSegment(text.slice(i, ok)), true);
        i = ok;
      } else {
        // Refused phrase: its first character stands alone so the chain cannot re-match the phrase.
        emit(offset + i, offset + i + len, convertSegment(text.slice(i, i + len)), false, text.slice(i, any));
        i += len;
      }
    }
    if (runStart >= 0) emit(offset + runStart, offset + text.length, convertSegment(text.slice(runStart)), false);
  }

  return {
    scan,
    keyChars,
    pieces(text, offset = 0, words) {
      const out: StockPiece[] = [];
      scan(text, offset, words, (start, end, output, phrase, refused) => out.push(refused ? { start, end, output, phrase, refused } : { start, end, output, phrase }));
      return out;
    },
    convert(text) {
      const out: string[] = [];
      scan(text, 0, undefined, (_s, _e, output) => out.push(output));
      return out.join('');
    },
    phraseEnd: (text, i) => segTrie.longest(text, i, (end) => end - i > (text.codePointAt(i)! > 0xffff ? 2 : 1))?.end ?? -1,
  };
}
