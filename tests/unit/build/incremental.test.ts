// An incremental site build after adding, changing and deleting documents gives exactly the site
// a cold build of the same inputs gives, file by file; and a failed build leaves the
// previous site untouched. Builds the small fixture corpus three times (~30 s).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesIn } from '../../../scripts/build/reuse-files.ts';

const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'wenyuan-incremental-'));
const docs = join(work, 'docs');

function build(out: string, ...args: string[]): string {
  const env = {
    ...process.env,
    WENYUAN_CORPUS: docs,
    WENYUAN_REPORTS: join(root, 'tests/fixtures/site/report'),
    WENYUAN_OUT_DIR: out,
    WENYUAN_RENDER_DIR: join(work, 'store'),
    WENYUAN_CACHE_DIR: join(work, 'astro-cache'),
    // Two documents per list page, so that one more document moves others to another page.
    WENYUAN_PAGE_SIZE: '2',
    WENYUAN_SEARCH_SHARD_SIZE: '2',
  };
  const r = spawnSync('npx', ['tsx', 'scripts/build-site.ts', '--quiet', ...args], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Every file of a site with its bytes, for comparison. */
function site(dir: string): Map<string, Buffer> {
  return new Map(filesIn(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

const edit = (name: string, from: string, to: string) => {
  const path = join(docs, name);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${name} no longer contains ${from}: update this test`);
  writeFileSync(path, text.replace(from, to));
};

describe('incremental site build', () => {
  let first = '', second = '', cold = '';
  beforeAll(() => {
    cpSync(join(root, 'tests/fixtures/site/docs'), docs, { recursive: true });
    // A bystander in groups of its own: none of the changes below touches its pages.
    writeFileSync(join(docs, '2018-01-05-bystander.md'), readFileSync(join(docs, '2019-11-22-zjjd.md'), 'utf8')
      .replace(/^title: .*$/m, 'title: 关于做好冬季安全生产工作的通知').replace(/^slug: .*$/m, 'slug: 2018-01-05-bystander')
      .replace(/^issuer: .*$/m, 'issuer: 某县人民政府').replace(/^date: .*$/m, 'date: 2018-01-05').replace(/^type: .*$/m, 'type: 通知')
      .replace(/^source: .*$/m, 'source: {file: fixture-x.txt, startLine: 1, endLine: 40, startOffset: 0, endOffset: 2400}'));
    // Another one, which only the added document cites.
    writeFileSync(join(docs, '2017-06-01-cited.md'), readFileSync(join(docs, '2019-11-22-zjjd.md'), 'utf8')
      .replace(/^title: .*$/m, 'title: 关于规范档案工作的规定').replace(/^slug: .*$/m, 'slug: 2017-06-01-cited')
      .replace(/^issuer: .*$/m, 'issuer: 某区人民政府').replace(/^date: .*$/m, 'date: 2017-06-01').replace(/^type: .*$/m, 'type: 规定')
      .replace(/^source: .*$/m, 'source: {file: fixture-y.txt, startLine: 1, endLine: 40, startOffset: 0, endOffset: 2400}'));
    first = build(join(work, 'a/dist'));
    // One document added (into the compilation: the last article's page gets a "next article"; and
    // into the issuer's group), one changed in its text, one deleted.
    const added = readFileSync(join(docs, '2021-hb-01.md'), 'utf8')
      .replace('slug: 2021-hb-01', 'slug: 2021-hb-03').replace('关于加强基层治理的意见', '关于推进共同富裕的意见')
      .replace('date: 2021-03-15', 'date: 2021-04-20').replace('order: 1', 'order: 3')
      // A cross-reference (src/lib/xref/): the cited document's page lists the new one under 被引用.
      .replace(/\n*$/, '\n\n按照《关于规范档案工作的规定》的要求推进。\n');
    writeFileSync(join(docs, '2021-hb-03.md'), added);
    edit('2019-11-22-zjjd.md', '干部群众要认真学习。', '干部群众要认真学习，抓好落实。');
    rmSync(join(docs, '2020-05-20-tw-bg.md'));
    // A status-table row (src/lib/status/): the repealed document and the one replacing it both show it.
    writeFileSync(join(work, 'status.tsv'), 'slug\tstatus\teffective\trepealed\treplacedBy\treplaces\tsource\n2019-11-22-zjjd\t已废止\t\t2021-03-15\t2021-hb-01\t\t测试\n');
    second = build(join(work, 'a/dist'));
    cold = build(join(work, 'b/dist'), '--clean');
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reuses what did not change', () => {
    expect(first).toMatch(/cold; pages: rebuilt \d+, reused 0/);
    const m = /incremental; pages: rebuilt (\d+), reused (\d+)/.exec(second);
    expect(m, second).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThanOrEqual(3); // the bystander's three pages at least
    expect(second).toMatch(/search shards: rebuilt \d+ of \d+/);
    // Stable list pages (src/lib/paging.ts): the oldest page of "newest first" keeps its documents
    // when newer ones are added and removed, and is reused.
    const browse = JSON.parse(readFileSync(join(work, 'a/.dist.record/browse.json'), 'utf8')) as { reused: string[] };
    expect(browse.reused).toContain('zh-hans/browse/newest/1/index.html');
    expect(browse.reused).toContain('zh-hant/browse/newest/1/index.html');
    expect(cold).toMatch(/cold; pages/);
  });

  it('gives the same site as a cold build, file by file', () => {
    const inc = site(join(work, 'a/dist'));
    const ref = site(join(work, 'b/dist'));
    expect([...inc.keys()]).toEqual([...ref.keys()]);
    const differ = [...ref].filter(([f, bytes]) => !bytes.equals(inc.get(f)!)).map(([f]) => f);
    expect(differ).toEqual([]);
    expect(inc.has('zh-hans/2020-05-20-tw-bg/index.html')).toBe(false);
    expect(inc.get('zh-hans/2021-hb-02/index.html')!.toString()).toContain('关于推进共同富裕的意见');
    expect(inc.get('zh-hans/2019-11-22-zjjd/index.html')!.toString()).toContain('已废止');
    expect(inc.get('zh-hans/2017-06-01-cited/index.html')!.toString()).toContain('关于推进共同富裕的意见');
  });

  it('leaves the previous site untouched when a build fails', () => {
    const before = site(join(work, 'a/dist'));
    writeFileSync(join(docs, 'broken.md'), '---\ntitle: [unclosed\n---\n');
    expect(() => build(join(work, 'a/dist'))).toThrow(/build failed/);
    rmSync(join(docs, 'broken.md'));
    const after = site(join(work, 'a/dist'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(existsSync(join(work, 'a/.dist.staging'))).toBe(false);
  });
});
