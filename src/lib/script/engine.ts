// The conversion engine: marked spans and protected terms pass through; project phrases (longest
// match) emit their fixed form; the text between them is converted by the word-aware stock
// converter on its own, so no stock phrase can reach across a project phrase's edge.
import { buildProjectTrie, type ProjectMatch } from './project-dictionary';
import { splitMarked } from './protect';
import { buildStock } from './stock';
import { PhraseTrie } from './trie';
import { BREAK_CHAR, NO_WORDS, respectsWords, wordMap, type WordMap } from './word-boundaries';
import type { Decision, Direction, Piece, Variant } from './types';

export interface Engine {
  pieces(text: string, protect?: readonly string[]): Piece[];
  /** The pieces of each clause (text between free characters, see convert), from a cache of
   * clauses; the free characters between clauses have no piece. Same decisions as pieces() on
   * every character a clause holds (what the compare view's notes need, explainOneToMany). */
  clausePieces(text: string, protect?: readonly string[]): Piece[];
  convert(text: string, protect?: readonly string[]): string;
}

type Emit = (start: number, end: number, output: string, by: Decision, rule?: string) => void;

const IDS = /[\u2FF0-\u2FFF]/;

export interface EngineOptions {
  /** Refuse stock phrases that straddle word boundaries (default true). */
  wordAware?: boolean;
  /** Apply project dictionaries and protected terms (default true). */
  project?: boolean;
  /** Called with each project phrase refused at a word boundary (for measurements). */
  onRefusedProject?: (phrase: string, text: string, offset: number) => void;
}

