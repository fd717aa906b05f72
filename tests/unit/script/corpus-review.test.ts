// The corpus review: no ambiguous character left unreviewed, round trip s→t→s clean (or explained),
// and every place we differ from opencc-js alone is a reviewed fix.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/script-review/corpus';
import { buildReview } from '../../../scripts/script-review/review';

const { docs } = loadCorpus();
const review = buildReview(docs);

describe('corpus script review', () => {
  it('has a corpus with both scripts', () => {
    expect(docs.some((d) => d.script === 'hans')).toBe(true);
    expect(docs.some((d) => d.script === 'hant')).toBe(true);
  });

  for (const dir of ['s2t', 't2s'] as const) {
    it(`leaves no ambiguous character unreviewed (${dir})`, () => {
      const open = review.ambiguity[dir].flatMap((g) => g.words.filter((w) => !w.reviewed).map((w) => `${g.char}: ${w.word} → ${w.output} ×${w.count} (${w.context})`));
      expect(open, 'run npm run convert:review and add project phrases or reviewed entries').toEqual([]);
    });
  }

  it('round-trips every document s→t→s, except explained entries', () => {
    console.log(`round trip: ${review.roundTrip.chars} chars, ${review.roundTrip.diffs.length} differences, ${review.roundTrip.unexplained} unexplained`);
    expect(review.roundTrip.diffs.filter((d) => !d.explained)).toEqual([]);
  });

  it('the word-boundary rule alone never disagrees with the reviewed output', () => {
    const final = new Set(review.stockDiffs.map((d) => `${d.doc}|${d.source}|${d.ours}`));
    const disagree = review.wordRuleDiffs.filter((d) => !final.has(`${d.doc}|${d.source}|${d.ours}`));
    console.log(`differences from opencc-js: ${review.stockDiffs.length}, by the word-boundary rule alone: ${review.wordRuleDiffs.length}`);
    expect(disagree).toEqual([]);
  });

  it('leaves nothing in a corrected traditional original that is neither fixed nor an accepted variant', () => {
    expect(review.sourceVariants.diffs.filter((d) => !d.explained)).toEqual([]);
  });

  it('corrects the traditional original and reports each fix', () => {
    const fixes = review.traditionalFixes.flatMap((d) => d.fixes);
    console.log(`traditional fixes: ${fixes.length}; differences from opencc-js alone: ${review.stockDiffs.length}`);
    expect(fixes.length).toBeGreaterThan(0);
  });
});
