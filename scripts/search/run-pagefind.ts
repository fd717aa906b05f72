// One Pagefind run over one shard of one language, through Pagefind's Node API (its own
// binary, offline). The service is closed after each shard so its memory is returned to the
// system: the build's peak is the peak of one shard.
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { readDocMeta, pagefindFields } from './doc-meta.ts';
import { declaredFilters, parsePage, segmentedHtml } from './segment-page.ts';
import type { SitePage } from './pages.ts';

export interface ShardResult { pages: number; skipped: string[]; filters: Map<string, Set<string>> }

export async function indexShard(pages: SitePage[], outputPath: string, docsDir: string): Promise<ShardResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: pages[0]?.lang.toLowerCase() });
  if (!index) throw new Error(`build:search: Pagefind could not start (${errors.join('; ')}). Is the pagefind package installed (npm install)?`);
  const skipped: string[] = [];
  const filters = new Map<string, Set<string>>();
  const note = (key: string, value: string) => { const set = filters.get(key) ?? new Set<string>(); set.add(value); filters.set(key, set); };
  let count = 0;
  try {
    // Segment the next page while Pagefind (a separate process) indexes the previous one.
    let pending: Promise<void> | undefined;
    for (const p of pages) {
      const parsed = parsePage(readFileSync(p.file, 'utf8'));
      if (!parsed.body) { skipped.push(p.file); continue; }
      const meta = readDocMeta(docsDir, p.slug);
      const fields = meta ? pagefindFields(meta) : [];
      // Filter values go to the manifest so the UI can list them without loading every shard.
      const declared = declaredFilters(parsed);
      for (const [k, v] of declared) note(k, v);
      for (const f of fields) if (f.kind === 'filter' && !declared.some(([k]) => k === f.key)) note(f.key, f.value);
      const content = segmentedHtml(parsed, fields);
      await pending;
      pending = index.addHTMLFile({ url: p.url, content }).then((r) => {
        if (r.errors.length) throw new Error(`build:search: Pagefind rejected ${p.file}: ${r.errors.join('; ')}`);
        count++;
      });
    }
    await pending;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`build:search: writing ${outputPath} failed: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { pages: count, skipped, filters };
}
