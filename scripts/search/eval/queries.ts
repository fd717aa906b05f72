// The evaluation query set (data in ../queries.json), validated at load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const querySchema = z.object({
  q: z.string().min(1),
  script: z.enum(['hans', 'hant']),
  kind: z.enum(['term', 'phrase', 'name', 'number', 'off-boundary', 'nowhere']),
});
export type EvalQuery = z.infer<typeof querySchema>;

const file = fileURLToPath(new URL('../queries.json', import.meta.url));

export function loadQueries(path = file): EvalQuery[] {
  const parsed = z.object({ queries: z.array(querySchema).min(1) }).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`${path}: ${i.path.join('.')}: ${i.message}. Each query needs q, script (hans|hant) and kind.`);
  }
  return parsed.data.queries;
}
