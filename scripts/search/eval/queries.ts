// The evaluation query set (data in ../queries.json), validated at load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { firstIssue } from '../../../src/lib/config/zod-errors.ts';
import { scriptSchema } from '../../../src/lib/format/script.ts';

const querySchema = z.object({
  q: z.string().min(1),
  script: scriptSchema,
  kind: z.enum(['term', 'phrase', 'name', 'number', 'off-boundary', 'nowhere']),
});
export type EvalQuery = z.infer<typeof querySchema>;

const file = fileURLToPath(new URL('../queries.json', import.meta.url));

export function loadQueries(path = file): EvalQuery[] {
  const parsed = z.object({ queries: z.array(querySchema).min(1) }).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${firstIssue(parsed.error, path)}. Each query needs q, script (hans|hant) and kind.`);
  }
  return parsed.data.queries;
}
