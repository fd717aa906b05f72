// Reliability of `npm run convert` against what operators actually leave in content/: odd file
// names, other files, litter of a killed run, a damaged cache or registry. Each case: published
// correctly, or refused with the file/line and what to do; nothing published before is lost.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConvert } from '../../../scripts/convert/cli-run.ts';
import { CACHE_DIR } from '../../../scripts/convert/cli-cache.ts';

let root: string;
let out: string[];
async function run(...argv: string[]): Promise<number> {
  out = [];
  return runConvert({ argv, root, log: (l) => out.push(l), error: (l) => out.push(l) });
}
const raw = (name: string, text: string | Uint8Array) => writeFileSync(join(root, 'content/raw', name), text);
const docs = () => readdirSync(join(root, 'content/docs')).sort();
const REGISTRY = 'content/slug-registry.tsv';
const A = '关于甲工作的意见\n——2021年5月20日\n一、总体要求\n（一）指导思想。以新思想为指导。\n';
const B = '乙工作要点\n一、重点\n正文。\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'wenyuan-rel-'));
  mkdirSync(join(root, 'content/raw'), { recursive: true });
  raw('a.txt', A);
  raw('b.txt', B);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('raw file names', () => {
  it.each([['a#1.txt', '"#"'], ['tab\there.txt', 'a TAB'], ['line\nbreak.txt', 'a line break']])('%j is refused on the first run with the rename; the next runs and --check still work', async (name, what) => {
    raw(name, B.replace('乙', '丙'));
    expect(await run()).toBe(1);
    const msg = out.join('\n');
    expect(msg).toContain(`holds ${what}`);
    expect(msg).toMatch(/rename it, e\.g\. mv '/);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
    expect(readFileSync(join(root, REGISTRY), 'utf8')).not.toContain(name);
    expect(await run()).toBe(1); // same refusal, nothing worse
    rmSync(join(root, 'content/raw', name));
    expect(await run('--check')).toBe(0);
  });
  it.each([['a\u202etxt.exe.txt', 'U+202E'], ['b\u2028c.txt', 'U+2028'], ['\ufeffd.txt', 'U+FEFF']])('%j (an invisible character) is refused with the rename', async (name, code) => {
    raw(name, B.replace('乙', '丙'));
    expect(await run()).toBe(1);
    expect(out.join('\n')).toContain(`holds the invisible character ${code}, which would make it show reordered`);
    expect(out.join('\n')).toMatch(/rename it, e\.g\. mv '/);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
  });
  it('`--` ends the options: a file named -x.txt converts', async () => {
    raw('-x.txt', B.replace('乙', '丁'));
    expect(await run('--', '-x.txt')).toBe(0);
    expect(await run('-x.txt').catch((e: Error) => e.message)).toMatch(/unknown option -x\.txt.*put -- before/);
  });
});

describe('what is left alone is said once', () => {
  it('folders, links, dotfiles, other extensions and orphan corrections are listed in the summary; only text files convert', async () => {
    mkdirSync(join(root, 'content/raw/old'));
    raw('.DS_Store', 'x');
    raw('a.txt.bak', A);
    raw('scan.pdf', '%PDF-1.4');
    symlinkSync(join(root, 'content/raw/b.txt'), join(root, 'content/raw/link.txt'));
    mkdirSync(join(root, 'content/corrections'));
    writeFileSync(join(root, 'content/corrections/gone.txt.json'), '[]');
    expect(await run()).toBe(0);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']); // a.txt.bak is no second document
    const left = out.join('\n').split('left alone')[1] ?? '';
    for (const s of ['old — folder', '.DS_Store — hidden', 'a.txt.bak — not a text file', 'scan.pdf — not a text file', 'link.txt — symbolic link', 'gone.txt.json — corrections for a raw file that does not exist']) expect(left).toContain(s);
    expect(out.join('\n').match(/left alone/g)).toHaveLength(1);
    expect(await run('a.txt.bak').catch((e: Error) => e.message)).toMatch(/a\.txt\.bak: not converted: not a text file/);
  });
});

describe('an empty corpus', () => {
  it('is said: the run removes the old documents and warns that nothing is published', async () => {
    expect(await run()).toBe(0);
    rmSync(join(root, 'content/raw/a.txt'));
    rmSync(join(root, 'content/raw/b.txt'));
    expect(await run()).toBe(0);
    expect(docs()).toEqual([]);
    expect(out.join('\n')).toMatch(/⚠ content\/raw\/ holds no raw file to convert \(\.txt .*build:site will stop on the empty corpus/);
  });
});

describe('an interrupted run', () => {
  it('temp files it left are named by --check and removed by the next run', async () => {
    await run();
    writeFileSync(join(root, 'content/docs/.999999999-3.tmp'), 'half a doc');
    writeFileSync(join(root, 'content/.999999999-4.tmp'), 'half a registry');
    expect(await run('--check')).toBe(1);
    expect(out.join('\n')).toMatch(/content\/docs\/\.999999999-3\.tmp: temp file left by an interrupted run/);
    expect(await run()).toBe(0);
    expect(existsSync(join(root, 'content/docs/.999999999-3.tmp'))).toBe(false);
    expect(existsSync(join(root, 'content/.999999999-4.tmp'))).toBe(false);
    expect(await run('--check')).toBe(0);
  });
  it('a temp file whose process id now belongs to a newer process is litter; one of a live run is not', async () => {
    await run();
    const child = spawn('sleep', ['30']);
    try {
      await new Promise((done) => child.once('spawn', done));
      const reused = join(root, `content/docs/.${child.pid}-1.tmp`);
      writeFileSync(reused, 'half a doc');
      utimesSync(reused, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000)); // written before that process started
      const live = join(root, `content/report/.${child.pid}-2.tmp`);
      writeFileSync(live, 'being written');
      expect(await run()).toBe(0);
      if (process.platform === 'linux') expect(existsSync(reused)).toBe(false);
      expect(existsSync(live)).toBe(true);
    } finally {
      child.kill();
    }
  });
});

describe('litter of a killed run whose process is a zombie', () => {
  it.runIf(process.platform === 'linux')('is removed: a zombie answers signal 0 but never writes again', async () => {
    await run();
    // sh starts a child that exits at once, then becomes `sleep`, which never reaps it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30']);
    try {
      const pid = Number(await new Promise<string>((done) => parent.stdout.once('data', (d) => done(String(d)))));
      // On a loaded machine the child may take a while to exit: wait up to 10 s, and say so if it never did.
      const zombie = () => /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      for (let i = 0; i < 500 && !zombie(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(zombie(), `process ${pid} never became a zombie`).toBe(true);
      const tmp = join(root, `content/docs/.${pid}-1.tmp`);
      writeFileSync(tmp, 'half a doc');
      expect(await run()).toBe(0);
      expect(existsSync(tmp)).toBe(false);
    } finally {
      parent.kill();
    }
  });
});

describe('a damaged cache', () => {
  it('an entry with the right key but broken content is a miss, not a crash', async () => {
    await run();
    const entry = join(root, CACHE_DIR, 'a.txt.json');
    const text = readFileSync(entry, 'utf8');
    const lines = text.split('\n');
    writeFileSync(entry, `${lines[0]}\n${lines[1]}\n${lines.slice(2).join('\n').replace('"models":[', '"models":[null,')}`);
    // Without the last run's memo (scripts/convert/cli-memo.ts), which would stand in for the
    // unchanged file without reading its cache entry.
    const memo = join(root, CACHE_DIR, 'last-run.json');
    rmSync(memo);
    expect(await run()).toBe(0);
    expect(out.find((l) => l.includes('a.txt'))).not.toContain('cached');
    writeFileSync(entry, text.slice(0, text.length / 2)); // torn
    rmSync(memo);
    expect(await run()).toBe(0);
  });
  it('--check never reads the cache: a poisoned entry (valid checksum) cannot make it pass', async () => {
    await run();
    // Poison: the cache says b.txt is something else, consistently.
    const entry = join(root, CACHE_DIR, 'b.txt.json');
    const [key] = readFileSync(entry, 'utf8').split('\n');
    const aEntry = readFileSync(join(root, CACHE_DIR, 'a.txt.json'), 'utf8').split('\n');
    writeFileSync(entry, [key, ...aEntry.slice(1)].join('\n'));
    const doc = join(root, 'content/docs/ygzyd.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('正文', '改过'));
    expect(await run('--check')).toBe(1);
    expect(out.join('\n')).toMatch(/ygzyd\.md: differs/);
  });
});

describe('a damaged slug registry stops the run with the line; no URL moves', () => {
  const damage = async (edit: (bytes: Buffer) => Buffer, pattern: RegExp) => {
    await run();
    const before = docs();
    const path = join(root, REGISTRY);
    writeFileSync(path, edit(readFileSync(path)));
    await expect(run()).rejects.toThrow(pattern);
    expect(docs()).toEqual(before);
  };
  it('an impossible date', () => damage((b) => Buffer.from(b.toString('utf8').replace('\t2021-05-20\t', '\t2021-13-45\t')), /slug-registry\.tsv:\d+: date: date is not a real calendar date/));
  it('a line cut mid-character, at its byte', async () => {
    await run();
    const s = readFileSync(join(root, REGISTRY), 'utf8');
    // the bytes up to 乙's first one decode; the next one breaks it (a decoder reused across the search once said an earlier byte)
    const at = Buffer.byteLength(s.slice(0, s.indexOf('乙工作要点'))) + 1; // inside 乙's 3 bytes
    await damage((b) => Buffer.concat([b.subarray(0, at), b.subarray(at + 2)]), new RegExp(`slug-registry\\.tsv:5: not valid UTF-8 at byte offset ${at} `));
  });
  it('a BOM is named', () => damage((b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]), /slug-registry\.tsv:1: starts with a UTF-8 byte-order mark/));
});

describe('very large inputs', () => {
  it('a raw file over the limit is refused with the size, the limit and what to do; the others convert', async () => {
    raw('huge.txt', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(await run()).toBe(1);
    expect(out.join('\n')).toMatch(/huge\.txt: 21\.0 MB is over the limit of 20 MB per raw file.*split it into parts/);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
  });
  it('one document over the per-document limit is refused with its line, size and what to do; its previous pages stay, the others convert', async () => {
    const line = '（一）各地区各部门要认真贯彻落实，加强组织领导，强化督促检查，确保各项任务落到实处。\n';
    expect(await run()).toBe(0);
    raw('b.txt', B + line.repeat(Math.ceil(1_000_001 / line.length)));
    expect(await run()).toBe(1);
    expect(out.join('\n')).toMatch(/b\.txt:1: document 1 \(“乙工作要点”, lines 1–\d+\) is 1,0\d\d,\d{3} characters, over the limit of 1,000,000 per document.*split the raw file into parts/);
    expect(docs()).toEqual(['2021-05-20-gyjgzdyj.md', 'ygzyd.md']);
    expect(readFileSync(join(root, 'content/docs/ygzyd.md'), 'utf8')).not.toContain('（一）各地区');
  });
});
