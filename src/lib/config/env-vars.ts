// Every WENYUAN_* environment variable the project reads, with its default and meaning: the one
// place defaults live (config.ts and the search options read them from here) and the source of
// README.md's configuration table (tests/unit/site/env-vars.test.ts fails when the two differ or
// when code reads a variable that is not listed here).

export interface EnvVar {
  /** Default as a string, or null when unset means "none". */
  default: string | null;
  /** Default as shown in the README, when the raw default would mislead (computed defaults). */
  shown?: string;
  meaning: string;
}

export const ENV_VARS = {
  WENYUAN_BASE: { default: '/', meaning: 'base path, e.g. `/intranet/policy/` (build and `npm run serve` both read it); ASCII segments, no `.` or `..`' },
  WENYUAN_VARIANT: { default: 'tw', meaning: 'traditional variant: `t`, `tw` or `hk`' },
  WENYUAN_DEFAULT_SCRIPT: { default: 'hans', meaning: 'script of the home page links: `hans` or `hant`' },
  WENYUAN_TITLE: { default: '文渊', meaning: 'site title' },
  WENYUAN_CORPUS: { default: 'content/docs', meaning: 'folder of Markdown documents (the build stops when it holds none)' },
  WENYUAN_REPORTS: { default: null, shown: '`report` beside the corpus', meaning: 'folder of conversion reports (`<raw file>.json`)' },
  WENYUAN_SITE: { default: null, meaning: 'the published origin, e.g. `https://policy.example.org` (the path comes from `WENYUAN_BASE`). Copied citations carry it (unset: the address a page is opened at, none from `file://`). With it: `sitemap.xml`, absolute canonical / hreflang / `og:url` / JSON-LD / feed URLs; without it no sitemap (the protocol needs absolute URLs; the build says so) and those links are relative to the page' },
  WENYUAN_STATUS: { default: null, shown: '`status.tsv` beside the corpus folder (`content/status.tsv`)', meaning: 'the 效力 table (see "Recording a repeal")' },
  WENYUAN_PAGE_SIZE: { default: '100', meaning: 'documents per page of a browse list (the first page takes up to twice as many: stable pages)' },
  WENYUAN_HOME_RECENT: { default: '20', meaning: 'newest documents on the home page (0 to 200)' },
  WENYUAN_HOME_GROUPS: { default: '12', meaning: 'groups per facet on the home page (1 to 200)' },
  WENYUAN_OUT_DIR: { default: 'dist', meaning: 'where the site is built (and what `npm run serve` serves); never the project folder or a source folder' },
  WENYUAN_CACHE_DIR: { default: 'node_modules/.astro', meaning: 'Astro\'s own cache (a second build beside the first keeps its own)' },
  WENYUAN_RENDER_DIR: { default: 'node_modules/.cache/wenyuan-render', meaning: 'pre-render store (content-addressed, safe to delete)' },
  WENYUAN_SEARCH_SHARD_SIZE: { default: '200', meaning: 'most documents per search-index shard on average (shards are hash buckets of the slug; their number is the smallest power of two that keeps the average at most this)' },
  WENYUAN_SEARCH_RECORD_CHARS: { default: '2000', meaning: 'characters per search record (a run of whole sections)' },
  WENYUAN_SEARCH_JOBS: { default: null, shown: 'cores, at most 2', meaning: 'search-index shards built at once (one worker process each)' },
  WENYUAN_TEST_PORT: { default: '4321', meaning: 'port of the Playwright test server' },
  WENYUAN_BUILD_RECORD: { default: null, meaning: 'set by `npm run build:site` for `astro build` (not for users): folder where the build records each page\'s key (`src/lib/incremental/`); unset, every page is rendered' },
  WENYUAN_PREV_RECORD: { default: null, meaning: 'set by `npm run build:site` (not for users): the previous build\'s record; pages whose key it holds are reused' },
  WENYUAN_PREV_SITE: { default: null, meaning: 'set by `npm run build:site` (not for users): the previous site, where reused pages are linked from' },
} as const satisfies Record<string, EnvVar>;

export type EnvName = keyof typeof ENV_VARS;
export type Env = Record<string, string | undefined>;

/** The variable's value, or its default; an empty string counts as unset. */
export function envValue(env: Env, name: EnvName): string | undefined {
  const v = env[name];
  return v !== undefined && v !== '' ? v : (ENV_VARS[name].default ?? undefined);
}

/** README.md's configuration table, as it must read. */
export function envTable(): string {
  const rows = Object.entries(ENV_VARS).map(([name, v]: [string, EnvVar]) => {
    const def = v.shown ?? (v.default === null ? '—' : `\`${v.default}\``);
    return `| \`${name}\` | ${def} | ${v.meaning} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
