// Where a benchmark size lives under bench/work/ (gitignored) and how steps are spawned.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const benchDir = join(root, 'bench');
export const starlightRoot = join(benchDir, 'starlight');

export interface Layout {
  n: number;
  dir: string;
  raw: string;
  docs: string;
  report: string;
  dist: string;
  starlightDist: string;
}

export function layout(n: number, name = `n${n}`): Layout {
  const dir = join(benchDir, 'work', name);
  return {
    n,
    dir,
    // The convert CLI works on content/ under its working directory, so each size is a small project.
    raw: join(dir, 'content/raw'),
    docs: join(dir, 'content/docs'),
    report: join(dir, 'content/report'),
    dist: join(dir, 'dist'),
    starlightDist: join(dir, 'starlight-dist'),
  };
}

/** Environment for project scripts: the pinned Node 24 (node_modules/.bin/node) comes first on PATH. */
export function projectEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    ...extra,
  };
}

export const exists = (rel: string): boolean => existsSync(join(root, rel));
export const sourceOf = (rel: string): string => (exists(rel) ? readFileSync(join(root, rel), 'utf8') : '');

/** Set by run.ts (--step-timeout-min): a step running longer is stopped and reported as such. */
export const limits = { stepTimeoutMs: 0 };
