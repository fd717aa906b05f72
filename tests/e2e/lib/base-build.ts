// One build of the fixture site under a non-root base path (site + search index, into .cache/),
// made once per Playwright run by global-setup.ts and shared by the base-path specs.
import { execFileSync } from 'node:child_process';

export const BASE = '/intranet/policy/';
export const OUT = '.cache/dist-base';
const DOCS = 'tests/fixtures/site/docs';
/** Tiny page size, so the ten fixture documents fill several pages and groups of two or more are
 * paged too (site-browse.spec.ts; stable pages need 2 × the size for a second page). */
export const PAGE_SIZE = 1;
/** An origin, so this build also has a sitemap and absolute canonical URLs (site-web.spec.ts). */
export const SITE = 'https://policy.example.org';

export function buildBaseSite(): void {
  execFileSync('node_modules/.bin/astro', ['build', '--silent'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WENYUAN_BASE: BASE, WENYUAN_SITE: SITE, WENYUAN_CORPUS: DOCS, WENYUAN_OUT_DIR: OUT, WENYUAN_PAGE_SIZE: String(PAGE_SIZE), WENYUAN_CACHE_DIR: '.cache/astro-base' },
    stdio: 'inherit',
  });
  execFileSync('node_modules/.bin/tsx', ['scripts/search/build-index.ts', '--dist', OUT, '--docs', DOCS, '--render', '--quiet'], { stdio: 'inherit' });
}
