// The pre-rendered store: what is written is read back; anything stale or foreign reads as null.
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { entryKey, rendererHash } from '../../../src/lib/render/cache-key.ts';
import type { PrerenderedDoc } from '../../../src/lib/render/prerendered.ts';
import { makePlan } from '../../../scripts/render/plan.ts';
import { corpusId, entryComplete, entryPath, readEntry, readManifest, readPrerendered, sha256, storeDir, writeEntry, writeManifest } from '../../../src/lib/render/store.ts';

const tmp = () => scratchDir('wy-store-');

const source = '---\ntitle: 甲\n---\n\n正文\n';
// The key the pre-render step would give this source under the current renderer.
const key = entryKey(source, 'tw', rendererHash());
const doc = (over: Partial<PrerenderedDoc> = {}): PrerenderedDoc => ({
  version: 1,
  slug: 'a-doc',
  sourceHash: sha256(source),
  read: {
    hans: { html: '<p>正文</p>', headings: [], sections: [{ id: '', depth: 0, path: [], text: '正文' }] },
    hant: { html: '<p>正文</p>', headings: [], sections: [] },
  },
  compare: { html: '<div>正文</div>' },
  ...over,
});

describe('render store', () => {
  it('storeDir honours WENYUAN_RENDER_DIR and defaults under node_modules/.cache', () => {
    expect(storeDir({ WENYUAN_RENDER_DIR: '/x/y' })).toBe('/x/y');
    expect(storeDir({})).toMatch(/node_modules\/\.cache\/wenyuan-render$/);
  });

  it('corpus ids are 12 hex and differ by folder', () => {
    expect(corpusId('content/docs')).toMatch(/^[0-9a-f]{12}$/);
    expect(corpusId('content/docs')).not.toBe(corpusId('bench/work/n1000/content/docs'));
  });

  it('reads back an entry and a manifest', () => {
    const dir = tmp();
    writeEntry(key, doc(), dir);
    writeManifest({ version: 1, corpusDir: '/c', variant: 'tw', docs: { 'a-doc': key } }, dir);
    expect(readEntry(key, dir)).toEqual(doc());
    expect(readManifest('/c', dir)?.docs).toEqual({ 'a-doc': key });
    expect(readPrerendered('/c', 'a-doc', source, 'tw', { dir })).toEqual(doc());
  });

  it('is null when missing, broken, stale, for another variant or another slug', () => {
    const dir = tmp();
    expect(readManifest('/c', dir)).toBeNull();
    expect(readEntry('nope', dir)).toBeNull();
    writeFileSync(entryPath('bad', dir), '{not json');
    expect(readEntry('bad', dir)).toBeNull();
    writeEntry(key, doc(), dir);
    writeManifest({ version: 1, corpusDir: '/c', variant: 'tw', docs: { 'a-doc': key, other: key } }, dir);
    expect(readPrerendered('/c', 'a-doc', `${source}changed`, 'tw', { dir })).toBeNull();
    expect(readPrerendered('/c', 'a-doc', source, 'hk', { dir })).toBeNull();
    expect(readPrerendered('/c', 'other', source, 'tw', { dir })).toBeNull();
    expect(readPrerendered('/c', 'missing', source, 'tw', { dir })).toBeNull();
  });

  it('is null when the entry was made by another renderer (a plugin or dictionary changed since)', () => {
    const dir = tmp();
    const old = entryKey(source, 'tw', 'an older renderer');
    writeEntry(old, doc(), dir);
    writeManifest({ version: 1, corpusDir: '/c', variant: 'tw', docs: { 'a-doc': old } }, dir);
    expect(readPrerendered('/c', 'a-doc', source, 'tw', { dir })).toBeNull();
    expect(readPrerendered('/c', 'a-doc', source, 'tw', { dir, renderer: 'an older renderer' })).toEqual(doc());
  });

  it('an entry cut short anywhere is found incomplete with one byte read', () => {
    const dir = tmp();
    writeEntry(key, doc(), dir);
    expect(entryComplete(key, dir)).toBe(true);
    const size = readFileSync(entryPath(key, dir)).length;
    for (const at of [0, 1, Math.floor(size / 2), size - 2, size - 1]) {
      writeEntry(key, doc(), dir);
      truncateSync(entryPath(key, dir), at);
      expect(entryComplete(key, dir), `cut at ${at} of ${size}`).toBe(false);
    }
    expect(entryComplete('missing', dir)).toBe(false);
  });

  it('the pre-render plan renders a cut entry again instead of counting it as reused forever', () => {
    const dir = tmp();
    const corpus = 'tests/fixtures/site/docs';
    const first = makePlan(corpus, 'tw', dir);
    expect(first.todo.length).toBe(first.all.length);
    for (const t of first.all) writeEntry(t.key, doc({ slug: t.slug }), dir);
    expect(makePlan(corpus, 'tw', dir).todo).toEqual([]);
    const victim = first.all[1]!;
    truncateSync(entryPath(victim.key, dir), 40);
    const again = makePlan(corpus, 'tw', dir);
    expect(again.todo.map((t) => t.slug)).toEqual([victim.slug]);
    expect(again.reused).toBe(first.all.length - 1);
  });
});
