// npm run eval:links — cross-reference counts (found / linked / ambiguous / not linked, by kind,
// with the commonest reason codes, src/lib/report/xref-reasons.ts says them in words) for a corpus folder of converted Markdown, or for a real-world set of
// raw files converted in memory (tests/fixtures/real: raw/ + sources.tsv).
//   --docs <dir>   converted Markdown (default content/docs)
//   --set <dir>    a raw set instead (converted here, nothing written)
//   --list         every reference, one per line
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listMarkdown, parseDocFile, splitFrontmatter } from '../../src/lib/corpus/load.ts';
import { scriptConverter } from '../../src/lib/script-view.ts';
import { buildCorpusXref, countRefs, xrefSummary, type XrefDoc } from '../../src/lib/xref/corpus.ts';
import { reasonText } from '../../src/lib/report/xref-reasons.ts';
import { loadStages } from '../convert/cli-stages.ts';
import { convertFile } from '../convert/pipeline.ts';
import { loadExpected } from '../convert/eval/sources.ts';

const t2s = scriptConverter('hant', 'hans');

function fromMarkdown(path: string, text: string): XrefDoc {
  const e = parseDocFile(path, text);
  return { slug: e.data.slug, title: e.data.title, docNumber: e.data.docNumber, body: splitFrontmatter(text).body, toSimplified: e.data.script === 'hant' ? t2s : (s) => s };
}

function docsOfSet(dir: string): XrefDoc[] {
  const stages = loadStages(join(dir, 'no-corrections'));
  return loadExpected(dir).flatMap((expected) => {
    const result = convertFile(expected.file, readFileSync(join(dir, 'raw', expected.file)), stages);
    return result.docs.map((d) => fromMarkdown(`${expected.file}.md`, d.markdown));
  });
}

const { values } = parseArgs({ options: { docs: { type: 'string' }, set: { type: 'string' }, list: { type: 'boolean', default: false } } });
const docs = values.set ? docsOfSet(values.set) : listMarkdown(values.docs ?? 'content/docs').map((f) => fromMarkdown(f, readFileSync(f, 'utf8')));
const xref = buildCorpusXref(docs);
const counts = countRefs(xref.refs);
console.log(`${docs.length} documents from ${values.set ?? values.docs ?? 'content/docs'}`);
console.log(xrefSummary(counts));
const reasons = new Map<string, number>();
for (const r of xref.refs) if (!r.outcome.ok) {
  const why = r.outcome.why.code;
  reasons.set(`${r.kind}: ${why}`, (reasons.get(`${r.kind}: ${why}`) ?? 0) + 1);
}
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${why}`);
if (values.list) for (const r of xref.refs) console.log(`${r.slug}#${r.section}\t${r.kind}\t${r.text}\t${r.outcome.ok ? `→ ${r.outcome.slug ?? ''}#${r.outcome.id ?? ''}${r.outcome.note ? ` (${reasonText(r.outcome.note)})` : ''}` : `✗ ${reasonText(r.outcome.why)}${r.outcome.ambiguous ? `: ${r.outcome.ambiguous.join(', ')}` : ''}`}`);
