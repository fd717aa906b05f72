// npm run build:search — the search index, built from the pre-rendered section texts (no HTML).
// Output in --out (default <dist>/pagefind/):
//   <lang>/<k>/          one Pagefind bundle per language and shard (k = 0, 1, …)
//   pagefind.js …        Pagefind's runtime, kept once in <lang>/0/ (the primary index)
//   <lang>/manifest.json.gz  shards, filter values and the script map (packed): all the UI reads first
//   manifest.json        the languages and their shards (for tools)
//   search-ui.js         the search dialog (src/components/search/client/)
//   <lang>/lite.js, lite-ui.js  titles and headings, and their dialog, for search from file://
//                        (classic scripts: src/lib/search/lite.ts)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBuildOptions, type BuildOptions } from './options.ts';
import { langDir, type Lang } from './pages.ts';
import { planShards, type ShardDoc } from './shard-plan.ts';
import type { ShardResult } from './index-shard.ts';
import { filesIn, linkOrCopy } from '../build/reuse-files.ts';
import { sha256 } from '../../src/lib/render/hash.ts';
import { openStore, statusOf } from './doc-source.ts';
import { runShards } from './shard-pool.ts';
import { ScriptMapBuilder } from './script-map.ts';
import { listMarkdown, parseDocFile } from '../../src/lib/corpus/load.ts';
import { readManifest } from '../../src/lib/render/store.ts';
import { packScriptMap, type LangManifest, type SearchManifest } from '../../src/lib/search/manifest.ts';
import { liteScript } from '../../src/lib/search/lite.ts';

/** The search dialog, bundled once into search-ui.js (loaded only when search opens); the file://
 * dialog into lite-ui.js, a classic script (module scripts do not run from file://). */
async function bundleUi(out: string): Promise<void> {
  const entry = (name: string) => fileURLToPath(new URL(`../../src/components/search/client/${name}`, import.meta.url));
  const common = { bundle: true, minify: true, target: 'es2022', charset: 'utf8', logLevel: 'error' } as const;
  await build({ ...common, entryPoints: [entry('ui.ts')], format: 'esm', outfile: join(out, 'search-ui.js') });
  await build({ ...common, entryPoints: [entry('lite-ui.ts')], format: 'iife', outfile: join(out, 'lite-ui.js') });
}

export interface BuildSummary { manifest: SearchManifest; docs: number; records: number; rendered: number; shards: number; reusedShards: number }

/** What the previous build left to reuse: its index folder and its shard record. */
export interface PreviousIndex { out: string; record: string }

/** Shard record of an index build (kept by scripts/build-site.ts between builds). */
export interface ShardRecord { version: 1; shards: Record<string, { key: string; result: ShardResult }> }

function readRecord(path: string | undefined): ShardRecord['shards'] {
  if (!path) return {};
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as ShardRecord;
    return r.version === 1 ? r.shards : {};
  } catch {
    return {};
  }
}

/** Links a shard's bundles from the previous index; false when one is missing (then it is built). */
function reuseShard(prevOut: string, out: string, id: number, langs: Lang[]): boolean {
  const dirs = langs.map((l) => [join(prevOut, langDir(l), String(id)), join(out, langDir(l), String(id))] as const);
  if (!dirs.every(([from]) => existsSync(join(from, 'pagefind-entry.json')))) return false;
  for (const [from, to] of dirs) for (const f of filesIn(from)) linkOrCopy(join(from, f), join(to, f));
  return true;
}

