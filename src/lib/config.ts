// The one typed site configuration, read once from the environment (variables, defaults and
// meanings: config/env-vars.ts) and validated the way Astro and the build will use each value, so
// a bad value stops the build before anything is written, with the variable's name.
// Read by astro.config.mjs (Node), the build scripts and pages (Vite), so it must not use Astro APIs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../schemas/config.ts';
import { envValue, type Env } from './config/env-vars.ts';
import { issueReport } from './config/zod-errors.ts';

export type { SiteConfig };

/** A configuration problem: the message names the variable and says what to do (no stack needed). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function normaliseBase(raw: string): string {
  let b = raw.trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

const ENV_NAME: Record<string, string> = {
  title: 'WENYUAN_TITLE', base: 'WENYUAN_BASE', defaultScript: 'WENYUAN_DEFAULT_SCRIPT', variant: 'WENYUAN_VARIANT',
  corpusDir: 'WENYUAN_CORPUS', reportDir: 'WENYUAN_REPORTS', site: 'WENYUAN_SITE', pageSize: 'WENYUAN_PAGE_SIZE',
  homeRecent: 'WENYUAN_HOME_RECENT', homeGroups: 'WENYUAN_HOME_GROUPS', outDir: 'WENYUAN_OUT_DIR', cacheDir: 'WENYUAN_CACHE_DIR',
  renderDir: 'WENYUAN_RENDER_DIR', statusFile: 'WENYUAN_STATUS',
};

// Folders Astro must never empty (it clears outDir before it builds).
const PROTECTED = ['src', 'content', 'scripts', 'tests', 'public', 'node_modules', 'bench', '.git'];
// Generated, gitignored folders inside them where builds may go: caches, and the bench's own
// corpora and sites (bench/work/n<N>/dist).
const BUILD_AREAS = ['node_modules/.cache', 'bench/work'];

const inside = (parent: string, child: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Why an output folder is dangerous, or null. Astro deletes what is in it. */
export function outDirProblem(outDir: string, root = process.cwd()): string | null {
  const abs = resolve(root, outDir);
  if (inside(abs, resolve(root))) return `${outDir} is the project folder or contains it, and the build empties its output folder`;
  for (const p of PROTECTED) {
    if (inside(resolve(root, p), abs) && !BUILD_AREAS.some((a) => inside(resolve(root, a), abs))) return `${outDir} is inside ${p}/, which the build would empty`;
  }
  return notASite(outDir, abs);
}

// What every build writes at the top of its output folder. A folder holding none of these (a home
// folder, /etc, a documents share given by mistake) is not a site: replacing it would lose it.
const SITE_ENTRIES = new Set(['index.html', '404.html', '_assets', 'pagefind', 'zh-hans', 'zh-hant', 'compare', 'report', 'robots.txt', 'favicon.svg']);

/** Why an existing folder must not become the output folder, or null (missing, empty, or a site). */
function notASite(outDir: string, abs: string): string | null {
  if (!existsSync(abs)) return null;
  if (!statSync(abs).isDirectory()) return `${outDir} is a file, not a folder`;
  const entries = readdirSync(abs);
  if (entries.length === 0 || entries.some((e) => SITE_ENTRIES.has(e))) return null;
  const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  return `${outDir} already holds ${entries.length} file(s) or folder(s) (${shown}) and nothing of a built site (index.html, pagefind/ …); the build replaces what an output folder holds, so it is not used. Empty it`;
}

export function loadConfig(env: Env = process.env): SiteConfig {
  const corpusDir = envValue(env, 'WENYUAN_CORPUS')!;
  const raw = {
    title: envValue(env, 'WENYUAN_TITLE'),
    base: normaliseBase(envValue(env, 'WENYUAN_BASE')!),
    defaultScript: envValue(env, 'WENYUAN_DEFAULT_SCRIPT'),
    variant: envValue(env, 'WENYUAN_VARIANT'),
    corpusDir,
    // Reports and the 效力 table sit beside the documents: content/docs → content/report, content/status.tsv.
    reportDir: envValue(env, 'WENYUAN_REPORTS') ?? join(dirname(corpusDir), 'report'),
    statusFile: envValue(env, 'WENYUAN_STATUS') ?? join(dirname(corpusDir), 'status.tsv'),
    site: envValue(env, 'WENYUAN_SITE'),
    // 100 rows is about 50 kB of HTML (12 kB gzip): quick on a phone, few pages for a reader to step through.
    pageSize: Number(envValue(env, 'WENYUAN_PAGE_SIZE')),
    homeRecent: Number(envValue(env, 'WENYUAN_HOME_RECENT')),
    homeGroups: Number(envValue(env, 'WENYUAN_HOME_GROUPS')),
    outDir: envValue(env, 'WENYUAN_OUT_DIR'),
    cacheDir: envValue(env, 'WENYUAN_CACHE_DIR'),
    renderDir: envValue(env, 'WENYUAN_RENDER_DIR'),
  };
  const parsed = siteConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(issueReport(parsed.error, 'Wenyuan site config is invalid:', 'Fix or unset these WENYUAN_* environment variables (README.md, Configuration).', { names: ENV_NAME, input: raw }));
  }
  const c = parsed.data;
  const out = outDirProblem(c.outDir);
  if (out) throw new ConfigError(`Wenyuan site config is invalid:\n  outDir (WENYUAN_OUT_DIR): ${out}. Choose a folder of its own, e.g. dist.`);
  if (!existsSync(c.corpusDir)) {
    throw new ConfigError(`Wenyuan: corpus directory ${c.corpusDir} does not exist. Run npm run convert, or set WENYUAN_CORPUS to a folder of Markdown documents.`);
  }
  // An empty corpus is an error, never an empty or substitute site: publishing it would replace
  // every page readers have cited with nothing.
  if (!readdirSync(c.corpusDir).some((f) => f.endsWith('.md'))) {
    throw new ConfigError(
      `Wenyuan: ${c.corpusDir} holds no Markdown documents, so there is nothing to publish (the previous site is left as it is). ` +
        'Put raw files in content/raw/ and run npm run convert, or set WENYUAN_CORPUS to a folder of Markdown documents.',
    );
  }
  return c;
}

/** The config of this process; a ConfigError ends it with the message alone (it names the variable and the fix). */
function configOrExit(): SiteConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`\n${err.message}\n`);
    process.exit(1);
  }
}

export const config: SiteConfig = configOrExit();
