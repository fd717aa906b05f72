// npx tsx bench/render.ts bench/results/<run>.json [more.json …]: re-renders a bench report from
// its raw numbers (after a change to report.ts, or to merge runs made separately), writing <run>.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderReport, type BenchRun } from './report.ts';

const [first, ...more] = process.argv.slice(2);
if (!first) {
  console.error('usage: npx tsx bench/render.ts bench/results/<run>.json [earlier.json …]');
  process.exit(2);
}
const run = JSON.parse(readFileSync(first, 'utf8')) as BenchRun;
for (const file of more) {
  const other = JSON.parse(readFileSync(file, 'utf8')) as BenchRun;
  const have = new Set(run.sizes.map((r) => r.n));
  run.sizes.push(...other.sizes.filter((r) => !have.has(r.n)));
  for (const [k, v] of Object.entries(other.extras)) if (!run.extras[k]) run.extras[k] = v;
  run.merged = [run.merged, `${file} (${other.date.slice(0, 16)} UTC, load ${other.machine.load})`].filter(Boolean).join('; ');
}
run.sizes.sort((a, b) => a.n - b.n);
const report = renderReport(run);
writeFileSync(first.replace(/\.json$/, '.md'), report + '\n');
console.log(report);
