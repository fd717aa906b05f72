// The three build steps of Wenyuan on one corpus, each run as the real command (same script the
// npm script runs, without npm's own process) and measured: convert, Astro site, search index.

import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from '../lib/measure.ts';
import { walk } from '../lib/sizes.ts';
import { exists, projectEnv, root, type Layout } from './layout.ts';
import { fromResult, skipped, type Outcome } from './outcome.ts';

/** True if some file under scripts/<area> reads the environment variable `name`. */
function readsEnv(area: string, name: string): boolean {
  for (const file of walk(join(root, 'scripts', area))) {
    if (file.endsWith('.ts') && readFileSync(file, 'utf8').includes(name)) return true;
  }
  return false;
}

export function countMarkdown(dir: string): number {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md')).length;
  } catch {
    return 0;
  }
}

export function dirBytes(dir: string): number {
  let total = 0;
  try {
    for (const f of walk(dir)) total += statSync(f).size;
  } catch {
    // missing directory: 0
  }
  return total;
}

export function convertEnv(l: Layout): Record<string, string> {
  return { WENYUAN_RAW: l.raw, WENYUAN_DOCS: l.docs, WENYUAN_REPORT: l.report, WENYUAN_REPORTS: l.report };
}

export function convertAvailable(): string | null {
  if (!exists('scripts/convert/cli.ts')) return 'convert: not available yet (scripts/convert/cli.ts missing)';
  // Without these the CLI would overwrite the committed content/docs with synthetic documents.
  if (!readsEnv('convert', 'WENYUAN_RAW') || !readsEnv('convert', 'WENYUAN_DOCS')) {
    return 'convert: not available yet (the CLI cannot be pointed at another corpus: needs WENYUAN_RAW / WENYUAN_DOCS)';
  }
  return null;
}

export async function convert(l: Layout, options: { clean: boolean; args?: string[] }): Promise<Outcome> {
  const missing = convertAvailable();
  if (missing) return skipped(missing);
  if (options.clean) {
    rmSync(l.docs, { recursive: true, force: true });
    rmSync(l.report, { recursive: true, force: true });
  }
  const result = await runMeasured('tsx', ['scripts/convert/cli.ts', ...(options.args ?? [])], {
    cwd: root,
    env: projectEnv(convertEnv(l)),
  });
  return fromResult(result, 'convert', { documents: countMarkdown(l.docs) });
}

export async function buildSite(l: Layout): Promise<Outcome> {
  if (!exists('astro.config.mjs') || !exists('src/pages')) return skipped('site: not available yet (no astro.config.mjs / src/pages)');
  if (countMarkdown(l.docs) === 0) return skipped('site: no converted documents to build');
  rmSync(l.dist, { recursive: true, force: true });
  const result = await runMeasured('astro', ['build', '--outDir', l.dist, '--silent'], {
    cwd: root,
    env: projectEnv({ WENYUAN_CORPUS: l.docs, WENYUAN_REPORTS: l.report, WENYUAN_OUT_DIR: l.dist }),
  });
  return fromResult(result, 'astro build');
}

export async function buildSearch(l: Layout): Promise<Outcome> {
  if (!exists('scripts/search/build-index.ts')) return skipped('search index: not available yet (scripts/search/build-index.ts missing)');
  try {
    statSync(join(l.dist, 'zh-hans'));
  } catch {
    return skipped('search index: no built site to index');
  }
  const result = await runMeasured('tsx', ['scripts/search/build-index.ts', '--dist', l.dist, '--docs', l.docs, '--quiet'], {
    cwd: root,
    env: projectEnv(),
  });
  return fromResult(result, 'build:search', { indexBytes: dirBytes(join(l.dist, 'pagefind')) });
}

/** Reading pages of the Wenyuan site: zh-hans/<slug>/ and zh-hant/<slug>/ (not browse or compare). */
export const isWenyuanReadingPage = (rel: string): boolean => /^zh-han[st]\/(?!browse\/)[^/]+\/index\.html$/.test(rel);
