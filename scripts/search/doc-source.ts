// The documents to index, with their section texts in both scripts, read from the pre-rendered
// store (scripts/render/, run by the site build) instead of parsing the built HTML pages.
// A document whose store entry is missing or stale (the Markdown changed since) is rendered here,
// remark only (no HTML), with the same read-view plugins as the pages.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyStatus, loadStatusTable } from '../../src/lib/status/apply.ts';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { listMarkdown, parseDocFile, splitFrontmatter } from '../../src/lib/corpus/load.ts';
import { corpusXref, keySource } from '../../src/lib/xref/load.ts';
import type { DocMeta } from '../../src/schemas/doc.ts';
import { pluginsFor } from '../../src/lib/render/plugins.ts';
import remarkSectionTexts from '../../src/lib/remark/section-texts.ts';
import type { SectionText } from '../../src/lib/render/prerendered.ts';
import { manifestPath, readManifest, readPrerendered, storeDir, type Manifest } from '../../src/lib/render/store.ts';
import type { Script, Variant } from '../../src/lib/script-view.ts';

export interface SourceDoc {
  slug: string;
  data: DocMeta;
  sections: Record<Script, SectionText[]>;
  /** where the sections came from */
  from: 'store' | 'rendered';
}

export class MissingStoreError extends Error {}

/** The store's manifest for a corpus folder, or a clear error saying what to run. */
export function openStore(docsDir: string, dir = storeDir()): Manifest {
  const manifest = readManifest(docsDir, dir);
  if (!manifest) {
    throw new MissingStoreError(
      `build:search: no pre-rendered store for ${docsDir} (looked for ${manifestPath(docsDir, dir)}). ` +
      `Run the site build first (npm run build:site, or its pre-render step alone: WENYUAN_CORPUS=${docsDir} npx tsx scripts/render/cli.ts), ` +
      'or pass --render to render the section texts here (slower).',
    );
  }
  return manifest;
}

const processors = new Map<Script, ReturnType<typeof unified>>();

function processorFor(script: Script, variant: Variant) {
  let p = processors.get(script);
  if (!p) {
    const plugins = pluginsFor({ kind: 'read', script }, variant).remarkPlugins as PluggableList;
    p = unified().use(remarkParse).use(plugins).use(remarkSectionTexts) as unknown as ReturnType<typeof unified>;
    processors.set(script, p);
  }
  return p;
}

/** Section texts of one document in one script, rendered here (remark only). */
export async function renderSections(body: string, data: DocMeta, script: Script, variant: Variant, path: string): Promise<SectionText[]> {
  const processor = processorFor(script, variant);
  const file = new VFile({ value: body, path, data: { astro: { frontmatter: { ...data } } } });
  await processor.run(processor.parse(file), file);
  return file.data.sections ?? [];
}

/**
 * One document with its sections: from the store when up to date, else rendered here.
 * readPrerendered decides what "up to date" means (the Markdown's hash and the renderer's: an
 * entry written before a plugin or dictionary edit is not used), so nothing is checked here.
 */
/** The corpus's status table (as the site reads it: WENYUAN_STATUS, else status.tsv beside the
 * docs folder), once per process; the site build validates it against the slugs. */
const statusTables = new Map<string, ReturnType<typeof loadStatusTable>>();
function statusOf(docsDir: string, slug: string) {
  let table = statusTables.get(docsDir);
  if (!table) statusTables.set(docsDir, (table = loadStatusTable(process.env.WENYUAN_STATUS ?? join(dirname(docsDir), 'status.tsv'))));
  return table.get(slug);
}

/** The corpus's cross-references (part of each store key), once per process. */
function xrefOf(docsDir: string) {
  return corpusXref(listMarkdown(docsDir).map((f) => parseDocFile(f, readFileSync(f, 'utf8'))), docsDir);
}

export async function loadDoc(file: string, docsDir: string, variant: Variant, manifest: Manifest | null, dir = storeDir()): Promise<SourceDoc> {
  const source = readFileSync(file, 'utf8');
  const parsed = parseDocFile(file, source);
  const entry = { ...parsed, data: applyStatus(parsed.data, statusOf(docsDir, parsed.id)) };
  const hit = manifest ? readPrerendered(docsDir, entry.id, keySource(source, xrefOf(docsDir), entry.id), variant, { manifest, dir }) : null;
  if (hit) return { slug: entry.id, data: entry.data, sections: { hans: hit.read.hans.sections, hant: hit.read.hant.sections }, from: 'store' };
  const body = splitFrontmatter(source).body;
  return {
    slug: entry.id,
    data: entry.data,
    sections: {
      hans: await renderSections(body, entry.data, 'hans', variant, file),
      hant: await renderSections(body, entry.data, 'hant', variant, file),
    },
    from: 'rendered',
  };
}
