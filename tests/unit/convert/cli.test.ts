import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConvert } from '../../../scripts/convert/cli-run.ts';

// The CLI against a scratch project folder: content/raw in, content/docs and content/report out.

let root: string;
let out: string[];

async function run(...argv: string[]): Promise<number> {
  out = [];
  return runConvert({ argv, root, log: (l) => out.push(l), error: (l) => out.push(l) });
}
const raw = (name: string, text: string | Uint8Array) => writeFileSync(join(root, 'content/raw', name), text);
const docs = () => readdirSync(join(root, 'content/docs')).sort();
const REGISTRY = 'content/slug-registry.tsv';
const registry = () => readFileSync(join(root, REGISTRY), 'utf8');

const A = '关于甲工作的意见\n——2021年5月20日\n一、总体要求\n（一）指导思想。以新思想为指导。\n某某省人民政府\n2021年5月20日\n';
const B = '乙工作要点\n一、重点\n正文。\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'wenyuan-cli-'));
  mkdirSync(join(root, 'content/raw'), { recursive: true });
  raw('a.txt', A);
  raw('b.txt', B);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run convert', () => {
  it('converts every raw file, prints progress and a summary, writes docs and reports', async () => {
    expect(await run()).toBe(0);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
    expect(readdirSync(join(root, 'content/report')).sort()).toEqual(['a.txt.json', 'a.txt.md', 'b.txt.json', 'b.txt.md']);
    expect(out.filter((l) => l.startsWith('✓'))).toHaveLength(2);
    const summary = out.join('\n');
    for (const row of ['documents', 'sections by level', 'removals by kind', 'warnings', 'time']) expect(summary).toContain(row);
    const report = JSON.parse(readFileSync(join(root, 'content/report/a.txt.json'), 'utf8'));
    expect(report).toMatchObject({ file: 'a.txt', encoding: 'utf-8', conservation: 'ok', documents: [{ slug: '2021-05-20-gyjgzdyj', sections: 2 }] });
  });

  it('prints each file\'s progress line as soon as it is converted, not at the end; none with --quiet', async () => {
    raw('z.txt', ''); // fails, after a and b
    expect(await run()).toBe(1);
    const order = out.map((l) => (l.startsWith('✓ a.txt') ? 'a' : l.startsWith('✓ b.txt') ? 'b' : l.includes('z.txt') ? 'z' : l.startsWith('wrote') ? 'w' : '')).filter(Boolean);
    expect(order).toEqual(['a', 'b', 'z', 'w']);
    expect(out.find((l) => l.startsWith('✓ a.txt'))).toMatch(/utf-8\s+1 docs\s+2 sections\s+0 removals\s+0 warnings\s+\d+ ms/);
    await run('--quiet');
    expect(out.filter((l) => l.startsWith('✓'))).toEqual([]);
  });

  it('reuses unchanged files from the cache and reconverts a changed one', async () => {
    await run();
    await run();
    expect(out.filter((l) => l.includes('cached') && l.startsWith('✓'))).toHaveLength(2);
    raw('b.txt', B + '二、保障\n');
    await run();
    expect(out.find((l) => l.includes('a.txt'))).toContain('cached');
    expect(out.find((l) => l.includes('b.txt'))).not.toContain('cached');
  });

  it('--check passes on fresh output and fails on edited, missing or stale files', async () => {
    await run();
    expect(await run('--check')).toBe(0);
    const doc = join(root, 'content/docs/ygzyd.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('正文', '改过'));
    expect(await run('--check')).toBe(1);
    expect(out.join('\n')).toMatch(/content\/docs\/ygzyd\.md: differs/);
    await run();
    writeFileSync(join(root, 'content/docs/old.md'), 'x');
    expect(await run('--check')).toBe(1);
    expect(out.join('\n')).toMatch(/old\.md: stale/);
    expect(await run()).toBe(0);
    expect(existsSync(join(root, 'content/docs/old.md'))).toBe(false);
  });

  it('converts a single file and removes only its stale documents', async () => {
    await run();
    raw('a.txt', A.replace('关于甲工作的意见', '丙事项通知'));
    expect(await run('a.txt')).toBe(0);
    expect(docs()).toEqual(['2021-05-20-bsxtz.md', 'ygzyd.md']);
    // The old document's slug stays reserved in the registry, with a warning in the file's report.
    expect(registry()).toContain('2021-05-20-gyjgzdyj\ta.txt#1');
    expect(JSON.parse(readFileSync(join(root, 'content/report/a.txt.json'), 'utf8')).warnings[0].reason).toMatch(/"2021-05-20-gyjgzdyj".*stays reserved/);
  });

  it('keeps a published slug when the title is lightly edited', async () => {
    await run();
    raw('a.txt', A.replace('甲', '丙'));
    expect(await run()).toBe(0);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
    expect(readFileSync(join(root, 'content/docs/2021-05-20-gyjgzdyj.md'), 'utf8')).toContain('title: "关于丙工作的意见"');
    expect(registry()).toContain('2021-05-20-gyjgzdyj\ta.txt#1\t2021-05-20\t关于丙工作的意见\n');
  });

  it('reports a bad raw file by name, keeps going and leaves no partial files', async () => {
    raw('c.txt', new Uint8Array([0x00, 0x01, 0x02, 0xff]));
    raw('d.txt', '');
    expect(await run()).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/c\.txt.*binary/);
    expect(text).toMatch(/d\.txt.*empty/);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
    expect(readdirSync(join(root, 'content/docs')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('refuses a file with no document text (front matter only, comments only), naming it and what to do; the others convert', async () => {
    raw('_index.md', '---\ntitle: "行政法规"\nweight: 3\n---\n');
    raw('note.md', '<!-- INFO END -->\n\n  \n');
    expect(await run()).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/_index\.md:1: no text: the file holds only Markdown front matter \(title: 行政法规\).*remove it from content\/raw\/, or put the document’s text in it/);
    expect(text).toMatch(/note\.md:1: no text: nothing is left after cleaning \(removed: markup 1.*remove it from content\/raw\//);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
    expect(existsSync(join(root, 'content/report/_index.md.json'))).toBe(false);
  });

  it('numbers a slug used by two raw files, warns in the report naming both, and keeps the other slugs', async () => {
    raw('c.txt', B);
    expect(await run()).toBe(0);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd-2.md', 'ygzyd.md']);
    expect(readFileSync(join(root, 'content/docs/ygzyd-2.md'), 'utf8')).toContain('slug: "ygzyd-2"');
    const report = JSON.parse(readFileSync(join(root, 'content/report/c.txt.json'), 'utf8'));
    expect(report.documents[0].slug).toBe('ygzyd-2');
    const warning = report.warnings.find((w: { reason: string }) => w.reason.includes('ygzyd'));
    expect(warning.reason).toMatch(/slug "ygzyd" of document 1 is taken by b\.txt document 1.*has "ygzyd-2".*"c\.txt#1"/);
    expect(readFileSync(join(root, 'content/report/c.txt.md'), 'utf8')).toContain('ygzyd-2');
    // (b.txt has neither date nor issuer: only those two warnings, no slug warning)
    const metadataWarning = (w: { kind?: string }) => w.kind === 'no-date' || w.kind === 'no-issuer';
    expect(JSON.parse(readFileSync(join(root, 'content/report/b.txt.json'), 'utf8')).warnings.filter((w: { kind?: string }) => !metadataWarning(w))).toEqual([]);
    // Renaming on purpose: edit the slug on the document's registry line.
    writeFileSync(join(root, REGISTRY), registry().replace('ygzyd-2\tc.txt#1', 'yi-copy\tc.txt#1'));
    expect(await run()).toBe(0);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md', 'yi-copy.md']);
    expect(await run('--check')).toBe(0);
  });

  it('content/slugs.json chooses the slug of a document not yet registered', async () => {
    raw('c.txt', B);
    writeFileSync(join(root, 'content/slugs.json'), JSON.stringify({ 'c.txt#1': 'yi-copy' }));
    expect(await run()).toBe(0);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md', 'yi-copy.md']);
  });

  it('keeps published slugs when a new raw file that sorts first wants the same slug', async () => {
    raw('c.txt', B);
    await run();
    const before = { b: readFileSync(join(root, 'content/docs/ygzyd.md'), 'utf8'), c: readFileSync(join(root, 'content/docs/ygzyd-2.md'), 'utf8') };
    raw('0.txt', B + '二、补充\n'); // sorts first, same title: it is new, so it gets the next free number
    expect(await run()).toBe(0);
    const slugOf = (f: string) => JSON.parse(readFileSync(join(root, `content/report/${f}.json`), 'utf8')).documents[0].slug;
    expect(['0.txt', 'b.txt', 'c.txt'].map(slugOf)).toEqual(['ygzyd-3', 'ygzyd', 'ygzyd-2']);
    expect(readFileSync(join(root, 'content/docs/ygzyd.md'), 'utf8')).toBe(before.b);
    expect(readFileSync(join(root, 'content/docs/ygzyd-2.md'), 'utf8')).toBe(before.c);
    expect(out.find((l) => l.includes('b.txt'))).toContain('cached');
    expect(out.join('\n')).toMatch(/slug registry: 1 new, 0 updated/);
    expect(out).toContain('⚠ 0.txt#1: slug "ygzyd" is taken, registered as "ygzyd-3" (see the file\'s report; edit content/slug-registry.tsv to choose another)');
    // on a fresh clone (committed registry, no cache, no outputs) the same
    rmSync(join(root, 'node_modules'), { recursive: true });
    rmSync(join(root, 'content/docs'), { recursive: true });
    expect(await run()).toBe(0);
    expect(['0.txt', 'b.txt', 'c.txt'].map(slugOf)).toEqual(['ygzyd-3', 'ygzyd', 'ygzyd-2']);
  });

  it('--check fails when the registry is out of date; a broken registry is an error naming the line', async () => {
    await run();
    expect(await run('--check')).toBe(0);
    const text = registry();
    writeFileSync(join(root, REGISTRY), text.replace(/^ygzyd\t.*\n/m, ''));
    expect(await run('--check')).toBe(1);
    expect(out.join('\n')).toMatch(/content\/slug-registry\.tsv: out of date \(1 document\(s\) not registered/);
    rmSync(join(root, REGISTRY));
    expect(await run('--check')).toBe(1);
    expect(out.join('\n')).toMatch(/slug-registry\.tsv: missing/);
    writeFileSync(join(root, REGISTRY), text + 'ygzyd\tz.txt#1\t-\t重复\n');
    await expect(run()).rejects.toThrow(/content\/slug-registry\.tsv:6: slug "ygzyd" is registered twice \(lines 5 and 6\)/);
  });

  it('gives byte-identical docs and reports from a cold run and from the cache, whatever is cached', async () => {
    raw('c.txt', B);
    raw('d.txt', B.replace('正文', '另文'));
    const snapshot = () =>
      ['content/docs', 'content/report'].flatMap((d) => readdirSync(join(root, d)).sort().map((f) => `${d}/${f}\n${readFileSync(join(root, d, f), 'utf8')}`)).join('\n');
    await run();
    raw('c.txt', B + '二、保障\n'); // c is converted again, b and d come from the cache
    await run();
    expect(out.filter((l) => l.startsWith('✓') && l.includes('cached'))).toHaveLength(3);
    const cached = snapshot();
    expect(await run('c.txt')).toBe(0); // only c listed: the others still take part
    expect(snapshot()).toBe(cached);
    rmSync(join(root, 'content/docs'), { recursive: true });
    rmSync(join(root, 'content/report'), { recursive: true });
    await run('--no-cache');
    expect(snapshot()).toBe(cached);
    expect(cached).toContain('ygzyd-3.md');
    // without a registry (a first run) the same slugs are given, and the same registry written
    const written = registry();
    rmSync(join(root, REGISTRY));
    await run('--no-cache');
    expect(snapshot()).toBe(cached);
    expect(registry()).toBe(written);
  });

  it('an unchanged file is neither loaded nor emitted again (the last run\'s memo), and an edited output is restored', async () => {
    await run();
    const cacheDir = join(root, 'node_modules/.cache/wenyuan-convert');
    const doc = join(root, 'content/docs/ygzyd.md');
    const before = readFileSync(doc, 'utf8');
    // Without the cache entries the memo alone stands for the unchanged files.
    for (const f of readdirSync(cacheDir).filter((f) => f !== 'last-run.json')) rmSync(join(cacheDir, f));
    expect(await run()).toBe(0);
    expect(out.filter((l) => l.startsWith('✓') && l.includes('cached'))).toHaveLength(2);
    expect(out.join('\n')).toMatch(/documents\s+2\n/);
    expect(readdirSync(cacheDir)).toEqual(['last-run.json']);
    // An output edited by hand (same size even) is found by its hash and written again.
    writeFileSync(doc, before.replace('正文', '改文'));
    expect(await run()).toBe(0);
    expect(readFileSync(doc, 'utf8')).toBe(before);
    expect(await run('--check')).toBe(0);
  });

  it('rejects unknown options and raw files', async () => {
    await expect(run('--frobnicate')).rejects.toThrow(/unknown option/);
    await expect(run('nope.txt')).rejects.toThrow(/no such raw file/);
  });

  it('is deterministic', async () => {
    await run('--no-cache');
    const first = readFileSync(join(root, 'content/docs/ygzyd.md'), 'utf8');
    rmSync(join(root, 'content/docs'), { recursive: true });
    await run('--no-cache');
    expect(readFileSync(join(root, 'content/docs/ygzyd.md'), 'utf8')).toBe(first);
  });
});
