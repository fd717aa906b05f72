// Options of the search build, validated once at the edge (CLI flags override environment).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../../src/lib/config.ts';
import { envValue } from '../../src/lib/config/env-vars.ts';
import { firstIssue } from '../../src/lib/config/zod-errors.ts';
import { variantSchema } from '../../src/lib/format/script.ts';

export const buildOptionsSchema = z.object({
  /** the built site; only used for the default output folder */
  dist: z.string().min(1),
  /** where the index goes (default <dist>/pagefind): the build needs no HTML, so it can run beside astro build */
  out: z.string().min(1),
  /** the corpus folder (content/docs): frontmatter and, through the pre-rendered store, section texts */
  docs: z.string().min(1),
  /** documents per shard (each shard = one Pagefind run for both languages) */
  shardSize: z.coerce.number().int().positive(),
  /** characters per search record (a run of whole sections) */
  recordChars: z.coerce.number().int().positive(),
  /** shards indexed at once, each by its own worker process and Pagefind service */
  jobs: z.coerce.number().int().positive(),
  variant: variantSchema,
  /** render section texts here when the store has none (instead of failing) */
  render: z.boolean(),
  languages: z.array(z.enum(['zh-Hans', 'zh-Hant'])).min(1),
  quiet: z.boolean(),
});
export type BuildOptions = z.infer<typeof buildOptionsSchema>;

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

export function parseBuildOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const config = loadConfig(env); // WENYUAN_OUT_DIR, WENYUAN_CORPUS and WENYUAN_VARIANT, as the site build sees them
  const dist = flag(argv, 'dist') ?? config.outDir;
  const raw = {
    dist,
    out: flag(argv, 'out') ?? join(dist, 'pagefind'),
    docs: flag(argv, 'docs') ?? config.corpusDir,
    // Measured at 1,000 synthetic documents: see README.md (first-search bytes against build memory).
    shardSize: flag(argv, 'shard-size') ?? envValue(env, 'WENYUAN_SEARCH_SHARD_SIZE'),
    recordChars: flag(argv, 'record-chars') ?? envValue(env, 'WENYUAN_SEARCH_RECORD_CHARS'),
    // Pagefind indexes on one core per service: one job per core, at most 2 (memory: one shard each).
    jobs: flag(argv, 'jobs') ?? envValue(env, 'WENYUAN_SEARCH_JOBS') ?? Math.min(2, availableParallelism()),
    variant: config.variant,
    render: argv.includes('--render'),
    languages: ['zh-Hans', 'zh-Hant'],
    quiet: argv.includes('--quiet'),
  };
  const parsed = buildOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const names = { shardSize: '--shard-size / WENYUAN_SEARCH_SHARD_SIZE', recordChars: '--record-chars / WENYUAN_SEARCH_RECORD_CHARS', jobs: '--jobs / WENYUAN_SEARCH_JOBS' };
    throw new Error(`${firstIssue(parsed.error, 'build:search: bad option', { names, input: raw })}. Use e.g. --jobs 2 --shard-size 200 --record-chars 3000 --docs content/docs --out dist/pagefind.`);
  }
  return parsed.data;
}
