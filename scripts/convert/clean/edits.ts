// The edit ledger behind clean(): rules run one after another, each on the text the earlier rules
// left, and propose edits in offsets of *that* text. The ledger composes them so that every change
// is one Removal in offsets of the decoded text, which is what the conservation check needs.
// An edit that touches text an earlier rule inserted is merged into that earlier change.
import type { Removal } from '../types.ts';

/** An edit proposed by a rule, in offsets of the current text. */
export interface Edit {
  offset: number;
  length: number;
  replacement: string;
  reason: string;
}

type Kept = { keep: true; src: number; len: number };
type Changed = { keep: false; src: number; text: string; replacement: string; kind: string; reason: string; includes?: Removal[] };
type Piece = Kept | Changed;

const curLen = (p: Piece): number => (p.keep ? p.len : p.replacement.length);

export class EditLedger {
  private pieces: Piece[];
  private current: string;

  constructor(private readonly source: string) {
    this.pieces = source.length > 0 ? [{ keep: true, src: 0, len: source.length }] : [];
    this.current = source;
  }

  get text(): string {
    return this.current;
  }

  /** Applies one rule's edits (offsets in the current text, not overlapping). */
  apply(kind: string, edits: readonly Edit[]): void {
    const sorted = edits
      .filter((e) => this.current.slice(e.offset, e.offset + e.length) !== e.replacement)
      .sort((a, b) => a.offset - b.offset || a.length - b.length);
    if (sorted.length === 0) return;
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (sorted[i]!.offset < prev.offset + prev.length) {
        throw new Error(`clean rule ${kind} proposed overlapping edits at offsets ${prev.offset} and ${sorted[i]!.offset}`);
      }
    }
    const pieces = this.splitKept(sorted);
    const out: Piece[] = [];
    // Pieces still to look at come from `queue` (merged results of this round, so that a later
    // edit can touch text an earlier edit of the same round inserted) and then from `pieces`.
    let queue: Piece[] = [];
    let i = 0;
    let pos = 0; // current-text offset of the next piece
    let shift = 0; // growth of the text from this round's edits so far
    for (const edit of sorted) {
      const s = edit.offset + shift;
      const end = s + edit.length;
      let next: Piece | undefined = queue.length > 0 ? queue[0] : pieces[i];
      while (next && place(next, pos, s, end) === 'before') {
        pos += curLen(next);
        out.push(next);
        if (queue.length > 0) queue.shift();
        else i++;
        next = queue.length > 0 ? queue[0] : pieces[i];
      }
      const start = pos;
      const group: { p: Piece; at: number }[] = [];
      while (next && place(next, pos, s, end) === 'in') {
        group.push({ p: next, at: pos });
        pos += curLen(next);
        if (queue.length > 0) queue.shift();
        else i++;
        next = queue.length > 0 ? queue[0] : pieces[i];
      }
      const e = s === edit.offset ? edit : { ...edit, offset: s };
      const merged = this.merge(kind, e, group, next ? next.src : this.source.length);
      queue = queue.length > 0 ? [...merged, ...queue] : merged;
      pos = start;
      shift += edit.replacement.length - edit.length;
    }
    for (const p of queue) out.push(p); // (no spread: piece lists outgrow the argument limit)
    for (; i < pieces.length; i++) out.push(pieces[i]!);
    this.pieces = coalesce(out);
    let text = '';
    for (const p of this.pieces) text += p.keep ? this.source.slice(p.src, p.src + p.len) : p.replacement;
    this.current = text;
  }

  /** All changes so far, as removals in decoded-text offsets, sorted, never overlapping. */
  removals(): Removal[] {
    return this.pieces
      .filter((p): p is Changed => !p.keep && p.text !== p.replacement)
      .map((p) => ({
        kind: p.kind,
        offset: p.src,
        text: p.text,
        replacement: p.replacement,
        reason: p.reason,
        ...(p.includes && p.includes.length > 0 ? { includes: p.includes } : {}),
      }));
  }

  /** Splits kept pieces at every edit boundary so each lies wholly inside or outside an edit. */
  private splitKept(edits: readonly Edit[]): Piece[] {
    const cuts = [...new Set(edits.flatMap((e) => [e.offset, e.offset + e.length]))].sort((a, b) => a - b);
    const out: Piece[] = [];
    let pos = 0;
    let c = 0;
    for (const p of this.pieces) {
      const len = curLen(p);
      if (!p.keep) {
        out.push(p);
        pos += len;
        continue;
      }
      let from = 0;
      while (c < cuts.length && cuts[c]! <= pos) c++;
      if (c >= cuts.length || cuts[c]! >= pos + len) {
        out.push(p); // no cut inside: reuse the piece
        pos += len;
        continue;
      }
      while (c < cuts.length && cuts[c]! < pos + len) {
        const at = cuts[c]! - pos;
        out.push({ keep: true, src: p.src + from, len: at - from });
        from = at;
        c++;
      }
      out.push({ keep: true, src: p.src + from, len: len - from });
      pos += len;
    }
    return out;
  }

  private merge(kind: string, e: Edit, group: { p: Piece; at: number }[], nextSrc: number): Changed[] {
    const end = e.offset + e.length;
    if (group.length === 0) {
      return [{ keep: false, src: nextSrc, text: '', replacement: e.replacement, kind, reason: e.reason }];
    }
    const only = group.length === 1 ? group[0]!.p : null;
    if (only?.keep) {
      // the common case: the edit covers one untouched stretch of source
      return [{ keep: false, src: only.src, text: this.source.slice(only.src, only.src + only.len), replacement: e.replacement, kind, reason: e.reason }];
    }
    const sourceOf = (p: Piece) => (p.keep ? this.source.slice(p.src, p.src + p.len) : p.text);
    const earlier = group.filter(({ p }) => !p.keep) as { p: Changed; at: number }[];
    if (earlier.length === 0) {
      return [{ keep: false, src: group[0]!.p.src, text: group.map(({ p }) => sourceOf(p)).join(''), replacement: e.replacement, kind, reason: e.reason }];
    }
    const kept = group.map(({ p }) => (p.keep ? sourceOf(p) : '')).join('');
    // Blank lines around lines removed earlier: keep those removals as they are and record this
    // edit on the kept pieces between them, so every removal keeps its own kind.
    if (kept !== '' && kept.trim() === '' && earlier.every(({ p }) => p.replacement === '')) {
      let replacement = e.replacement;
      return group.map(({ p }) => {
        if (!p.keep) return p;
        const piece: Changed = { keep: false, src: p.src, text: sourceOf(p), replacement, kind, reason: e.reason };
        replacement = '';
        return piece;
      });
    }
    const text = group.map(({ p }) => sourceOf(p)).join('');
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const prefix = first.p.keep ? '' : first.p.replacement.slice(0, Math.max(0, e.offset - first.at));
    const suffix = last.p.keep ? '' : last.p.replacement.slice(Math.max(0, end - last.at));
    const covered = earlier.every(({ p, at }) => at >= e.offset && at + p.replacement.length <= end);
    if (covered) {
      // this edit removes everything the earlier ones produced: it is the change of record
      const inner = [...new Set(earlier.map(({ p }) => p.kind))].join(', ');
      return [{ keep: false, src: first.p.src, text, replacement: prefix + e.replacement + suffix, kind, reason: `${e.reason} (includes an earlier ${inner} change)`, includes: earlier.flatMap(({ p }) => [withoutIncludes(p), ...(p.includes ?? [])]) }];
    }
    // partial overlap with text an earlier rule inserted: the earlier change absorbs this one
    const owner = earlier.find(({ p, at }) => !(at >= e.offset && at + p.replacement.length <= end))!.p;
    return [{
      keep: false,
      src: first.p.src,
      text,
      replacement: prefix + e.replacement + suffix,
      kind: owner.kind,
      reason: `${owner.reason}; then ${kind}: ${e.reason}`,
      includes: [
        ...(owner.includes ?? []),
        ...earlier.filter(({ p }) => p !== owner).flatMap(({ p }) => [withoutIncludes(p), ...(p.includes ?? [])]),
      ],
    }];
  }
}

