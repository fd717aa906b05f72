// One shard of the search index: its documents read (store or in-process render), turned into
// records in both scripts, indexed by one Pagefind service, and the bundles pruned. Runs in a
// shard worker (shard-worker.ts) or in the build's own process; everything in and out is plain data.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOptions } from './options.ts';
import { langDir, type Lang } from './pages.ts';
import { withShard } from './run-pagefind.ts';
import { loadDoc, type SourceDoc } from './doc-source.ts';
import { statusLabel } from '../../src/lib/status/vocabulary.ts';
import { docRecords, type RecordDoc } from './records.ts';
import { liteDoc, type LiteDoc } from '../../src/lib/search/lite.ts';
import { ScriptMapBuilder, type ScriptMapCounts } from './script-map.ts';
import type { Manifest } from '../../src/lib/render/store.ts';
import { docConverter, typeConverter, type Script, type Variant } from '../../src/lib/script-view.ts';

/** What every shard needs to know about the build (sent once to each worker). */
export interface ShardContext {
  opts: BuildOptions;
  /** store manifest (null with --render and no store) */
  store: Manifest | null;
  /** slug → title of the compilations some document belongs to */
  collections: Record<string, string>;
}

export interface ShardJob {
  /** shard id (bucket number, scripts/search/shard-plan.ts) */
  k: number;
  files: string[];
  /** the shard that keeps Pagefind's runtime (the first listed) */
  primary: boolean;
}

export interface ShardResult {
  k: number;
  records: number;
  rendered: number;
  /** filter values seen, per language: name → values */
  filters: Partial<Record<Lang, Record<string, string[]>>>;
  map: ScriptMapCounts;
  /** per language: the documents' titles and headings for the file:// index (src/lib/search/lite.ts) */
  lite: Partial<Record<Lang, LiteDoc[]>>;
  ms: number;
}

/** Pagefind runtime files kept in the primary bundle; the UI files are not used. */
const runtime = ['pagefind.js', 'pagefind-worker.js'];
const isWasm = (f: string) => f.startsWith('wasm.');
const scriptOf = (lang: Lang): Script => (lang === 'zh-Hans' ? 'hans' : 'hant');

/** Keeps the runtime in shard 0 only and drops Pagefind's stock UI everywhere. */
export function pruneBundle(dir: string, primary: boolean): void {
  for (const f of readdirSync(dir)) {
    const keep = f === 'pagefind-entry.json' || f.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(f)
      || (primary && (runtime.includes(f) || isWasm(f)));
    if (!keep) rmSync(join(dir, f), { recursive: true, force: true });
  }
}

/** The document as a record source in one script: strings converted as the pages show them. */
export function recordDoc(doc: SourceDoc, lang: Lang, variant: Variant, collections: Record<string, string>): RecordDoc {
  const script = scriptOf(lang);
  const convert = docConverter(doc.data, script, variant);
  const d = doc.data;
  const collection = d.collection ? collections[d.collection] : undefined;
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
      type: typeConverter(script, variant)(d.type),
      // As the page shows it: the compilation's title, or its slug when the index is missing.
      collection: d.collection ? (collection ? convert(collection) : d.collection) : '',
      // 效力, only where the status table or the text says it (src/lib/status/)
      status: d.status ? statusLabel(d.status, script) : '',
    },
  };
}

/** Aligned texts of the two scripts (title, then every paragraph of every section). */
function alignedTexts(doc: SourceDoc, hans: RecordDoc, hant: RecordDoc): [string[], string[]] {
  const lines = (r: RecordDoc) => [r.title, ...r.sections.flatMap((s) => s.text.split('\n'))];
  return doc.sections.hans.length === doc.sections.hant.length ? [lines(hans), lines(hant)] : [[], []];
}

export async function indexShard(ctx: ShardContext, job: ShardJob): Promise<ShardResult> {
  const t0 = Date.now();
  const { opts } = ctx;
  const map = new ScriptMapBuilder();
  const seen = new Map<Lang, Map<string, Set<string>>>(opts.languages.map((l) => [l, new Map()]));
  const lite: Partial<Record<Lang, LiteDoc[]>> = Object.fromEntries(opts.languages.map((l) => [l, []]));
  let records = 0, rendered = 0;
  const outputs = Object.fromEntries(opts.languages.map((l) => [langDir(l), join(opts.out, langDir(l), String(job.k))]));
  await withShard(outputs, async (indexes) => {
    const pending: Promise<void>[] = [];
    for (const file of job.files) {
      const doc = await loadDoc(file, opts.docs, opts.variant, ctx.store);
      if (doc.from === 'rendered') rendered++;
      const views = new Map(opts.languages.map((l) => [l, recordDoc(doc, l, opts.variant, ctx.collections)]));
      for (const [lang, view] of views) {
        const values = seen.get(lang)!;
        for (const [key, value] of Object.entries(view.filters)) if (value) values.set(key, (values.get(key) ?? new Set<string>()).add(value));
        lite[lang]!.push(liteDoc(view.slug, view.title, view.date, view.sections));
        const recs = docRecords(view, opts.recordChars);
        records += recs.length;
        // Not awaited one by one: Pagefind (a separate process) indexes while the next document is read.
        for (const r of recs) pending.push(indexes[langDir(lang)]!.add(r));
      }
      const hans = views.get('zh-Hans'), hant = views.get('zh-Hant');
      if (hans && hant) map.add(...alignedTexts(doc, hans, hant));
    }
    await Promise.all(pending);
  });
  for (const dir of Object.values(outputs)) pruneBundle(dir, job.primary);
  const filters = Object.fromEntries([...seen].map(([lang, values]) => [lang, Object.fromEntries([...values].map(([key, set]) => [key, [...set]]))]));
  return { k: job.k, records, rendered, filters, map: map.counts(), lite, ms: Date.now() - t0 };
}
