// Build-time guarantees: a document with bad frontmatter fails the build, naming the file.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('bad frontmatter fails the build with the file name', () => {
  test.setTimeout(180_000);
  const corpus = '.cache/bad-corpus';
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  cpSync('tests/fixtures/site/docs/2021-hb.md', `${corpus}/2021-hb.md`);
  const good = readFileSync('tests/fixtures/site/docs/2020-05-20-tw-bg.md', 'utf8');
  writeFileSync(`${corpus}/broken-date.md`, good.replace(/^date: .*$/m, 'date: 20th May'));
  const run = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WENYUAN_CORPUS: corpus, WENYUAN_OUT_DIR: '.cache/dist-bad', WENYUAN_CACHE_DIR: '.cache/astro-bad' },
    encoding: 'utf8',
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain('broken-date.md');
  expect(output).toMatch(/date must be ISO yyyy-mm-dd/);
});
