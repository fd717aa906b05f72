// The one typed site configuration. Defaults live here; the environment may override them:
//   WENYUAN_BASE=/intranet/policy/  WENYUAN_VARIANT=hk  WENYUAN_CORPUS=tests/fixtures/site/docs
//   WENYUAN_REPORTS=…  WENYUAN_STATUS=content/status.tsv  WENYUAN_TITLE=…  WENYUAN_DEFAULT_SCRIPT=hant  WENYUAN_SITE=https://example.org
//   WENYUAN_PAGE_SIZE=100  WENYUAN_HOME_RECENT=20  WENYUAN_HOME_GROUPS=12
// Read by astro.config.mjs (Node) and by pages (Vite), so it must not use Astro APIs.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../schemas/config.ts';

export type { SiteConfig };

/** content/docs/ until the converter has written it; the hand-written fixture corpus before that. */
function defaultCorpusDir(): string {
  const real = 'content/docs';
  const hasDocs = existsSync(real) && readdirSync(real).some((f) => f.endsWith('.md'));
  return hasDocs ? real : 'tests/fixtures/site/docs';
}

function normaliseBase(raw: string): string {
  let b = raw.trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

const ENV_NAME: Record<string, string> = { pageSize: 'WENYUAN_PAGE_SIZE', homeRecent: 'WENYUAN_HOME_RECENT', homeGroups: 'WENYUAN_HOME_GROUPS' };

// NaN (a number variable that is not a number) would print as null.
const shown = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

export function loadConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const corpusDir = env.WENYUAN_CORPUS ?? defaultCorpusDir();
  const raw = {
    title: env.WENYUAN_TITLE ?? '文渊',
    base: normaliseBase(env.WENYUAN_BASE ?? '/'),
    defaultScript: env.WENYUAN_DEFAULT_SCRIPT ?? 'hans',
    variant: env.WENYUAN_VARIANT ?? 'tw',
    corpusDir,
    reportDir: env.WENYUAN_REPORTS ?? (corpusDir.startsWith('tests/fixtures/site') ? 'tests/fixtures/site/report' : 'content/report'),
    // content/docs → content/status.tsv; tests/fixtures/site/docs → tests/fixtures/site/status.tsv
    statusFile: env.WENYUAN_STATUS ?? join(dirname(corpusDir), 'status.tsv'),
    site: env.WENYUAN_SITE || undefined,
    // 100 rows is about 50 kB of HTML (12 kB gzip): quick on a phone, few pages for a reader to step through.
    pageSize: Number(env.WENYUAN_PAGE_SIZE ?? 100),
    homeRecent: Number(env.WENYUAN_HOME_RECENT ?? 20),
    homeGroups: Number(env.WENYUAN_HOME_GROUPS ?? 12),
  };
  const parsed = siteConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}${ENV_NAME[String(i.path[0])] ? ` (${ENV_NAME[String(i.path[0])]})` : ''}: ${i.message} (got ${shown((raw as Record<string, unknown>)[String(i.path[0])])})`);
    throw new Error(`Wenyuan site config is invalid (check the WENYUAN_* environment variables):\n${lines.join('\n')}`);
  }
  if (!existsSync(parsed.data.corpusDir)) {
    throw new Error(`Wenyuan: corpus directory ${parsed.data.corpusDir} does not exist. Run npm run convert, or set WENYUAN_CORPUS to a folder of Markdown documents.`);
  }
  return parsed.data;
}

export const config: SiteConfig = loadConfig();
