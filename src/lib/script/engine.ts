// The conversion engine: marked spans and protected terms pass through; project phrases (longest
// match) emit their fixed form; the text between them is converted by the word-aware stock
// converter on its own, so no stock phrase can reach across a project phrase's edge.
import { buildProjectTrie, type ProjectMatch } from './project-dictionary';
import { splitMarked } from './protect';
import { buildStock } from './stock';
import { PhraseTrie } from './trie';
import { wordMap, type WordMap } from './word-boundaries';
import type { Direction, Piece, Variant } from './types';

export interface Engine {
  pieces(text: string, protect?: readonly string[]): Piece[];
  convert(text: string, protect?: readonly string[]): string;
}

export interface EngineOptions {
  /** Refuse stock phrases that straddle word boundaries (default true). */
  wordAware?: boolean;
  /** Apply project dictionaries and protected terms (default true). */
  project?: boolean;
}

export function buildEngine(direction: Direction, variant: Variant, options: EngineOptions = {}): Engine {
  const stock = buildStock(direction, variant, { wordAware: options.wordAware ?? true });
  const wordAwareEngine = options.wordAware ?? true;
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


  function convertGap(text: string, start: number, end: number, out: Piece[], words: WordMap): void {
    if (end <= start) return;
    // The gap is converted on its own (no stock phrase reaches into a project phrase), but word
    // boundaries come from the whole text, so the segmenter sees the full context.
    for (const p of stock.pieces(text.slice(start, end), start, words)) {
      out.push({
        start: p.start,
        end: p.end,
        source: text.slice(p.start, p.end),
        output: p.output,
        by: p.phrase ? 'stock-phrase' : 'stock-char',
        ...(p.refused ? { rule: p.refused } : {}),
      });
    }
  }

  function pieces(text: string, protect: readonly string[] = []): Piece[] {
    const out: Piece[] = [];
    const doc = documentTrie(protect);
    for (const span of splitMarked(text).spans) {
      const base = span.start;
      if (span.marked) {
        out.push({ start: base, end: base + span.text.length, source: span.text, output: span.text, by: 'marked' });
        continue;
      }
      const s = span.text;
      const words: WordMap = wordAwareEngine ? wordMap(s) : { ids: null };
      let gap = 0;
      for (let i = 0; i < s.length; ) {
        const a = doc.longest(s, i);
        const b = project.longest(s, i);
        const m = a && (!b || a.end >= b.end) ? a : b;
        if (!m) {
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
        const local: Piece[] = [];
        convertGap(s, gap, i, local, words);
        for (const p of local) out.push({ ...p, start: p.start + base, end: p.end + base });
        out.push({
          start: base + i,
          end: base + m.end,
          source: s.slice(i, m.end),
          output: m.value.output,
          by: m.value.kind,
          rule: m.value.key,
        });
        i = gap = m.end;
      }
      const local: Piece[] = [];
      convertGap(s, gap, s.length, local, words);
      for (const p of local) out.push({ ...p, start: p.start + base, end: p.end + base });
    }
    return out;
  }

  return {
    pieces,
    convert: (text, protect) => pieces(text, protect).map((p) => p.output).join(''),
  };
}
