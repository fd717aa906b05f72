// Spellings of a query in the index's script. The simplified index needs one (fold to
// simplified); the traditional index may need several where one simplified character has more
// than one traditional form in the corpus (干 → 幹/乾/干, 里 → 裡/里), most frequent first.
import type { ScriptMap } from './manifest.ts';

export function spellings(query: string, to: 'hans' | 'hant', map: ScriptMap, limit = 4): string[] {
  const chars = [...query];
  if (to === 'hans') return [chars.map((c) => map.t2s[c] ?? c).join('')];
  const options = chars.map((c) => (map.t2s[c] ? [c] : map.s2t[c] ?? [c]));
  const first = options.map((o) => o[0]!);
  const out = [first.join('')];
  // Vary one ambiguous position at a time (enough in practice, and bounded).
  options.forEach((o, i) => {
    for (const alt of o.slice(1)) {
      if (out.length >= limit) return;
      const v = [...first];
      v[i] = alt;
      out.push(v.join(''));
    }
  });
  return out;
}
