// The documents to index, with their section texts in both scripts: their views as the pages get
// them (src/lib/render/document-views.ts: the pre-rendered store, else rendered here), never
// parsed back out of the built HTML pages.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyStatus, loadStatusTable } from '../../src/lib/status/apply.ts';
import { envValue } from '../../src/lib/config/env-vars.ts';
import { listMarkdown, parseDocFile } from '../../src/lib/corpus/load.ts';
import { corpusXref } from '../../src/lib/xref/load.ts';
import type { DocMeta } from '../../src/schemas/doc.ts';
import { documentViews } from '../../src/lib/render/document-views.ts';
import type { SectionText } from '../../src/lib/render/prerendered.ts';
import { manifestPath, readManifest, storeDir, type Manifest } from '../../src/lib/render/store.ts';
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

/** The corpus's status table (as src/lib/config.ts reads it: WENYUAN_STATUS, else status.tsv
 * beside the docs folder), once per process; the site build validates it against the slugs. */
const statusTables = new Map<string, ReturnType<typeof loadStatusTable>>();
export function statusOf(docsDir: string, slug: string) {
  let table = statusTables.get(docsDir);
  if (!table) statusTables.set(docsDir, (table = loadStatusTable(envValue(process.env, 'WENYUAN_STATUS') ?? join(dirname(docsDir), 'status.tsv'))));
  return table.get(slug);
}

/** The corpus's cross-references (part of each store key), once per process. */
const xrefs = new Map<string, ReturnType<typeof corpusXref>>();
function xrefOf(docsDir: string) {
  let x = xrefs.get(docsDir);
  if (!x) xrefs.set(docsDir, (x = corpusXref(listMarkdown(docsDir).map((f) => parseDocFile(f, readFileSync(f, 'utf8'))), docsDir)));
  return x;
}

/** One document with its sections in both scripts. */
export async function loadDoc(file: string, docsDir: string, variant: Variant, manifest: Manifest | null, dir = storeDir()): Promise<SourceDoc> {
  const source = readFileSync(file, 'utf8');
  const parsed = parseDocFile(file, source);
  const entry = { ...parsed, data: applyStatus(parsed.data, statusOf(docsDir, parsed.id)) };
  const { views, from } = await documentViews(entry, source, { corpusDir: docsDir, variant, xref: xrefOf(docsDir), manifest, storeDir: dir });
  return { slug: entry.id, data: entry.data, sections: { hans: views.read.hans.sections, hant: views.read.hant.sections }, from };
}
