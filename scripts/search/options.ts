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
    // 1,000 pages of ~21k characters peak near 2.2 GB in Pagefind once pre-segmented (issue 5).
    shardSize: flag(argv, 'shard-size') ?? env.WENYUAN_SEARCH_SHARD_SIZE ?? 1000,
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
