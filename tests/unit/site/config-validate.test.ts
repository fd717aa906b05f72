// The site config refuses, before anything is built, every value Astro or the build would
// misuse, naming the variable; an empty corpus is an error, never a substitute site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { loadConfig, outDirProblem } from '../../../src/lib/config.ts';

const corpus = { WENYUAN_CORPUS: 'tests/fixtures/site/docs' };
const empty = scratchDir('wenyuan-empty-');

describe('site config validation', () => {
  it('an empty corpus stops the build with what to do (no fallback to test fixtures)', () => {
    expect(() => loadConfig({ WENYUAN_CORPUS: empty })).toThrow(/holds no Markdown documents.*npm run convert/);
  });
  it('the default corpus is content/docs, its reports beside it', () => {
    const c = loadConfig({});
    expect([c.corpusDir, c.reportDir]).toEqual(['content/docs', 'content/report']);
    expect(loadConfig(corpus).reportDir).toBe('tests/fixtures/site/report');
  });
  it.each(['../', '/a/../b/', '/./', '..'])('WENYUAN_BASE=%s is refused, naming the variable', (base) => {
    expect(() => loadConfig({ ...corpus, WENYUAN_BASE: base })).toThrow(/base \(WENYUAN_BASE\)/);
  });
  it('a normal base passes', () => {
    expect(loadConfig({ ...corpus, WENYUAN_BASE: '/intranet/policy.v2/' }).base).toBe('/intranet/policy.v2/');
  });
  it.each(['foo:bar', 'javascript:alert(1)', 'mailto:a@b.org', 'https://x.org/?q=1', 'example.org', 'https://user:pw@x.org', 'https://x.org/a b/', 'https://例子.中国'])('WENYUAN_SITE=%s is refused, naming the variable', (site) => {
    expect(() => loadConfig({ ...corpus, WENYUAN_SITE: site })).toThrow(/site \(WENYUAN_SITE\).*http/);
  });
  it('an http(s) site passes; an empty one is unset', () => {
    expect(loadConfig({ ...corpus, WENYUAN_SITE: 'https://policy.example.org/x/' }).site).toBe('https://policy.example.org/x/');
    expect(loadConfig({ ...corpus, WENYUAN_SITE: '' }).site).toBeUndefined();
  });
  it.each(['.', '..', 'src', 'content/docs', 'scripts/x', 'bench/results'])('WENYUAN_OUT_DIR=%s is refused (the build empties it)', (out) => {
    expect(() => loadConfig({ ...corpus, WENYUAN_OUT_DIR: out })).toThrow(/WENYUAN_OUT_DIR/);
  });
  it('ordinary output folders pass', () => {
    for (const out of ['dist', '.cache/dist-base', 'node_modules/.cache/x', 'bench/work/n1000/dist', '/tmp/site']) expect(outDirProblem(out)).toBeNull();
  });
  it('an existing folder that is not a site (a home folder, /etc) is refused; empty or built ones pass', () => {
    const dir = scratchDir('wenyuan-out-');
    expect(outDirProblem(dir)).toBeNull(); // empty
    writeFileSync(join(dir, 'notes.txt'), '');
    mkdirSync(join(dir, 'photos'));
    expect(outDirProblem(dir)).toMatch(/already holds 2 file\(s\) or folder\(s\) \(notes\.txt, photos\) and nothing of a built site/);
    expect(() => loadConfig({ ...corpus, WENYUAN_OUT_DIR: dir })).toThrow(/outDir \(WENYUAN_OUT_DIR\): .* Empty it\. Choose a folder of its own/);
    writeFileSync(join(dir, 'index.html'), '');
    expect(outDirProblem(dir)).toBeNull(); // a site, maybe with the reader's own extra files
    expect(outDirProblem(join(dir, 'notes.txt'))).toMatch(/is a file, not a folder/);
    expect(outDirProblem('/etc')).toMatch(/nothing of a built site/);
  });
  it('an empty title is refused', () => {
    expect(() => loadConfig({ ...corpus, WENYUAN_TITLE: ' ' })).toThrow(/WENYUAN_TITLE/);
  });
});
