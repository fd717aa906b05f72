import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { belowFloor, floorOf, type Floor } from './floor.ts';
import { evaluateSet } from './run.ts';
import { missedTargets, summariseAll } from './summary.ts';
import { fileTable, summaryTable } from './table.ts';
import { stressFloor, stressSet, stressTable } from './stress.ts';
import { stabilitySet, stabilityTable } from './stability.ts';

// npm run eval:convert — the converter on real documents (tests/fixtures/real/): metadata, headings,
// page numbers and furniture left, paragraphs still split, characters lost; per file and per group.
// Flags: --dir DIR (another set of the same layout)  --files (per-file table)  --json FILE
//        --check (fail when a score is worse than scores.json)  --update (write scores.json)
//        --targets (fail unless the issue's targets are met)
//        --stress (instead: the line-wrap stress measurement, eval/stress.ts; --examples lists the errors;
//                  --check / --update against stress.json: split paragraphs + wrong merges must not rise)
//        --stability (instead: the ids of each clean original kept by copies set differently, eval/stability.ts;
//                  --examples names the files)

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const dir = value('dir') ?? join(process.cwd(), 'tests/fixtures/real');
if (flag('stress')) {
  const started = performance.now();
  const { rows, examples } = stressSet(dir);
  console.log(stressTable(rows));
  if (flag('examples')) console.log(`\n${examples.join('\n')}`);
  console.log(`\nstress: ${rows.length - 1} layouts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(stressFloor(join(dir, 'stress.json'), rows.at(-1)!, flag('update') ? 'update' : flag('check') ? 'check' : null));
}
if (flag('stability')) {
  const started = performance.now();
  const rows = stabilitySet(dir);
  console.log(stabilityTable(rows));
  if (flag('examples')) console.log(`\n${rows.flatMap((r) => r.examples.map((e) => `${r.variant}: ${e}`)).join('\n')}`);
  console.log(`\nstability: ${rows.length} kinds of copy in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(rows.every((r) => r.kept === r.ids) ? 0 : flag('check') ? 1 : 0);
}
const started = performance.now();
const files = evaluateSet(dir);
const rows = summariseAll(files);
console.log(summaryTable(rows));
if (flag('files')) console.log(`\n${fileTable(files)}`);
const json = value('json');
if (json) writeFileSync(json, JSON.stringify({ rows, files }, null, 2) + '\n');
const missed = missedTargets(rows);
console.log(`\n${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s; ${missed.length === 0 ? 'every target met' : `targets missed:\n  ${missed.join('\n  ')}`}`);

const floorPath = join(dir, 'scores.json');
let code = 0;
if (flag('update')) {
  writeFileSync(floorPath, JSON.stringify(floorOf(rows), null, 2) + '\n');
  console.log(`wrote ${floorPath}`);
} else if (flag('check')) {
  if (!existsSync(floorPath)) {
    console.error(`eval:convert: ${floorPath} is missing; run \`npm run eval:convert -- --update\` and commit it`);
    code = 1;
  } else {
    const worse = belowFloor(rows, JSON.parse(readFileSync(floorPath, 'utf8')) as Floor);
    if (worse.length > 0) {
      console.error(`eval:convert: worse than ${floorPath}:\n  ${worse.join('\n  ')}\nFix the regression, or if it is intended, run \`npm run eval:convert -- --update\` and say why in the commit.`);
      code = 1;
    }
  }
}
if (flag('targets') && missed.length > 0) code = 1;
process.exit(code);
