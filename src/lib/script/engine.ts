// The conversion engine: marked spans and protected terms pass through; project phrases (longest
// match) emit their fixed form; the text between them is converted by the word-aware stock
// converter on its own, so no stock phrase can reach across a project phrase's edge.
import { buildProjectTrie, type ProjectMatch } from './project-dictionary';
import { splitMarked } from './protect';
import { buildStock } from './stock';
import { PhraseTrie } from './trie';
import { NO_WORDS, respectsWords, wordMap, type WordMap } from './word-boundaries';
import type { Decision, Direction, Piece, Variant } from './types';

export interface Engine {
  pieces(text: string, protect?: readonly string[]): Piece[];
  convert(text: string, protect?: readonly string[]): string;
}

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
  function run(text: string, protect: readonly string[], emit: (start: number, end: number, output: string, by: Decision, rule?: string) => void): void {
    const doc = documentTrie(protect);
    for (const span of splitMarked(text).spans) {
      const base = span.start;
      const s = span.text;
      if (span.marked) {
        emit(base, base + s.length, s, 'marked');
        continue;
      }
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
    convert(text, protect = []) {
      const out: string[] = [];
      run(text, protect, (_start, _end, output) => out.push(output));
      return out.join('');
    },
  };
}
