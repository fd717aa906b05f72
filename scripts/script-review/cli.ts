// npm run convert:review — the script-conversion review of the corpus.
// Prints a summary and writes content/script-review/review.md.
// Exit code 1 when occurrences are unreviewed or the round trip has unexplained differences.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadCorpus } from './corpus';
import { renderReview } from './report';
import { buildReview } from './review';

const { source, docs } = loadCorpus();
// The review runs in the default variant (tw); reviewed.json records tw forms. hk is covered by the term list.
const review = buildReview(docs);
const markdown = renderReview(review, { corpus: source === 'docs' ? 'content/docs' : 'content/raw, pinyin stripped', docs: docs.length });
const outDir = new URL('../../content/script-review/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('review.md', outDir), markdown + '\n');

const summary = markdown.split('\n## ')[1]!.split('\n').slice(2).join('\n').trim();
console.log(summary);
console.log('\nFull review: content/script-review/review.md');
const open = [...review.ambiguity.s2t, ...review.ambiguity.t2s].reduce((n, g) => n + g.unreviewed, 0);
if (open > 0 || review.roundTrip.unexplained > 0 || review.sourceVariants.unexplained > 0) {
  console.error(`\n${open} unreviewed occurrences, ${review.roundTrip.unexplained} unexplained round-trip differences, ${review.sourceVariants.unexplained} unaccepted source variants: add project phrases (src/lib/script/dict/governance.json) or reviewed entries (dict/reviewed.json).`);
  process.exitCode = 1;
}
