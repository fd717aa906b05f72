// Options of the search build, validated once at the edge (CLI flags override environment).
import { z } from 'zod';

export const buildOptionsSchema = z.object({
  dist: z.string().min(1),
  docs: z.string().min(1), // content/docs: frontmatter supplies issuer, date, type, collection
  shardSize: z.coerce.number().int().positive(), // pages per language per Pagefind run
  languages: z.array(z.enum(['zh-Hans', 'zh-Hant'])).min(1),
  quiet: z.boolean(),
});
export type BuildOptions = z.infer<typeof buildOptionsSchema>;

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

export function parseBuildOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const raw = {
    dist: flag(argv, 'dist') ?? env.WENYUAN_OUT_DIR ?? 'dist', // same variable as the site build's outDir
    docs: flag(argv, 'docs') ?? 'content/docs',
    // Measured on 1,000 synthetic pages of ~21k characters: shards of 1,000 peak at 2.4 GiB and
    // the first search fetches 470 kB; shards of 250 peak at 0.9 GiB and fetch 335 kB (shards
    // are merged in the browser only as a query needs them).
    shardSize: flag(argv, 'shard-size') ?? env.WENYUAN_SEARCH_SHARD_SIZE ?? 250,
    languages: ['zh-Hans', 'zh-Hant'],
    quiet: argv.includes('--quiet'),
  };
  const parsed = buildOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`build:search: bad option ${issue.path.join('.')}: ${issue.message}. Use e.g. --shard-size 1000 --dist dist.`);
  }
  return parsed.data;
}