export async function buildSearchIndex(opts: BuildOptions, previous?: PreviousIndex, recordOut?: string): Promise<BuildSummary> {
  if (!existsSync(opts.docs)) throw new Error(`build:search: corpus folder ${opts.docs} does not exist. Run npm run convert first, or pass --docs <folder>.`);
  const store = opts.render ? readManifest(opts.docs) : openStore(opts.docs);
  const log = (s: string) => { if (!opts.quiet) console.log(s); };
  const files = listMarkdown(opts.docs);
  const titles = new Map<string, string>();
  const inCollection = new Set<string>();
  const docs: (ShardDoc & { collection?: string })[] = [];
  for (const f of files) {
    const source = readFileSync(f, 'utf8');
    const e = parseDocFile(f, source);
    titles.set(e.id, e.data.title);
    if (e.data.collection) inCollection.add(e.data.collection);
    // The status table overlays the frontmatter (filters show 效力): part of the shard's key.
    const status = statusOf(opts.docs, e.id);
    const statusKey = status ? JSON.stringify({ ...status, line: undefined }) : '';
    // The store key covers what the pre-render made of it (cross-reference context, renderer).
    docs.push({ file: f, slug: e.id, sourceHash: sha256(`${source}\0${statusKey}\0${store?.docs[e.id] ?? ''}`), collectionTitle: null, collection: e.data.collection ?? undefined });
  }
  const collections = Object.fromEntries([...inCollection].flatMap((slug) => (titles.has(slug) ? [[slug, titles.get(slug)!]] : [])));
  for (const d of docs) d.collectionTitle = d.collection ? collections[d.collection] ?? null : null;

  rmSync(opts.out, { recursive: true, force: true });
  mkdirSync(opts.out, { recursive: true });
  const manifest: SearchManifest = { version: 2, languages: {} };
  const shards = planShards(docs, opts);
  const before = readRecord(previous?.record);
  const reused: ShardResult[] = [];
  const todo = shards.filter((s) => {
    const was = before[String(s.id)];
    if (previous && was?.key === s.key && reuseShard(previous.out, opts.out, s.id, opts.languages)) {
      reused.push({ ...was.result, k: s.id, ms: 0 });
      return false;
    }
    return true;
  });
  let finished = 0;
  const built = await runShards({ opts, store, collections }, todo.map((s) => ({ k: s.id, primary: s.primary, files: s.files })), opts.jobs, (r) => {
    log(`build:search: shard ${r.k} (${++finished}/${todo.length} to build): ${shards.find((s) => s.id === r.k)!.files.length} documents in ${(r.ms / 1000).toFixed(1)} s`);
  });
  const results = [...reused, ...built].sort((a, b) => a.k - b.k);
  if (recordOut) {
    const record: ShardRecord = { version: 1, shards: Object.fromEntries(shards.map((s) => [String(s.id), { key: s.key, result: results.find((r) => r.k === s.id)! }])) };
    writeFileSync(recordOut, JSON.stringify(record));
  }
  const map = new ScriptMapBuilder();
  const filters = new Map<Lang, Map<string, Set<string>>>(opts.languages.map((l) => [l, new Map()]));
  for (const r of results) {
    map.merge(r.map);
    for (const lang of opts.languages) {
      const seen = filters.get(lang)!;
      for (const [key, values] of Object.entries(r.filters[lang] ?? {})) for (const v of values) seen.set(key, (seen.get(key) ?? new Set<string>()).add(v));
    }
  }
  const scriptMap = packScriptMap(map.build());
  for (const lang of opts.languages) {
    if (!files.length) continue;
    const seen = filters.get(lang)!;
    const sorted = Object.fromEntries([...seen.keys()].sort().map((key) => [key, [...seen.get(key)!].sort()]));
    const ids = shards.map((s) => String(s.id));
    manifest.languages[lang] = { shards: ids, pages: files.length };
    const own: LangManifest = { version: 2, lang, shards: ids, pages: files.length, filters: sorted, scriptMap };
    // Gzipped here (issuer names and the map shrink to a third): static servers rarely compress.
    writeFileSync(join(opts.out, langDir(lang), 'manifest.json.gz'), gzipSync(JSON.stringify(own), { level: 9 }));
    writeFileSync(join(opts.out, langDir(lang), 'lite.js'), liteScript(results.flatMap((r) => r.lite[lang] ?? []), scriptMap.t2s));
  }
  await bundleUi(opts.out);
  writeFileSync(join(opts.out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((a, r) => a + f(r), 0);
  return { manifest, docs: files.length, records: sum((r) => r.records), rendered: sum((r) => r.rendered), shards: shards.length, reusedShards: reused.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const opts = parseBuildOptions(process.argv.slice(2));
    const t0 = Date.now();
    const arg = (name: string) => { const at = process.argv.indexOf(`--${name}`); return at >= 0 ? process.argv[at + 1] : undefined; };
    const prevOut = arg('prev-out'), prevRecord = arg('prev-record');
    const r = await buildSearchIndex(opts, prevOut && prevRecord ? { out: prevOut, record: prevRecord } : undefined, arg('record'));
    const note = r.rendered ? ` (${r.rendered} not in the pre-rendered store, rendered here)` : '';
    const reuse = r.reusedShards ? ` (shards: rebuilt ${r.shards - r.reusedShards} of ${r.shards})` : '';
    if (!opts.quiet) console.log(`build:search: ${r.docs} documents × ${opts.languages.length} scripts → ${r.records} records${note}${reuse} → ${opts.out}/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // One line for scripts/build-site.ts's summary, also when quiet.
    console.log(`build:search: shards rebuilt ${r.shards - r.reusedShards} of ${r.shards}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
