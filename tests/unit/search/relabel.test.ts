// The index is written by Pagefind under the neutral code and relabelled with the real one.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neutralLanguage, neutralLeftovers, relabel } from '../../../scripts/search/run-pagefind.ts';

function bundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wy-relabel-'));
  const hash = `${neutralLanguage}_3ff5b1198c22c3e`;
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { [neutralLanguage]: { hash, wasm: null, page_count: 3 } }, include_characters: ['_'] }));
  writeFileSync(join(dir, `pagefind.${hash}.pf_meta`), 'meta');
  return dir;
}

describe('relabel', () => {
  it('names the language zh-hans in the entry (key and meta hash) and in the meta file name', () => {
    const dir = bundle();
    relabel(dir, 'zh-Hans');
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-hans']);
    expect(entry.languages['zh-hans']).toEqual({ hash: 'zh-hans_3ff5b1198c22c3e', wasm: null, page_count: 3 });
    expect(entry.include_characters).toEqual(['_']);
    expect(readdirSync(dir)).toContain('pagefind.zh-hans_3ff5b1198c22c3e.pf_meta');
    expect(readFileSync(join(dir, 'pagefind.zh-hans_3ff5b1198c22c3e.pf_meta'), 'utf8')).toBe('meta');
    expect(neutralLeftovers(dir)).toEqual([]);
  });

  it('does nothing the second time', () => {
    const dir = bundle();
    relabel(dir, 'zh-Hant');
    relabel(dir, 'zh-Hant');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).languages)).toEqual(['zh-hant']);
  });
});
