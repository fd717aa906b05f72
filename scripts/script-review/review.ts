// Builds the whole script review of the corpus (pure apart from reading the corpus):
// ambiguity review per direction, stock phrases refused at word boundaries, corrections of
// traditional originals, and the s→t→s round trip of every document's simplified text.
import * as OpenCC from 'opencc-js';
import { buildEngine } from '../../src/lib/script/engine';
import { buildStock } from '../../src/lib/script/stock';
import { correctTraditional, getEngine, type TraditionalFix, type Variant } from '../../src/lib/script/index';
import { reviewedFile } from '../../src/lib/script/dict/index';
import { collectOccurrences, groupOccurrences, type CharGroup, type Occurrence } from './ambiguity';
import type { CorpusDoc } from './corpus';
import { roundTrip, type RoundTripDiff } from './round-trip';
import explainedData from './data/round-trip-explained.json';
import sourceVariantData from './data/source-variants.json';

const explained = explainedData as { entries: { original: string; via: string; back: string; reason: string }[] };

export interface Refusal {
  doc: string;
  phrase: string; // the stock phrase refused because it straddles two words
  stock: string; // what the phrase would have become
  output: string; // what its first character became instead
  context: string;
}

/** A place where our output differs from opencc-js alone (each one a fix, or a regression to explain). */
export interface StockDiff {
  doc: string;
  source: string;
  stock: string;
  ours: string;
}

export interface Review {
  stockDiffs: StockDiff[];
  /** Differences from opencc-js made by the word-boundary rule alone (no project dictionary). */
  wordRuleDiffs: StockDiff[];
  variant: Variant;
  ambiguity: { s2t: CharGroup[]; t2s: CharGroup[] };
  refusals: Refusal[];
  /** Project phrases refused because they start inside a word (头发|展示 is not 发展). */
  projectRefusals: { doc: string; phrase: string; context: string }[];
  traditionalFixes: { doc: string; fixes: TraditionalFix[] }[];
  roundTrip: { diffs: (RoundTripDiff & { explained?: string })[]; unexplained: number; chars: number };
  /** Corrected traditional originals vs t→s→t: what a slip fix could still be missing. */
  sourceVariants: { diffs: (RoundTripDiff & { explained?: string })[]; unexplained: number };
}

export function buildReview(docs: CorpusDoc[], variant: Variant = 'tw'): Review {
  const s2t = getEngine('s2t', variant);
  const t2s = getEngine('t2s', variant);
  const chars = { s2t: new Set(reviewedFile.characters.s2t), t2s: new Set(reviewedFile.characters.t2s) };
  const occ: { s2t: Occurrence[]; t2s: Occurrence[] } = { s2t: [], t2s: [] };
  const refusals: Refusal[] = [];
  const stockDiffs: StockDiff[] = [];
  const wordRuleDiffs: StockDiff[] = [];
  const variantDiffs: Review['sourceVariants']['diffs'] = [];
  const accepted = new Map(sourceVariantData.entries.map((e) => [`${e.source}>${e.ours}`, e.reason]));
  const wordRuleOnly = buildEngine('s2t', variant, { project: false });
  const projectRefusals: Review['projectRefusals'] = [];
  let current = '';
  const watching = buildEngine('s2t', variant, {
    onRefusedProject: (phrase, text, at) => projectRefusals.push({ doc: current, phrase, context: text.slice(Math.max(0, at - 6), at + phrase.length + 6).replace(/\s+/g, ' ') }),
  });
  const traditionalFixes: Review['traditionalFixes'] = [];
  const diffs: Review['roundTrip']['diffs'] = [];
  let chars_ = 0;
  // A refusal matters only when the refused phrase converts differently from its characters.
  const plain = buildStock('s2t', variant, { wordAware: false });
  const matters = (phrase: string) => plain.convert(phrase) !== [...phrase].map((c) => plain.convert(c)).join('');
  const why = new Map(explained.entries.map((e) => [`${e.original}>${e.via}>${e.back}`, e.reason]));

  for (const doc of docs) {
    let simplified = doc.text;
    if (doc.script === 'hans') {
      occ.s2t.push(...collectOccurrences(doc.name, doc.text, s2t, chars.s2t, doc.protect));
      for (const p of s2t.pieces(doc.text, doc.protect)) {
        if (p.by === 'stock-char' && p.rule && matters(p.rule)) {
          refusals.push({
            doc: doc.name,
            phrase: p.rule,
            stock: plain.convert(p.rule),
            output: p.output,
            context: doc.text.slice(Math.max(0, p.start - 6), p.end + 6).replace(/\s+/g, ' '),
          });
        }
      }
    } else {
      const corrected = correctTraditional(doc.text);
      traditionalFixes.push({ doc: doc.name, fixes: corrected.fixes });
      occ.t2s.push(...collectOccurrences(doc.name, corrected.text, t2s, chars.t2s, doc.protect));
      simplified = t2s.convert(corrected.text, doc.protect);
      // Swapped engines: t→s→t of the corrected original shows any slip the data does not fix yet.
      for (const d of roundTrip(doc.name, corrected.text, t2s, s2t)) {
        const reason = accepted.get(`${d.original}>${d.back}`);
        variantDiffs.push(reason ? { ...d, explained: reason } : d);
      }
    }
    chars_ += simplified.length;
    if (doc.script === 'hans') {
      stockDiffs.push(...diffAgainstStock(doc.name, doc.text, 's2t', variant, s2t.convert(doc.text, doc.protect)));
      wordRuleDiffs.push(...diffAgainstStock(doc.name, doc.text, 's2t', variant, wordRuleOnly.convert(doc.text)));
      current = doc.name;
      watching.convert(doc.text, doc.protect);
    }
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
    projectRefusals,
    stockDiffs,
    wordRuleDiffs,
    traditionalFixes,
    roundTrip: { diffs, unexplained: diffs.filter((d) => !d.explained).length, chars: chars_ },
    sourceVariants: { diffs: variantDiffs, unexplained: variantDiffs.filter((d) => !d.explained).length },
  };
}

/** Character-aligned differences between opencc-js alone and our output, with 3 characters of context. */
function diffAgainstStock(doc: string, text: string, direction: 's2t' | 't2s', variant: Variant, ours: string): StockDiff[] {
  const stock = direction === 's2t' ? OpenCC.Converter({ from: 'cn', to: variant }) : OpenCC.Converter({ from: variant, to: 'cn' });
  const a = [...text];
  const b = [...stock(text)];
  const c = [...ours];
  if (a.length !== b.length || a.length !== c.length) return [{ doc, source: '(length differs)', stock: '', ours: '' }];
  const out: StockDiff[] = [];
  for (let i = 0; i < a.length; i++) {
    if (b[i] === c[i]) continue;
    let j = i;
    while (j + 1 < a.length && b[j + 1] !== c[j + 1]) j++;
    const from = Math.max(0, i - 3);
    const to = Math.min(a.length, j + 4);
    out.push({ doc, source: a.slice(from, to).join(''), stock: b.slice(from, to).join(''), ours: c.slice(from, to).join('') });
    i = j;
  }
  return out;
}
