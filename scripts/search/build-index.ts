// npm run build:search — the search index of the built site (run after astro build).
// Output in <dist>/pagefind/:
//   <lang>/<k>/          one Pagefind bundle per language and shard (k = 0, 1, …)
//   pagefind.js …        Pagefind's runtime, copied once into <lang>/0/ (the primary index)
//   manifest.json        shards per language + script map, read by the search UI
//   search-ui.js         the search dialog (src/components/search/client/)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuildOptions, type BuildOptions } from './options.ts';
import { langDir, readingPages, shard, type Lang } from './pages.ts';
import { indexShard } from './run-pagefind.ts';
import { bodyTexts, parsePage } from './segment-page.ts';
import { ScriptMapBuilder, type ScriptMap } from './script-map.ts';
import type { SearchManifest } from '../../src/components/search/lib/manifest.ts';

/** Pagefind runtime files kept in the primary bundle; the UI files are not used. */
const runtime = ['pagefind.js', 'pagefind-worker.js'];
const isWasm = (f: string) => f.startsWith('wasm.');

function learnScriptMap(dist: string): ScriptMap {
  const builder = new ScriptMapBuilder();
  const hant = new Map(readingPages(dist, 'zh-Hant').map((p) => [p.slug, p]));
  for (const hans of readingPages(dist, 'zh-Hans')) {
    const other = hant.get(hans.slug);
    if (!other) continue;
    builder.add(bodyTexts(parsePage(readFileSync(hans.file, 'utf8'))), bodyTexts(parsePage(readFileSync(other.file, 'utf8'))));
  }
  return builder.build();
}

/** Keeps the runtime in shard 0 only and drops Pagefind's stock UI everywhere. */
function pruneBundle(dir: string, primary: boolean): void {
  for (const f of readdirSync(dir)) {
    const keep = f === 'pagefind-entry.json' || f.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(f)
      || (primary && (runtime.includes(f) || isWasm(f)));
    if (!keep) rmSync(join(dir, f), { recursive: true, force: true });
  }
}

/** The search dialog, bundled once into pagefind/search-ui.js (loaded only when search opens). */
async function bundleUi(out: string): Promise<void> {
  const entry = fileURLToPath(new URL('../../src/components/search/client/ui.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, target: 'es2022', charset: 'utf8', outfile: join(out, 'search-ui.js'), logLevel: 'error' });
}

export async function buildSearchIndex(opts: BuildOptions): Promise<SearchManifest> {
  const out = join(opts.dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const log = (s: string) => { if (!opts.quiet) console.log(s); };
  const manifest: SearchManifest = { version: 1, languages: {}, scriptMap: 'script-map.json' };
  for (const lang of opts.languages) {
    const pages = readingPages(opts.dist, lang);
    if (pages.length === 0) { log(`build:search: no ${lang} reading pages under ${opts.dist}/${langDir(lang)}/`); continue; }
    const shards = shard(pages, opts.shardSize);
    const ids: string[] = [];
    const filters = new Map<string, Set<string>>();
    let indexed = 0;
    for (const [k, group] of shards.entries()) {
      const dir = join(out, langDir(lang), String(k));
      const t0 = Date.now();
      const r = await indexShard(group, dir, opts.docs);
      pruneBundle(dir, k === 0);
      for (const s of r.skipped) log(`  skipped (no data-pagefind-body): ${s}`);
      indexed += r.pages;
      for (const [k, values] of r.filters) for (const v of values) filters.set(k, (filters.get(k) ?? new Set<string>()).add(v));
      ids.push(String(k));
      log(`build:search: ${lang} shard ${k + 1}/${shards.length}: ${r.pages} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const sorted = Object.fromEntries([...filters.keys()].sort().map((k) => [k, [...filters.get(k)!].sort()]));
    manifest.languages[lang] = { shards: ids, pages: indexed, filters: sorted };
  }
  await bundleUi(out);
  writeFileSync(join(out, 'script-map.json'), JSON.stringify(learnScriptMap(opts.dist)));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const opts = parseBuildOptions(process.argv.slice(2));
    if (!existsSync(opts.dist)) throw new Error(`build:search: ${opts.dist}/ does not exist. Run the site build first (npm run build:site).`);
    const m = await buildSearchIndex(opts);
    const total = Object.values(m.languages).reduce((n, l) => n + (l?.pages ?? 0), 0);
    if (!opts.quiet) console.log(`build:search: indexed ${total} pages → ${opts.dist}/pagefind/`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
