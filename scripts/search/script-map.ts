// Learns the character mapping between the two scripts from the corpus itself: each document
// has its section texts in both scripts with the same structure, so paragraphs pair up and
// (where lengths agree) characters pair up. The browser uses this small table to fold a
// query and the results into one script instead of loading opencc's 1 MB dictionaries.

import type { ScriptMap } from '../../src/lib/search/manifest.ts';
export type { ScriptMap };

const han = /^\p{Script=Han}$/u;
/** A pairing seen fewer times, or for a smaller share of the character's occurrences, is noise
 * (text nodes that line up by length but not by content, e.g. the script switcher's label). */
const minCount = 2;
const minShare = 0.02;

/** A builder's counts as plain data (structured-clone and JSON safe). */
export interface ScriptMapCounts { pairs: [string, [string, number][]][]; same: [string, number][] }

export class ScriptMapBuilder {
  private pairs = new Map<string, Map<string, number>>(); // hans char → hant char → count
  private same = new Map<string, number>(); // char written alike in both scripts → count

  /** Adds one document's aligned text nodes (same order in both scripts). */
  add(hansTexts: string[], hantTexts: string[]): void {
    if (hansTexts.length !== hantTexts.length) return;
    hansTexts.forEach((hans, i) => {
      const a = [...hans];
      const b = [...hantTexts[i]!];
      if (a.length !== b.length) return;
      for (let j = 0; j < a.length; j++) {
        if (a[j] === b[j]) { this.same.set(a[j]!, (this.same.get(a[j]!) ?? 0) + 1); continue; }
        if (!han.test(a[j]!) || !han.test(b[j]!)) continue;
        const row = this.pairs.get(a[j]!) ?? new Map<string, number>();
        row.set(b[j]!, (row.get(b[j]!) ?? 0) + 1);
        this.pairs.set(a[j]!, row);
      }
    });
  }

  /** The counts so far, to send from a shard worker to the build (see merge). */
  counts(): ScriptMapCounts {
    return { pairs: [...this.pairs].map(([h, row]) => [h, [...row]]), same: [...this.same] };
  }

  /** Adds counts learned elsewhere (another shard): the result does not depend on the order. */
  merge(counts: ScriptMapCounts): void {
    for (const [h, row] of counts.pairs) {
      const mine = this.pairs.get(h) ?? new Map<string, number>();
      for (const [t, n] of row) mine.set(t, (mine.get(t) ?? 0) + n);
      this.pairs.set(h, mine);
    }
    for (const [c, n] of counts.same) this.same.set(c, (this.same.get(c) ?? 0) + n);
  }

  /** Deterministic: ties broken by code point. Characters written alike in both scripts are left out. */
  build(): ScriptMap {
    const s2t: Record<string, string[]> = {};
    const t2sCount = new Map<string, { s: string; n: number }>();
    for (const hans of [...this.pairs.keys()].sort()) {
      const counts = new Map(this.pairs.get(hans)!);
      const alike = this.same.get(hans);
      if (alike) counts.set(hans, alike); // 制 stays 制 in 制度 but becomes 製 in 制造
      const total = [...counts.values()].reduce((x, y) => x + y, 0);
      for (const [t, n] of counts) if (n < minCount || n < total * minShare) counts.delete(t);
      if (![...counts.keys()].some((t) => t !== hans)) continue;
      const row = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      s2t[hans] = row.map(([t]) => t);
      for (const [t, n] of row) {
        // Fold t to hans only where t mostly stands for another character: 体 in traditional
        // text is nearly always 体 itself, even if a stray 體→体 pairing was seen.
        if (t === hans || n <= (this.same.get(t) ?? 0)) continue;
        const best = t2sCount.get(t);
        if (!best || n > best.n || (n === best.n && hans < best.s)) t2sCount.set(t, { s: hans, n });
      }
    }
    const t2s: Record<string, string> = {};
    for (const t of [...t2sCount.keys()].sort()) t2s[t] = t2sCount.get(t)!.s;
    return { t2s, s2t };
  }
}