function withoutIncludes(p: Changed): Removal {
  return { kind: p.kind, offset: p.src, text: p.text, replacement: p.replacement, reason: p.reason };
}

/** Joins neighbouring kept pieces again, so later rounds walk fewer pieces. */
function coalesce(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let last: Kept | null = null; // a kept piece created here, safe to grow in place
  for (const p of pieces) {
    if (p.keep) {
      if (p.len === 0) continue;
      if (last && last.src + last.len === p.src) {
        last.len += p.len;
        continue;
      }
      last = { keep: true, src: p.src, len: p.len };
      out.push(last);
    } else {
      last = null;
      out.push(p);
    }
  }
  return out;
}

/** Where a piece starting at current offset `at` lies relative to the edit [s, end). */
function place(p: Piece, at: number, s: number, end: number): 'before' | 'in' | 'after' {
  const pe = at + curLen(p);
  if (p.keep) {
    if (pe <= s) return 'before';
    return end > s && at >= s && pe <= end ? 'in' : 'after';
  }
  if (pe > at) {
    // a change with replacement text: merge if the edit touches that text
    if (end > s ? at < end && s < pe : at < s && s < pe) return 'in';
    return pe <= s ? 'before' : 'after';
  }
  // a pure deletion (empty replacement) at `at`: merge only if strictly inside the edit
  if (s < at && at < end) return 'in';
  return at <= s ? 'before' : 'after';
}
