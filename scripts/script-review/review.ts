// Builds the whole script review of the corpus (pure apart from reading the corpus):
// ambiguity review per direction, stock phrases refused at word boundaries, corrections of
// traditional originals, and the s→t→s round trip of every document's simplified text.
import { correctTraditional, getEngine, type TraditionalFix, type Variant } from '../../src/lib/script/index';
import { reviewedFile } from '../../src/lib/script/dict/index';
import { collectOccurrences, groupOccurrences, type CharGroup, type Occurrence } from './ambiguity';
import type { CorpusDoc } from './corpus';
import { roundTrip, type RoundTripDiff } from './round-trip';
import explained from './data/round-trip-explained.json';

export interface Refusal {
  doc: string;
  phrase: string;
  output: string;
  context: string;
}

export interface Review {
  variant: Variant;
  ambiguity: { s2t: CharGroup[]; t2s: CharGroup[] };
  refusals: Refusal[];
  traditionalFixes: { doc: string; fixes: TraditionalFix[] }[];
  roundTrip: { diffs: (RoundTripDiff & { explained?: string })[]; unexplained: number; chars: number };
}

export function buildReview(docs: CorpusDoc[], variant: Variant = 'tw'): Review {
  const s2t = getEngine('s2t', variant);
  const t2s = getEngine('t2s', variant);
  const chars = { s2t: new Set(reviewedFile.characters.s2t), t2s: new Set(reviewedFile.characters.t2s) };
  const occ: { s2t: Occurrence[]; t2s: Occurrence[] } = { s2t: [], t2s: [] };
  const refusals: Refusal[] = [];
  const traditionalFixes: Review['traditionalFixes'] = [];
  const diffs: Review['roundTrip']['diffs'] = [];
  let chars_ = 0;
  const why = new Map(explained.entries.map((e) => [`${e.original}>${e.via}>${e.back}`, e.reason]));

  for (const doc of docs) {
    let simplified = doc.text;
    if (doc.script === 'hans') {
      occ.s2t.push(...collectOccurrences(doc.name, doc.text, s2t, chars.s2t, doc.protect));
      for (const p of s2t.pieces(doc.text, doc.protect)) {
        if (p.by === 'stock-char' && p.rule) {
          refusals.push({ doc: doc.name, phrase: p.rule, output: p.output, context: doc.text.slice(Math.max(0, p.start - 6), p.end + 6) });
        }
      }
    } else {
      const corrected = correctTraditional(doc.text);
      traditionalFixes.push({ doc: doc.name, fixes: corrected.fixes });
      occ.t2s.push(...collectOccurrences(doc.name, corrected.text, t2s, chars.t2s, doc.protect));
      simplified = t2s.convert(corrected.text, doc.protect);
    }
    chars_ += simplified.length;
    for (const d of roundTrip(doc.name, simplified, s2t, t2s)) {
      const reason = why.get(`${d.original}>${d.via}>${d.back}`);
      diffs.push(reason ? { ...d, explained: reason } : d);
    }
  }
  const reviewed = {
    s2t: new Set(reviewedFile.entries.map((e) => `${e.s}\u0000${e.t}`)),
    t2s: new Set(reviewedFile.entries.map((e) => `${e.t}\u0000${e.s}`)),
  };
  return {
    variant,
    ambiguity: {
      s2t: groupOccurrences(occ.s2t, (w, o) => reviewed.s2t.has(`${w}\u0000${o}`)),
      t2s: groupOccurrences(occ.t2s, (w, o) => reviewed.t2s.has(`${w}\u0000${o}`)),
    },
    refusals,
    traditionalFixes,
    roundTrip: { diffs, unexplained: diffs.filter((d) => !d.explained).length, chars: chars_ },
  };
}
