// Search in a site built under a non-root base path (fixture corpus, built once by global-setup.ts): the index
// and UI load from inside the base, results link inside it, nothing is requested outside it.
import { expect, test } from '@playwright/test';
import { serveBaseSite } from './lib/base-server.ts';
import { BASE, OUT } from './lib/base-build.ts';
import { searchFor, slugs } from './search-helpers.ts';

const server = serveBaseSite();

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
