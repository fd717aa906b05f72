// Fixes the slips of the converter that produced a traditional original (data: dict/traditional-slips.json).
// The original stays as it is in the source; the corrected text is the document's traditional view.
import { slipFile } from './dict/index';
import { splitMarked } from './protect';
import { PhraseTrie } from './trie';

export interface TraditionalFix {
  offset: number; // in the input text (UTF-16)
  wrong: string;
  right: string;
  reason: string;
}

let trie: PhraseTrie<{ right: string; reason: string }> | null = null;

function slips() {
  if (!trie) {
    trie = new PhraseTrie();
    slipFile.entries.forEach((e, i) => {
      if (typeof e?.wrong !== 'string' || !e.wrong || typeof e.right !== 'string') {
        throw new Error(`src/lib/script/dict/traditional-slips.json: entries[${i}] needs "wrong" and "right" strings`);
      }
      trie!.setIfAbsent(e.wrong, { right: e.right, reason: e.reason });
    });
  }
  return trie;
}

/**
 * Longest-match replacement of known slips; returns the corrected text and every fix made.
 * ⟦…⟧ marked spans and `protect` terms are left exactly as they are (markers included, for the
 * converter to strip later).
 */
export function correctTraditional(text: string, options: { protect?: readonly string[] } = {}): { text: string; fixes: TraditionalFix[] } {
  const t = slips();
  const protect = (options.protect ?? []).filter(Boolean);
  const fixes: TraditionalFix[] = [];
  let out = '';
  let last = 0;
  const marked = splitMarked(text).spans.filter((s) => s.marked);
  let next = 0; // index into marked
  for (let i = 0; i < text.length; ) {
    const span = marked[next];
    if (span && i >= span.start - 1) {
      i = span.end; // skip ⟦…⟧ (or an escaped bracket) whole
      next++;
      continue;
    }
    const kept = protect.find((p) => text.startsWith(p, i));
    if (kept) {
      i += kept.length;
      continue;
    }
    const m = t.longest(text, i);
    if (m && m.value.right !== text.slice(i, m.end)) {
      out += text.slice(last, i) + m.value.right;
      fixes.push({ offset: i, wrong: text.slice(i, m.end), right: m.value.right, reason: m.value.reason });
      i = last = m.end;
    } else if (m) {
      i = m.end; // a guard entry (wrong === right) consumes its text unchanged
    } else {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
  }
  return { text: out + text.slice(last), fixes };
}
