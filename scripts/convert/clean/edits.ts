// The edit ledger behind clean(): rules run one after another, each on the text the earlier rules
// left, and propose edits in offsets of *that* text. The ledger composes them so that every change
// is one Removal in offsets of the decoded text, which is what the conservation check needs.
// An edit that touches text an earlier rule inserted is merged into that earlier change.
import type { Removal } from '../types.ts';
import type { RemovalKind } from '../../../src/lib/format/report.ts';

/** An edit proposed by a rule, in offsets of the current text. */
export interface Edit {
  offset: number;
  length: number;
  replacement: string;
  reason: string;
}

type Kept = { keep: true; src: number; len: number };
type Changed = { keep: false; src: number; text: string; replacement: string; kind: RemovalKind; reason: string; includes?: Removal[] };
type Piece = Kept | Changed;

const curLen = (p: Piece): number => (p.keep ? p.len : p.replacement.length);

export class EditLedger {
  private pieces: Piece[];
  private current: string;
  private listed: Removal[] | null = null; // removals() of the current pieces, until the next change

  /** `windowGap`: see WINDOW_GAP (tests pass Infinity to compare with one sweep over all pieces). */
  constructor(
    private readonly source: string,
    private readonly windowGap = WINDOW_GAP,
  ) {
    this.pieces = source.length > 0 ? [{ keep: true, src: 0, len: source.length }] : [];
    this.current = source;
  }

  get text(): string {
    return this.current;
  }

  /**
   * Applies one rule's edits (offsets in the current text, not overlapping). Only the pieces near
   * an edit are looked at: edits are grouped into windows of pieces (see `windows`), each window is
   * swept on its own, and the pieces between windows are carried over as they are. A rule with a
   * few edits on a file of 10^5 pieces thus costs little more than its edits.
   */
  apply(kind: RemovalKind, edits: readonly Edit[]): void {
    // drop edits that change nothing (lengths first: a slice per edit adds up on large files)
    const n = this.current.length;
    const sorted = edits.filter(
      (e) =>
        (e.length !== e.replacement.length && e.offset + e.length <= n) ||
        this.current.slice(e.offset, e.offset + e.length) !== e.replacement,
    );
    if (!isSorted(sorted)) sorted.sort(byPosition); // rules mostly return edits in order already
    if (sorted.length === 0) return;
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (sorted[i]!.offset < prev.offset + prev.length) {
        throw new Error(`clean rule ${kind} proposed overlapping edits at offsets ${prev.offset} and ${sorted[i]!.offset}`);
      }
    }
    const starts = pieceStarts(this.pieces);
    const segments: Piece[][] = []; // untouched runs of pieces and swept windows, in order
    let copied = 0; // pieces before this index are in `segments` already
    let shift = 0; // growth of the text from this round's edits so far
    for (const w of windows(this.pieces, starts, sorted, this.windowGap)) {
      if (w.from > copied) segments.push(this.pieces.slice(copied, w.from));
      const slice = this.pieces.slice(w.from, w.to);
      const at = starts[w.from] ?? this.current.length;
      segments.push(coalesce(this.sweep(kind, slice, sorted.slice(w.firstEdit, w.lastEdit), at, shift)));
      for (let k = w.firstEdit; k < w.lastEdit; k++) shift += sorted[k]!.replacement.length - sorted[k]!.length;
      copied = w.to;
    }
    segments.push(this.pieces.slice(copied));
    this.pieces = join(segments);
    this.current = applyEdits(this.current, sorted);
    this.listed = null;
  }

  /**
   * One window: `pieces` start at current offset `at` (before this round), `shift` is the growth
   * from this round's earlier windows. Returns the new pieces, not yet coalesced.
   */
  private sweep(kind: RemovalKind, window: Piece[], sorted: readonly Edit[], at: number, shift: number): Piece[] {
    const pieces = splitKept(window, sorted, at);
    const out: Piece[] = [];
    // Pieces still to look at come from `queue` (merged results of this round, so that a later
    // edit can touch text an earlier edit of the same round inserted) and then from `pieces`.
    let queue: Piece[] = [];
    let i = 0;
    let pos = at + shift; // current-text offset of the next piece
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
      const only = queue.length === 0 && edit.length > 0 ? next : undefined;
      if (only?.keep && pos === s && only.len === edit.length && edit.replacement === '') {
        // the common case, taken without the general merge: a deletion of exactly one untouched
        // stretch of source (splitKept cut it there). No later edit can touch a pure deletion.
        out.push({ keep: false, src: only.src, text: this.source.slice(only.src, only.src + only.len), replacement: '', kind, reason: edit.reason });
        i++;
        shift -= edit.length;
        continue;
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
      const merged = this.merge(kind, edit, s, group, next ? next.src : this.source.length);
      queue = queue.length > 0 ? [...merged, ...queue] : merged;
      pos = start;
      shift += edit.replacement.length - edit.length;
    }
    for (const p of queue) out.push(p);
    for (; i < pieces.length; i++) out.push(pieces[i]!);
    return out;
  }

  /** All changes so far, as removals in decoded-text offsets, sorted, never overlapping. */
  removals(): Removal[] {
    // (kept between changes: clean() asks once for warnings and once at the end, 10^5 entries on large files)
    this.listed ??= this.pieces
      .filter((p): p is Changed => !p.keep && p.text !== p.replacement)
      .map((p) => ({
        kind: p.kind,
        offset: p.src,
        text: p.text,
        replacement: p.replacement,
        reason: p.reason,
        ...(p.includes && p.includes.length > 0 ? { includes: p.includes } : {}),
      }));
    return this.listed.slice();
  }

  /** Merges edit `e`, which starts at `s` in this round's text so far, with the pieces it touches. */
  private merge(kind: RemovalKind, e: Edit, s: number, group: { p: Piece; at: number }[], nextSrc: number): Changed[] {
    const end = s + e.length;
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
    const prefix = first.p.keep ? '' : first.p.replacement.slice(0, Math.max(0, s - first.at));
    const suffix = last.p.keep ? '' : last.p.replacement.slice(Math.max(0, end - last.at));
    const covered = earlier.every(({ p, at }) => at >= s && at + p.replacement.length <= end);
    if (covered) {
      // this edit removes everything the earlier ones produced: it is the change of record
      const inner = [...new Set(earlier.map(({ p }) => p.kind))].join(', ');
      return [{ keep: false, src: first.p.src, text, replacement: prefix + e.replacement + suffix, kind, reason: `${e.reason} (includes an earlier ${inner} change)`, includes: earlier.flatMap(({ p }) => [withoutIncludes(p), ...(p.includes ?? [])]) }];
    }
    // partial overlap with text an earlier rule inserted: the earlier change absorbs this one
    const owner = earlier.find(({ p, at }) => !(at >= s && at + p.replacement.length <= end))!.p;
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

/**
 * Splits kept pieces at every edit boundary so each lies wholly inside or outside an edit.
 * `at` is the current offset of the first piece.
 */
function splitKept(pieces: readonly Piece[], edits: readonly Edit[], at: number): Piece[] {
  // edits are sorted and do not overlap, so their boundaries come in order
  const cuts: number[] = [];
  for (const e of edits) {
    if (cuts[cuts.length - 1] !== e.offset) cuts.push(e.offset);
    if (e.length > 0) cuts.push(e.offset + e.length);
  }
  const out: Piece[] = [];
  let pos = at;
  let c = 0;
  for (const p of pieces) {
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
      const cut = cuts[c]! - pos;
      out.push({ keep: true, src: p.src + from, len: cut - from });
      from = cut;
      c++;
    }
    out.push({ keep: true, src: p.src + from, len: len - from });
    pos += len;
  }
  return out;
}

