// npx tsx bench/lite-index.ts [--sizes 1000,10000] [--seed 1]
// Size of the file:// title-and-heading index (src/lib/search/lite.ts) on synthetic
// archives: synth → convert (the real CLI, in bench/work/n<N>/, reused when already converted) →
// the index built from the converted Markdown's titles and headings, as build:search builds it
// from the pre-rendered sections (heading text here is the Markdown's, without inline markup).
// Writes results/<date>-lite-index.md. The full bench (npm run bench) reports the built file too.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './synth/write.ts';
import { layout } from './steps/layout.ts';
import { countMarkdown, runConvertCli } from './steps/wenyuan.ts';
import { kb } from './lib/format.ts';
import { listMarkdown, parseDocFile } from '../src/lib/corpus/load.ts';
import { liteDoc, liteScript, type LiteDoc } from '../src/lib/search/lite.ts';
import { docConverter, type Script } from '../src/lib/script-view.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, seed: { type: 'string', default: '1' } } });
const sizes = values.sizes.split(',').map(Number);
const heading = /^(#{2,6})\s+(.*?)\s*\{#([\w-]+)[^}]*\}\s*$/;

function liteFiles(docsDir: string): Record<Script, string> {
  const docs: Record<Script, LiteDoc[]> = { hans: [], hant: [] };
  for (const name of listMarkdown(docsDir)) {
    const file = name; // listMarkdown gives full paths
    const text = readFileSync(file, 'utf8');
    const entry = parseDocFile(file, text);
    const lines = text.split('\n').flatMap((l) => {
      const m = heading.exec(l);
      return m ? [{ depth: m[1]!.length, text: m[2]!.replace(/⟦|⟧/g, ''), id: m[3]! }] : [];
    });
    for (const script of ['hans', 'hant'] as const) {
      const convert = docConverter(entry.data, script, 'tw');
      docs[script].push(liteDoc(entry.id, convert(entry.data.title), entry.data.date ?? undefined, lines.map((h) => ({ id: h.id, depth: h.depth, path: [convert(h.text)] }))));
    }
  }
  // The script map's t2s (a few thousand pairs at most): measured on the seed site at ~3 kB.
  return { hans: liteScript(docs.hans, ''), hant: liteScript(docs.hant, '') };
}

const rows: string[] = [];
for (const n of sizes) {
  const l = layout(n);
  if (countMarkdown(l.docs) === 0) {
    const s = writeCorpus({ n, seed: Number(values.seed), rawDir: l.raw });
    console.log(`lite-index: N=${n}: ${s.files} raw files; converting…`);
    const r = await runConvertCli(l.dir);
    if (!r.ok) throw new Error(`convert failed in ${l.dir}: ${r.stderr.slice(-500)}`);
  }
  const t0 = performance.now();
  const files = liteFiles(l.docs);
  const ms = performance.now() - t0;
  const docs = countMarkdown(l.docs);
  for (const script of ['hans', 'hant'] as const) {
    const bytes = Buffer.byteLength(files[script]);
    const gz = gzipSync(files[script], { level: 9 }).length;
    rows.push(`| ${n} | ${docs} | ${script} | ${kb(bytes)} | ${kb(gz)} | ${(bytes / docs).toFixed(0)} B | ${(ms / 1000).toFixed(1)} s |`);
    console.log(rows.at(-1));
  }
}
const date = new Date().toISOString().slice(0, 10);
const out = join('bench/results', `${date}-lite-index.md`);
writeFileSync(out, `# file:// title-and-heading index size (${date})\n\n\`npx tsx bench/lite-index.ts --sizes ${values.sizes}\`: titles and top-level headings (depth 2, ≤ 24 characters) of every document, per script. The dialog itself (pagefind/lite-ui.js) is ~4.4 kB more.\n\n| N | documents | script | lite.js | gzip | per document | built in |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
console.log(`lite-index: wrote ${out}${existsSync(out) ? '' : ' (failed)'}`);
