// A store entry holds exactly what the pages would render in-process, in all three views, and the
// read views carry section texts in their own script.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/docs.ts';
import { splitFrontmatter } from '../../../src/lib/corpus/load.ts';
import { renderMarkdown } from './reference-renderer.ts';
import { entryKey } from '../../../src/lib/render/cache-key.ts';
import { sha256 } from '../../../src/lib/render/store.ts';
import { renderEntry } from '../../../scripts/render/render-entry.ts';

describe('pre-rendered entry', () => {
  const docs = loadCorpus('tests/fixtures/site/docs').docs;
  const doc = docs.find((d) => d.data.script === 'hans')!;
  const source = readFileSync(doc.filePath, 'utf8');
  const input = { body: splitFrontmatter(source).body, data: doc.data, filePath: doc.filePath };

  it('equals the in-process rendering of every view', async () => {
    const entry = await renderEntry(doc.filePath, source, 'tw');
    expect(entry.slug).toBe(doc.id);
    expect(entry.sourceHash).toBe(sha256(source));
    for (const script of ['hans', 'hant'] as const) {
      const direct = await renderMarkdown(input, { kind: 'read', script }, 'tw');
      expect(entry.read[script].html).toBe(direct.html);
      expect(entry.read[script].headings).toEqual(direct.headings);
    }
    expect(entry.compare.html).toBe((await renderMarkdown(input, { kind: 'compare' }, 'tw')).html);
  });

  it('read views carry section texts in their script', async () => {
    const entry = await renderEntry(doc.filePath, source, 'tw');
    const hans = entry.read.hans.sections;
    const hant = entry.read.hant.sections;
    expect(hans.length).toBeGreaterThan(1);
    expect(hant.map((s) => s.id)).toEqual(hans.map((s) => s.id));
    expect(hant.map((s) => s.text).join('')).not.toBe(hans.map((s) => s.text).join(''));
  });

  it('the key changes with the bytes, the variant and the renderer', () => {
    const k = entryKey(source, 'tw', 'r1');
    expect(entryKey(source, 'tw', 'r1')).toBe(k);
    expect(entryKey(`${source} `, 'tw', 'r1')).not.toBe(k);
    expect(entryKey(source, 'hk', 'r1')).not.toBe(k);
    expect(entryKey(source, 'tw', 'r2')).not.toBe(k);
  });
});