/** The segments as one list: concat copies in bulk but takes only so many arguments, so many
 * small segments (a rule with edits spread thinly over the file) are pushed one by one. */
function join(segments: Piece[][]): Piece[] {
  if (segments.length <= 1024) return ([] as Piece[]).concat(...segments);
  const out: Piece[] = [];
  for (const segment of segments) for (const p of segment) out.push(p);
  return out;
}

const byPosition = (a: Edit, b: Edit): number => a.offset - b.offset || a.length - b.length;

function isSorted(edits: readonly Edit[]): boolean {
  for (let k = 1; k < edits.length; k++) if (byPosition(edits[k - 1]!, edits[k]!) > 0) return false;
  return true;
}

/** Current offset of each piece. */
function pieceStarts(pieces: readonly Piece[]): Float64Array {
  const starts = new Float64Array(pieces.length);
  let pos = 0;
  for (let k = 0; k < pieces.length; k++) {
    starts[k] = pos;
    pos += curLen(pieces[k]!);
  }
  return starts;
}

interface Window {
  from: number; // piece indexes [from, to)
  to: number;
  firstEdit: number; // edit indexes [firstEdit, lastEdit)
  lastEdit: number;
}

/**
 * Groups sorted edits into windows of pieces that no edit outside the window can touch. A window
 * holds every piece that overlaps or touches an edit, plus one untouched piece on each side, so
 * that a merge sees the same next piece as in a sweep over all pieces, and joining kept pieces
 * inside the window gives the same pieces as joining all of them (the ledger is kept joined).
 */
// Windows closer than this many pieces are swept as one: sweeping a few untouched pieces costs
// less than starting another window (a rule like pinyin has an edit every few pieces).
const WINDOW_GAP = 64;

function windows(pieces: readonly Piece[], starts: Float64Array, sorted: readonly Edit[], gap: number): Window[] {
  const out: Window[] = [];
  const n = pieces.length;
  const endOf = (k: number) => starts[k]! + curLen(pieces[k]!);
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k]!;
    // first piece ending at or after the edit start; pieces before it all end before the edit
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (endOf(mid) < e.offset) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    // first piece starting after the edit end; it and all later ones lie after the edit
    hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= e.offset + e.length) lo = mid + 1;
      else hi = mid;
    }
    const from = Math.max(0, first - 1);
    const to = Math.min(n, lo + 1);
    const last = out[out.length - 1];
    if (last && from <= last.to + gap) {
      last.to = Math.max(last.to, to);
      last.lastEdit = k + 1;
    } else out.push({ from, to, firstEdit: k, lastEdit: k + 1 });
  }
  return out;
}

function withoutIncludes(p: Changed): Removal {
  return { kind: p.kind, offset: p.src, text: p.text, replacement: p.replacement, reason: p.reason };
}

/**
 * The current text with sorted, non-overlapping edits applied: the same text the pieces spell
 * out, built from a few slices instead of one slice per piece (pieces run to 10^5 on large files).
 */
function applyEdits(text: string, sorted: readonly Edit[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    parts.push(text.slice(pos, e.offset), e.replacement);
    pos = e.offset + e.length;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Joins neighbouring kept pieces again, so later rounds walk fewer pieces. */
function coalesce(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let last: Kept | null = null;
  let fresh = false; // `last` was created here and is safe to grow in place (others are shared)
  for (const p of pieces) {
    if (p.keep) {
      if (p.len === 0) continue;
      if (last && last.src + last.len === p.src) {
        if (!fresh) {
          last = { keep: true, src: last.src, len: last.len };
          out[out.length - 1] = last;
          fresh = true;
        }
        last.len += p.len;
        continue;
      }
      last = p;
      fresh = false;
      out.push(p);
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
