// npm run convert:review — the script-conversion review of the corpus.
// Prints a summary and writes content/script-review/review.md.
// Exit code 1 when occurrences are unreviewed or the round trip has unexplained differences.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadCorpus } from './corpus';
import { CONFIGS, runCases } from './opencc-cases';
import { renderReview } from './report';
import { buildReview } from './review';

const { source, docs } = loadCorpus();
// The review runs in the default variant (tw); reviewed.json records tw forms. hk is covered by the term list.
const review = buildReview(docs);
const markdown = renderReview(review, { corpus: source === 'docs' ? 'content/docs' : 'content/raw, pinyin stripped', docs: docs.length });
// OpenCC's own test cases, opencc-js alone vs ours (the unit test holds the known-failure list).
const cases = runCases();
const rates = Object.keys(CONFIGS).map((config) => {
  const rs = cases.filter((r) => r.config === config);
  const pct = (n: number) => `${n}/${rs.length} (${((100 * n) / rs.length).toFixed(1)}%)`;
  return `| ${config} | ${pct(rs.filter((r) => r.stock === r.expected).length)} | ${pct(rs.filter((r) => r.ours === r.expected).length)} |`;
});
const openccSection = ['', "## OpenCC's test cases (tests/fixtures/opencc/, both copies)", '', '| config | opencc-js alone | ours |', '|---|---|---|', ...rates, ''].join('\n');
const outDir = new URL('../../content/script-review/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('review.md', outDir), markdown + '\n' + openccSection);

const summary = markdown.split('\n## ')[1]!.split('\n').slice(2).join('\n').trim();
console.log(summary + '\n' + openccSection);
console.log('\nFull review: content/script-review/review.md');
const open = [...review.ambiguity.s2t, ...review.ambiguity.t2s].reduce((n, g) => n + g.unreviewed, 0);
if (open > 0 || review.roundTrip.unexplained > 0 || review.sourceVariants.unexplained > 0) {
  console.error(`\n${open} unreviewed occurrences, ${review.roundTrip.unexplained} unexplained round-trip differences, ${review.sourceVariants.unexplained} unaccepted source variants: add project phrases (src/lib/script/dict/governance.json) or reviewed entries (dict/reviewed.json).`);
  process.exitCode = 1;
}
