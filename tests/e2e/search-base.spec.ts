// Search in a site built under a non-root base path (fixture corpus, into .cache/): the index
// and UI load from inside the base, results link inside it, nothing is requested outside it.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';
import { searchFor, slugs } from './search-helpers.ts';

const BASE = '/intranet/policy/';
const OUT = '.cache/dist-search-base';
let server: RunningServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  execFileSync('node_modules/.bin/astro', ['build', '--silent'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WENYUAN_BASE: BASE, WENYUAN_CORPUS: 'tests/fixtures/site/docs', WENYUAN_OUT_DIR: OUT, WENYUAN_CACHE_DIR: '.cache/astro-search-base' },
    stdio: 'inherit',
  });
  execFileSync('node_modules/.bin/tsx', ['scripts/search/build-index.ts', '--dist', OUT, '--docs', 'tests/fixtures/site/docs', '--quiet'], { stdio: 'inherit' });
  server = await startServer({ root: OUT, port: 0, base: BASE });
});

test.afterAll(async () => {
  await server?.close();
});

test('search works under the base path and stays inside it', async ({ page }) => {
  const origin = new URL(server.url).origin;
  const outside: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(`${origin}${BASE}`) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
  await page.goto(`${server.url}zh-hant/${slugs(OUT)[0]}/`);
  await searchFor(page, '治理');
  const first = page.locator('.wy-hit-link').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${origin}${BASE}zh-hant/[^/]+/`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}zh-hant/[^/]+/`));
  expect(outside).toEqual([]);
});
