// Builds the stock Starlight baseline (bench/starlight) on the same Markdown; installs it on first use.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from '../lib/measure.ts';
import { limits, projectEnv, starlightRoot, type Layout } from './layout.ts';
import { fromResult, skipped, type Outcome } from './outcome.ts';
import { feedStarlight } from './starlight-feed.ts';
import { countMarkdown } from './wenyuan.ts';

export async function ensureStarlight(): Promise<string | null> {
  if (existsSync(join(starlightRoot, 'node_modules/@astrojs/starlight'))) return null;
  console.log('starlight: installing the baseline into bench/starlight (first run only) …');
  const r = await runMeasured('npm', ['install', '--prefix', starlightRoot, '--no-audit', '--no-fund'], { env: projectEnv() });
  return r.ok ? null : `starlight: npm install --prefix bench/starlight failed:\n${r.stderr.slice(-800)}`;
}

export async function buildStarlight(l: Layout): Promise<Outcome> {
  if (countMarkdown(l.docs) === 0) return skipped('starlight: no converted documents to feed it');
  const problem = await ensureStarlight();
  if (problem) return skipped(problem);
  const pages = feedStarlight(l.docs, starlightRoot);
  rmSync(l.starlightDist, { recursive: true, force: true });
  const result = await runMeasured('astro', ['build', '--outDir', l.starlightDist, '--silent'], {
    cwd: starlightRoot,
    // Starlight's own Astro (same version as ours) comes first; Node 24 from the root install.
    env: projectEnv({ PATH: `${join(starlightRoot, 'node_modules/.bin')}:${projectEnv().PATH}` }),
    timeoutMs: limits.stepTimeoutMs || undefined,
  });
  return fromResult(result, 'starlight astro build', { pages });
}

export const isStarlightReadingPage = (rel: string): boolean => rel !== 'index.html' && rel !== '404.html' && rel.endsWith('/index.html');
