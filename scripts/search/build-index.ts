// npm run build:search — the search index, built from the pre-rendered section texts (no HTML).
// Output in --out (default <dist>/pagefind/):
//   <lang>/<k>/          one Pagefind bundle per language and shard (k = 0, 1, …)
//   pagefind.js …        Pagefind's runtime, kept once in <lang>/0/ (the primary index)
//   <lang>/manifest.json.gz  shards, filter values and the script map (packed): all the UI reads first
//   manifest.json        the languages and their shards (for tools)
//   search-ui.js         the search dialog (src/components/search/client/)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBuildOptions, type BuildOptions } from './options.ts';
import { langDir, shard, type Lang } from './pages.ts';
import { withShard } from './run-pagefind.ts';
import { corpusFiles, loadDoc, openStore, type SourceDoc } from './doc-source.ts';
import { docRecords, type RecordDoc, type SearchRecord } from './records.ts';
import { ScriptMapBuilder } from './script-map.ts';
import { parseDocFile } from '../../src/lib/corpus/load.ts';
import { readManifest } from '../../src/lib/render/store.ts';
import { docConverter, type Script, type Variant } from '../../src/lib/script-view.ts';
import { packScriptMap, type LangManifest, type SearchManifest } from '../../src/components/search/lib/manifest.ts';

/** Pagefind runtime files kept in the primary bundle; the UI files are not used. */
const runtime = ['pagefind.js', 'pagefind-worker.js'];
const isWasm = (f: string) => f.startsWith('wasm.');
const scriptOf = (lang: Lang): Script => (lang === 'zh-Hans' ? 'hans' : 'hant');

/** Keeps the runtime in shard 0 only and drops Pagefind's stock UI everywhere. */
function pruneBundle(dir: string, primary: boolean): void {
  for (const f of readdirSync(dir)) {
    const keep = f === 'pagefind-entry.json' || f.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(f)
      || (primary && (runtime.includes(f) || isWasm(f)));
    if (!keep) rmSync(join(dir, f), { recursive: true, force: true });
  }
}

/** The search dialog, bundled once into search-ui.js (loaded only when search opens). */
async function bundleUi(out: string): Promise<void> {
  const entry = fileURLToPath(new URL('../../src/components/search/client/ui.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, target: 'es2022', charset: 'utf8', outfile: join(out, 'search-ui.js'), logLevel: 'error' });
}

/** The document as a record source in one script: strings converted as the pages show them. */
export function recordDoc(doc: SourceDoc, lang: Lang, variant: Variant, titles: Map<string, string>): RecordDoc {
  const script = scriptOf(lang);
  const convert = docConverter(doc.data, script, variant);
  const d = doc.data;
  const collection = d.collection ? titles.get(d.collection) : undefined;
  return {
    slug: doc.slug,
    lang,
    title: convert(d.title),
    sections: doc.sections[script],
    script: d.script,
    date: d.date ?? undefined,
    filters: {
      issuer: d.issuer ? convert(d.issuer) : '',
      year: d.date?.slice(0, 4) ?? '',
      type: convert(d.type),
      // As the page shows it: the compilation's title, or its slug when the index is missing.
      collection: d.collection ? (collection ? convert(collection) : d.collection) : '',
    },
  };
}

/** Aligned texts of the two scripts (title, then every paragraph of every section). */
function alignedTexts(doc: SourceDoc, hans: RecordDoc, hant: RecordDoc): [string[], string[]] {
  const lines = (r: RecordDoc) => [r.title, ...r.sections.flatMap((s) => s.text.split('\n'))];
  return doc.sections.hans.length === doc.sections.hant.length ? [lines(hans), lines(hant)] : [[], []];
}

export interface BuildSummary { manifest: SearchManifest; docs: number; records: number; rendered: number }

export async function buildSearchIndex(opts: BuildOptions): Promise<BuildSummary> {
  if (!existsSync(opts.docs)) throw new Error(`build:search: corpus folder ${opts.docs} does not exist. Run npm run convert first, or pass --docs <folder>.`);
  const store = opts.render ? readManifest(opts.docs) : openStore(opts.docs);
  const log = (s: string) => { if (!opts.quiet) console.log(s); };
  const files = corpusFiles(opts.docs);
  const titles = new Map<string, string>();
  for (const f of files) { const e = parseDocFile(f, readFileSync(f, 'utf8')); titles.set(e.id, e.data.title); }

  rmSync(opts.out, { recursive: true, force: true });
  mkdirSync(opts.out, { recursive: true });
  const manifest: SearchManifest = { version: 2, languages: {} };
  const filters = new Map<Lang, Map<string, Set<string>>>(opts.languages.map((l) => [l, new Map()]));
  const map = new ScriptMapBuilder();
  const shards = shard(files, opts.shardSize);
  let records = 0, rendered = 0;
  for (const [k, group] of shards.entries()) {
    const t0 = Date.now();
    const outputs = Object.fromEntries(opts.languages.map((l) => [langDir(l), join(opts.out, langDir(l), String(k))]));
    await withShard(outputs, async (indexes) => {
      const pending: Promise<void>[] = [];
      for (const file of group) {
        const doc = await loadDoc(file, opts.docs, opts.variant, store);
        if (doc.from === 'rendered') rendered++;
        const views = new Map(opts.languages.map((l) => [l, recordDoc(doc, l, opts.variant, titles)]));
        for (const [lang, view] of views) {
          const seen = filters.get(lang)!;
          for (const [key, value] of Object.entries(view.filters)) if (value) seen.set(key, (seen.get(key) ?? new Set<string>()).add(value));
          const recs: SearchRecord[] = docRecords(view, opts.recordChars);
          records += recs.length;
          // Pagefind (a separate process) indexes while the next document is read and segmented.
          for (const r of recs) pending.push(indexes[langDir(lang)]!.add(r));
        }
        const hans = views.get('zh-Hans'), hant = views.get('zh-Hant');
        if (hans && hant) map.add(...alignedTexts(doc, hans, hant));
      }
      await Promise.all(pending);
    });
    for (const dir of Object.values(outputs)) pruneBundle(dir, k === 0);
    log(`build:search: shard ${k + 1}/${shards.length}: ${group.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const scriptMap = packScriptMap(map.build());
  for (const lang of opts.languages) {
    if (!files.length) continue;
    const seen = filters.get(lang)!;
    const sorted = Object.fromEntries([...seen.keys()].sort().map((key) => [key, [...seen.get(key)!].sort()]));
    const ids = shards.map((_, k) => String(k));
    manifest.languages[lang] = { shards: ids, pages: files.length };
    const own: LangManifest = { version: 2, lang, shards: ids, pages: files.length, filters: sorted, scriptMap };
    // Gzipped here (issuer names and the map shrink to a third): static servers rarely compress.
    writeFileSync(join(opts.out, langDir(lang), 'manifest.json.gz'), gzipSync(JSON.stringify(own), { level: 9 }));
  }
  await bundleUi(opts.out);
  writeFileSync(join(opts.out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return { manifest, docs: files.length, records, rendered };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const opts = parseBuildOptions(process.argv.slice(2));
    const t0 = Date.now();
    const r = await buildSearchIndex(opts);
    const note = r.rendered ? ` (${r.rendered} not in the pre-rendered store, rendered here)` : '';
    if (!opts.quiet) console.log(`build:search: ${r.docs} documents × ${opts.languages.length} scripts → ${r.records} records${note} → ${opts.out}/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
