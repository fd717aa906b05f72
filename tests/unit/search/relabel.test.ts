// The index is written by Pagefind under the neutral code and relabelled with the real one.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { neutralLanguage, neutralLeftovers, relabel } from '../../../scripts/search/run-pagefind.ts';

function bundle(): string {
  const dir = scratchDir('wy-relabel-');
  const hash = `${neutralLanguage}_3ff5b1198c22c3e`;
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { [neutralLanguage]: { hash, wasm: null, page_count: 3 } }, include_characters: ['_'] }));
  // The meta file lists the other files by name (CBOR text strings, here just the bytes).
  writeFileSync(join(dir, `pagefind.${hash}.pf_meta`), gzipSync(`pagefind_dcd\x6f${neutralLanguage}_11ccdde\x6f${neutralLanguage}_16c0515`));
  for (const [sub, name] of [['fragment', '11ccdde.pf_fragment'], ['index', '16c0515.pf_index'], ['fragment', 'group_07a1627.pf_fragment']]) {
    mkdirSync(join(dir, sub!), { recursive: true });
    writeFileSync(join(dir, sub!, `${neutralLanguage}_${name}`), 'x');
  }
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
    expect(gunzipSync(readFileSync(join(dir, 'pagefind.zh-hans_3ff5b1198c22c3e.pf_meta'))).toString()).toBe('pagefind_dcd\x6fzh-hans_11ccdde\x6fzh-hans_16c0515');
    expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(['zh-hans_11ccdde.pf_fragment', 'zh-hans_group_07a1627.pf_fragment']);
    expect(readdirSync(join(dir, 'index'))).toEqual(['zh-hans_16c0515.pf_index']);
    expect(neutralLeftovers(dir)).toEqual([]);
  });

  it('refuses a code of another length (the meta file is rewritten in place)', () => {
    expect(() => relabel(bundle(), 'zh')).toThrow(/zh-hans/);
  });

  it('does nothing the second time', () => {
    const dir = bundle();
    relabel(dir, 'zh-Hant');
    relabel(dir, 'zh-Hant');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).languages)).toEqual(['zh-hant']);
  });
});