export function buildEngine(direction: Direction, variant: Variant, options: EngineOptions = {}): Engine {
  const stock = buildStock(direction, variant, { wordAware: options.wordAware ?? true });
  const wordAware = options.wordAware ?? true;
  const refusedProject = options.onRefusedProject;
  const project = options.project === false ? new PhraseTrie<ProjectMatch>() : buildProjectTrie(direction, variant);
  let docKey = '';
  let docTrie = new PhraseTrie<ProjectMatch>();

  function documentTrie(protect: readonly string[]): PhraseTrie<ProjectMatch> {
    const key = protect.join('\u0000');
    if (key !== docKey) {
      docTrie = new PhraseTrie<ProjectMatch>();
      for (const term of protect) if (term) docTrie.set(term, { kind: 'protected', key: term, output: term });
      docKey = key;
    }
    return docTrie;
  }


  /** Emits each decided span of `text` in order; pieces() and convert() are thin collectors. */
  function run(text: string, protect: readonly string[], emit: Emit): void {
    const doc = documentTrie(protect);
    for (const span of splitMarked(text).spans) {
      if (span.marked) emit(span.start, span.start + span.text.length, span.text, 'marked');
      else runSpan(span.text, span.start, doc, emit);
    }
  }

  /** One unmarked span `s` that starts at `base` in the caller's text. */
  function runSpan(s: string, base: number, doc: PhraseTrie<ProjectMatch>, emit: Emit): void {
    const words: WordMap = wordAware ? wordMap(s) : NO_WORDS;
    // The gap between project phrases is converted on its own (no stock phrase reaches into a
    // project phrase), while word boundaries come from the whole span, so the segmenter has context.
    const gapEmit = (start: number, end: number, output: string, phrase: boolean, refused?: string) =>
      emit(base + start, base + end, output, phrase ? 'stock-phrase' : 'stock-char', refused);
    let gap = 0;
    for (let i = 0; i < s.length; ) {
      const a = doc.size ? doc.longest(s, i) : null;
      const b = project.longest(s, i);
      const m = a && (!b || a.end >= b.end) ? a : b;
      if (!m) {
        i += s.codePointAt(i)! > 0xffff ? 2 : 1;
        continue;
      }
      // A project phrase obeys the same word-boundary rule as stock phrases (头发|展示 is not 发展),
      // unless it is a protected term, which the author asked for explicitly.
      if (m.value.kind === 'project' && i > 0 && !respectsWords(words, i, m.end)) {
        refusedProject?.(s.slice(i, m.end), s, i);
        i += s.codePointAt(i)! > 0xffff ? 2 : 1;
        continue;
      }
      // A longer stock phrase at the same start is a more specific reading (若干周 → 若干週,
      // 才干净 → 纔乾淨): leave it to the stock converter, and start no project phrase inside it.
      const longer = m.value.kind === 'project' ? stock.phraseEnd(s, i) : -1;
      if (longer > m.end) {
        i = longer;
        continue;
      }
      if (i > gap) stock.scan(s.slice(gap, i), gap, words, gapEmit);
      emit(base + i, base + m.end, m.value.output, m.value.kind, m.value.key);
      i = gap = m.end;
    }
    if (s.length > gap) stock.scan(s.slice(gap), gap, words, gapEmit);
  }

  // Clause cache. A "free" character is whitespace, punctuation or a symbol (where the segmenter
  // always breaks, see word-boundaries.ts) that occurs in no key of any table (project, protected,
  // the document's terms, every opencc-js table): no phrase, run conversion or word can reach
  // across it, nothing converts it, and a phrase just after it always starts on a word boundary,
  // as at the start of a span. So a span converts as the concatenation of its pieces between free
  // characters, each converted alone; policy texts repeat their clauses, so each piece is converted
  // once and remembered. (Ideographic description sequences, U+2FF0–2FFF, group characters in
  // opencc-js: texts with one take the whole-span path.)
  const joins = new Set<number>([...project.keyChars, ...stock.keyChars]);
  const freeUnit = new Uint8Array(0x10000); // 0 not looked at yet, 1 free, 2 not
  const free = (unit: number, docChars: ReadonlySet<number>): boolean => {
    let f = freeUnit[unit]!;
    if (f === 0) freeUnit[unit] = f = BREAK_CHAR.test(String.fromCharCode(unit)) && !joins.has(unit) ? 1 : 2;
    return f === 1 && !docChars.has(unit);
  };

  /** Cuts `s` at free characters: `clause` for each piece between them, `gap` for each run of them. */
  function clauses(s: string, doc: PhraseTrie<ProjectMatch>, clause: (from: number, to: number) => void, gap: (from: number, to: number) => void): void {
    let start = 0;
    let i = 0;
    while (i < s.length) {
      const cp = s.charCodeAt(i);
      // Surrogates are never free (BREAK_CHAR tests one UTF-16 unit, as the word map does).
      if (free(cp, doc.keyChars)) {
        if (i > start) clause(start, i);
        let j = i + 1;
        while (j < s.length && free(s.charCodeAt(j), doc.keyChars)) j++;
        gap(i, j);
        start = i = j;
      } else i++;
    }
    if (s.length > start) clause(start, s.length);
  }

  // A clause's output and its pieces (offsets within the clause), from one walk: the compare
  // view's notes (clausePieces) then find the clauses the reading views converted already.
  interface Clause { output: string; pieces: Piece[] }
  const cache = new Map<string, Clause>();
  const CACHE_MAX = 200_000;
  function clause(text: string, doc: PhraseTrie<ProjectMatch>, docKey: string): Clause {
    const key = docKey ? `${docKey}\u0001${text}` : text;
    let hit = cache.get(key);
    if (hit === undefined) {
      const pieces: Piece[] = [];
      runSpan(text, 0, doc, (start, end, output, by, rule) => {
        const piece: Piece = { start, end, source: text.slice(start, end), output, by };
        if (rule) piece.rule = rule;
        pieces.push(piece);
      });
      hit = { output: pieces.map((p) => p.output).join(''), pieces };
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  }

  function convertSpan(s: string, doc: PhraseTrie<ProjectMatch>, docKey: string, out: string[]): void {
    clauses(s, doc, (from, to) => out.push(clause(s.slice(from, to), doc, docKey).output), (from, to) => out.push(s.slice(from, to)));
  }

  return {
    pieces(text, protect = []) {
      const out: Piece[] = [];
      run(text, protect, (start, end, output, by, rule) => {
        const piece: Piece = { start, end, source: text.slice(start, end), output, by };
        if (rule) piece.rule = rule;
        out.push(piece);
      });
      return out;
    },
    clausePieces(text, protect = []) {
      const out: Piece[] = [];
      const collect = (start: number, end: number, output: string, by: Decision, rule?: string) => {
        const piece: Piece = { start, end, source: text.slice(start, end), output, by };
        if (rule) piece.rule = rule;
        out.push(piece);
      };
      if (refusedProject || IDS.test(text)) {
        run(text, protect, collect);
        return out;
      }
      const doc = documentTrie(protect);
      for (const span of splitMarked(text).spans) {
        if (span.marked) {
          collect(span.start, span.start + span.text.length, span.text, 'marked');
          continue;
        }
        const s = span.text;
        clauses(s, doc, (from, to) => {
          const base = span.start + from;
          for (const p of clause(s.slice(from, to), doc, docKey).pieces) out.push({ ...p, start: base + p.start, end: base + p.end });
        }, () => {});
      }
      return out;
    },
    convert(text, protect = []) {
      const out: string[] = [];
      if (refusedProject || IDS.test(text)) {
        run(text, protect, (_start, _end, output) => out.push(output));
        return out.join('');
      }
      const doc = documentTrie(protect);
      for (const span of splitMarked(text).spans) {
        if (span.marked) out.push(span.text);
        else convertSpan(span.text, doc, docKey, out);
      }
      return out.join('');
    },
  };
}
