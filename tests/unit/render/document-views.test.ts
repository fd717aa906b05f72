// documentViews, the one "store or render" of pages and search: an up-to-date store entry is
// read as it is; a missing or stale one is rendered in-process, with the same result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { loadCorpus } from '../../../src/lib/docs.ts';
import { entryKey, rendererHash } from '../../../src/lib/render/cache-key.ts';
import { documentViews, type ViewsCorpus } from '../../../src/lib/render/document-views.ts';
import { writeEntry, type Manifest } from '../../../src/lib/render/store.ts';
import { buildCorpusXref } from '../../../src/lib/xref/corpus.ts';
import { renderEntry } from '../../../scripts/render/render-entry.ts';

const dir = scratchDir('wy-views-');

describe('documentViews', () => {
  const corpusDir = 'tests/fixtures/site/docs';
  const doc = loadCorpus(corpusDir).docs.find((d) => d.data.script === 'hans')!;
  const source = readFileSync(doc.filePath, 'utf8');
  const xref = buildCorpusXref([]);
  const key = entryKey(source, 'tw', rendererHash());
  const manifest: Manifest = { version: 1, corpusDir, variant: 'tw', docs: { [doc.id]: key } };
  const corpus = (over: Partial<ViewsCorpus>): ViewsCorpus => ({ corpusDir, variant: 'tw', xref, manifest: null, storeDir: dir, ...over });

  it('renders in-process without a store, reads the store when it is up to date, and both agree', async () => {
    const rendered = await documentViews(doc, source, corpus({}));
    expect(rendered.from).toBe('rendered');
    expect(rendered.views.read.hant.sections.length).toBeGreaterThan(1);
    const entry = await renderEntry(doc.filePath, source, 'tw');
    writeEntry(key, entry, dir);
    const stored = await documentViews(doc, source, corpus({ manifest }));
    expect(stored.from).toBe('store');
    expect(stored.views).toEqual(rendered.views);
  });

  it('renders again when the source changed since the entry was written', async () => {
    const edited = `${source}\n追加一段。\n`;
    const found = await documentViews(doc, edited, corpus({ manifest }));
    expect(found.from).toBe('rendered');
    expect(found.views.read.hans.html).toContain('追加一段。');
  });
});
