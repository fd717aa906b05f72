import type { RegistryEntry } from './slug-registry.ts';
import { squash } from './squash.ts';

// Which registered entry is which converted document. Identity is the title and date, not the
// position: a document keeps its entry when other documents are added before it or its raw file
// is renamed, and when its title is lightly edited. Passes, each over files by name and documents
// in order, so the pairing is deterministic:
//   1. same raw file, same title (whitespace ignored) and date;
//   2. same raw file, similar title (character-pair overlap ≥ SIMILAR, same numerals, dates not
//      contradicting): a corrected typo or spacing keeps the slug;
//   3. same title and date in a raw file that no longer exists (the file was renamed).
// A title with other numerals (2016 → 2017, 第一 → 第二) is another document: it gets a slug of its own.

export interface MatchDoc {
  title: string;
  date: string | null;
}

export interface MatchFile {
  file: string;
  docs: readonly MatchDoc[];
}

const SIMILAR = 0.6;

export const identityTitle = squash;
const identity = (title: string, date: string | null) => `${identityTitle(title)}\u0000${date ?? '-'}`;
const numerals = (t: string) => (t.match(/[0-9０-９〇零一二三四五六七八九十百千]/g) ?? []).join('');

function push(map: Map<string, number[]>, key: string, k: number): void {
  const list = map.get(key);
  if (list) list.push(k);
  else map.set(key, [k]);
}

/** Dice coefficient of the character pairs of two titles (whitespace ignored). */
export function titleSimilarity(a: string, b: string): number {
  const pairs = (t: string) => {
    const s = identityTitle(t);
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return { m, n: Math.max(0, s.length - 1) };
  };
  const x = pairs(a);
  const y = pairs(b);
  if (x.n + y.n === 0) return identityTitle(a) === identityTitle(b) ? 1 : 0;
  let common = 0;
  for (const [k, c] of x.m) common += Math.min(c, y.m.get(k) ?? 0);
  return (2 * common) / (x.n + y.n);
}

/** Per raw file, per document (in order): the index into `entries` of its entry, or undefined (new). */
export function matchRegistry(files: readonly MatchFile[], entries: readonly RegistryEntry[], present: ReadonlySet<string>): Map<string, (number | undefined)[]> {
  const ordered = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const matched = new Map<string, (number | undefined)[]>(ordered.map((f) => [f.file, f.docs.map(() => undefined)]));
  const used = new Set<number>();
  const entryId = entries.map((e) => identity(e.title, e.date));
  const docId = new Map(ordered.map((f) => [f.file, f.docs.map((d) => identity(d.title, d.date))]));
  /** Each file's documents without an entry yet, with their position. */
  const open = function* () {
    for (const f of ordered) {
      const m = matched.get(f.file)!;
      for (let i = 0; i < f.docs.length; i++) if (m[i] === undefined) yield { f, d: f.docs[i]!, i, id: docId.get(f.file)![i]! };
    }
  };
  const pick = (file: string, i: number, k: number | undefined) => {
    if (k === undefined) return;
    matched.get(file)![i] = k;
    used.add(k);
  };
  const unused = (list: number[] | undefined) => list?.find((k) => !used.has(k));

  // 1. exact, same file
  const exact = new Map<string, number[]>();
  entries.forEach((e, k) => push(exact, `${e.file}\u0000${entryId[k]}`, k));
  for (const { f, i, id } of open()) pick(f.file, i, unused(exact.get(`${f.file}\u0000${id}`)));

  // 2. similar title, same file
  const byFile = new Map<string, number[]>();
  entries.forEach((e, k) => push(byFile, e.file, k));
  for (const { f, d, i } of open()) {
    let best: { k: number; score: number; dist: number } | null = null;
    for (const k of byFile.get(f.file) ?? []) {
      const e = entries[k]!;
      if (used.has(k) || numerals(e.title) !== numerals(d.title)) continue;
      if (e.date && d.date && e.date !== d.date) continue;
      const score = titleSimilarity(e.title, d.title);
      const dist = Math.abs(e.n - (i + 1));
      if (score >= SIMILAR && (!best || score > best.score || (score === best.score && dist < best.dist))) best = { k, score, dist };
    }
    pick(f.file, i, best?.k);
  }

  // 3. exact, from a raw file that is gone (renamed)
  const gone = new Map<string, number[]>();
  entries.forEach((e, k) => !present.has(e.file) && push(gone, entryId[k]!, k));
  if (gone.size > 0) for (const { f, i, id } of open()) pick(f.file, i, unused(gone.get(id)));
  return matched;
}
