// The search quality threshold as a test: npm run eval:search --check over the built site
// (recall ≥ 0.95 and precision ≥ 0.90 in both scripts, cross-script included). The eval drives
// the real index in Chromium; it runs as a child process because its ground truth uses the
// site's converter, which Playwright's module loader cannot import.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { DIST } from './search-helpers.ts';

test('search recall and precision meet the targets in both scripts', () => {
  test.setTimeout(240_000);
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/search/eval.ts', '--dist', DIST, '--check'], { encoding: 'utf8', timeout: 230_000 });
  console.log(r.stdout);
  expect(r.stderr).not.toContain('below target');
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/\| zh-Hant \| 简体 queries \(cross-script\)/);
});
