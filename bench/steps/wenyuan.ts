// The build steps of Wenyuan on one corpus, each run as the real command (same script the npm
// script runs, without npm's own process) and measured: convert, then site + search index.

import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from '../lib/measure.ts';
import { walk } from '../lib/sizes.ts';
import { exists, limits, projectEnv, root, type Layout } from './layout.ts';
import { fromResult, skipped, type Outcome } from './outcome.ts';

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

export function convertAvailable(): string | null {
  return exists('scripts/convert/cli.ts') ? null : 'convert: not available yet (scripts/convert/cli.ts missing)';
}

/** The real convert CLI run in the size's own folder (content/raw → content/docs, content/report). */
export function runConvertCli(dir: string, args: string[] = []): ReturnType<typeof runMeasured> {
  return runMeasured('tsx', [join(root, 'scripts/convert/cli.ts'), '--quiet', ...args], { cwd: dir, env: projectEnv(), timeoutMs: limits.stepTimeoutMs || undefined });
}

/** The converter's own timing line ("time  1234 ms"), which excludes Node start-up. */
export function convertInternalMs(stdout: string): number | null {
  const m = /^\s*time\s+(\d+)\s*ms/m.exec(stdout);
  return m ? Number(m[1]) : null;
}

export async function convert(l: Layout, options: { clean: boolean; args?: string[] }): Promise<Outcome> {
  const missing = convertAvailable();
  if (missing) return skipped(missing);
  if (options.clean) {
    rmSync(l.docs, { recursive: true, force: true });
    rmSync(l.report, { recursive: true, force: true });
  }
  const result = await runConvertCli(l.dir, options.args);
  return fromResult(result, 'convert', { documents: countMarkdown(l.docs), internalMs: convertInternalMs(result.stdout) ?? '' });
}

/** Where the size's pre-rendered documents live (its own store, emptied for a cold build). */
export const renderStore = (l: Layout): string => join(l.dir, 'render-store');

/** build-site's summary line: "build:site: pre-render 12.3 s, astro build 45.6 s, search index 78.9 s → …". */
export function siteSummary(stdout: string): Record<string, number> {
  const m = /pre-render ([\d.]+) s, astro build ([\d.]+) s, search index ([\d.]+) s/.exec(stdout);
  const after = /link reused ([\d.]+) s, publish ([\d.]+) s/.exec(stdout);
  const r = /rendered (\d+), reused (\d+)/.exec(stdout);
  return {
    ...(m ? { preRenderMs: Math.round(Number(m[1]) * 1000), astroMs: Math.round(Number(m[2]) * 1000), indexMs: Math.round(Number(m[3]) * 1000) } : {}),
    ...(after ? { linkMs: Math.round(Number(after[1]) * 1000), publishMs: Math.round(Number(after[2]) * 1000) } : {}),
    ...(r ? { rendered: Number(r[1]), reused: Number(r[2]) } : {}),
    ...incrementalSummary(stdout),
  };
}

/** build-site's second line: "build:site: incremental; pages: rebuilt 3, reused 4,337; search shards: rebuilt 1 of 8". */
export function incrementalSummary(stdout: string): Record<string, number> {
  const m = /pages: rebuilt ([\d,]+), reused ([\d,]+);.*search shards: rebuilt (\d+) of (\d+)/.exec(stdout);
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return m ? { pagesRebuilt: n(m[1]!), pagesReused: n(m[2]!), shardsRebuilt: n(m[3]!), shards: n(m[4]!) } : {};
}

/** An incremental `npm run build:site` on the size's site (or `outDir`), measured; `--clean` when `clean`. */
export async function rebuildSite(l: Layout, options: { outDir?: string; clean?: boolean } = {}): Promise<Outcome> {
  const result = await runMeasured('tsx', ['scripts/build-site.ts', '--quiet', ...(options.clean ? ['--clean'] : [])], {
    cwd: root,
    env: projectEnv({ WENYUAN_CORPUS: l.docs, WENYUAN_REPORTS: l.report, WENYUAN_OUT_DIR: options.outDir ?? l.dist, WENYUAN_RENDER_DIR: renderStore(l) }),
    timeoutMs: limits.stepTimeoutMs || undefined,
  });
  return fromResult(result, 'site build (incremental)', siteSummary(result.stdout));
}

/** `npm run build:site` as one measured step: pre-render on all cores, then astro build and the
 * search index at the same time (scripts/build-site.ts), with the size's own cold store. */
export async function buildSite(l: Layout, options: { cold?: boolean } = { cold: true }): Promise<Outcome> {
  if (!exists('scripts/build-site.ts') || !exists('src/pages')) return skipped('site: not available yet (no scripts/build-site.ts / src/pages)');
  if (countMarkdown(l.docs) === 0) return skipped('site: no converted documents to build');
  rmSync(l.dist, { recursive: true, force: true });
  if (options.cold) rmSync(renderStore(l), { recursive: true, force: true });
  const result = await runMeasured('tsx', ['scripts/build-site.ts', '--quiet', '--clean'], {
    cwd: root,
    env: projectEnv({ WENYUAN_CORPUS: l.docs, WENYUAN_REPORTS: l.report, WENYUAN_OUT_DIR: l.dist, WENYUAN_RENDER_DIR: renderStore(l) }),
    timeoutMs: limits.stepTimeoutMs || undefined,
  });
  return fromResult(result, 'site build (pre-render, then astro build ∥ search index)', { ...siteSummary(result.stdout), indexBytes: dirBytes(join(l.dist, 'pagefind')) });
}

/** Reading pages of the Wenyuan site: zh-hans/<slug>/ and zh-hant/<slug>/ (not browse or compare). */
export const isWenyuanReadingPage = (rel: string): boolean => /^zh-han[st]\/(?!browse\/)[^/]+\/index\.html$/.test(rel);
