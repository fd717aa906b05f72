// A small code-point trie for longest-match lookups. Unlike opencc-js's Trie it can report every
// prefix match, so callers can pick the longest one that respects word boundaries.

interface Node<V> {
  next: Map<number, Node<V>>;
  value?: V;
}

export class PhraseTrie<V> {
  private root: Node<V> = { next: new Map() };
  size = 0;
  /** Every code point that occurs in some key (engine.ts cuts text only at characters outside it). */
  readonly keyChars = new Set<number>();

  /** Adds (or replaces) `key`. Returns the trie for chaining. */
  set(key: string, value: V): this {
    let node = this.root;
    for (const ch of key) {
      const cp = ch.codePointAt(0)!;
      this.keyChars.add(cp);
      let child = node.next.get(cp);
      if (!child) {
        child = { next: new Map() };
        node.next.set(cp, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    node.value = value;
    return this;
  }

  /** Adds `key` only if it is not present yet (first writer wins, like OpenCC dictionary groups). */
  setIfAbsent(key: string, value: V): this {
    if (this.get(key) === undefined) this.set(key, value);
    return this;
  }

  get(key: string): V | undefined {
    let node: Node<V> | undefined = this.root;
    for (const ch of key) {
      node = node.next.get(ch.codePointAt(0)!);
      if (!node) return undefined;
    }
    return node.value;
  }

  ends(text: string, start: number, ends: number[]): number {
    let node: Node<V> | undefined = this.root;
    let n = 0;
    for (let j = start; j < text.length; ) {
      const cp = text.codePointAt(j)!;
      j += cp > 0xffff ? 2 : 1;
      node = node.next.get(cp);
      if (!node) break;
      if (node.value !== undefined) ends[n++] = j;
    }
    return n;
  }

  /**
   * Longest match starting at `start` whose end passes `accept` (default: any).
   * Returns the end offset (UTF-16) and value, or null.
   */
  longest(text: string, start: number, accept?: (end: number) => boolean): { end: number; value: V } | null {
    let node: Node<V> | undefined = this.root;
    let best: { end: number; value: V } | null = null;
    for (let j = start; j < text.length; ) {
      const cp = text.codePointAt(j)!;
      j += cp > 0xffff ? 2 : 1;
      node = node.next.get(cp);
      if (!node) break;
      if (node.value !== undefined && (!accept || accept(j))) best = { end: j, value: node.value };
    }
    return best;
  }
}

/** Loads OpenCC-style dictionaries ("a b|c d" strings or pairs); earlier dictionaries win. */
export function trieFromOpenccDicts(dicts: readonly (string | readonly (readonly [string, string])[])[]): PhraseTrie<string> {
  const trie = new PhraseTrie<string>();
  for (const dict of dicts) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict;
    for (const [from, to] of pairs) if (from && to !== undefined) trie.setIfAbsent(from, to);
  }
  return trie;
}

/** The lookup stock.ts needs: longest match at `start` whose end passes `accept`. */
export interface PrefixTrie {
  longest(text: string, start: number, accept?: (end: number) => boolean): { end: number; value: string } | null;
  /** Fills `ends` with the end offset of every match starting at `start`, shortest first; returns the count. */
  ends(text: string, start: number, ends: number[]): number;
}

interface OpenccNode extends Map<number, OpenccNode> {
  trie_val?: string;
}

/**
 * Reads an opencc-js Trie in place (its nodes are Maps of code points with a `trie_val`), so a phrase
 * table already loaded for conversion is not loaded a second time. Returns null if the internal shape
 * ever changes, and the caller builds its own trie instead.
 */
export function openccPrefixTrie(trie: unknown): PrefixTrie | null {
  const root = (trie as { map?: unknown }).map;
  if (!(root instanceof Map)) return null;
  return {
    longest(text, start, accept) {
      let node: OpenccNode | undefined = root as OpenccNode;
      let best: { end: number; value: string } | null = null;
      for (let j = start; j < text.length; ) {
        const cp = text.codePointAt(j)!;
        j += cp > 0xffff ? 2 : 1;
        node = node.get(cp);
        if (!node) break;
        if (node.trie_val !== undefined && (!accept || accept(j))) best = { end: j, value: node.trie_val };
      }
      return best;
    },
    ends(text, start, ends) {
      let node: OpenccNode | undefined = root as OpenccNode;
      let n = 0;
      for (let j = start; j < text.length; ) {
        const cp = text.codePointAt(j)!;
        j += cp > 0xffff ? 2 : 1;
        node = node.get(cp);
        if (!node) break;
        if (node.trie_val !== undefined) ends[n++] = j;
      }
      return n;
    },
  };
}
