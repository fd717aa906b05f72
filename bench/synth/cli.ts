// npx tsx bench/synth/cli.ts --n 1000 [--seed 1] [--out bench/work/n1000/content/raw]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './write.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error(`synth: --n must be a positive integer and --seed an integer (got --n ${values.n} --seed ${values.seed})`);
  process.exit(2);
}
const rawDir = values.out ?? join('bench/work', `n${n}`, 'content/raw');
const s = writeCorpus({ n, seed, rawDir });
console.log(
  `${s.reused ? 'reused' : 'wrote'} ${s.files} files, ${s.documents} documents, ${(s.bytes / 1e6).toFixed(1)} MB in ${rawDir} ` +
    `(${(s.ms / 1000).toFixed(1)} s; shapes ${JSON.stringify(s.shapes)})`,
);
