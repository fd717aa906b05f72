import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// Expected files of fixture folders. `UPDATE=1 npx vitest run <test>` rewrites them (review the
// diff); otherwise a missing expected file fails the test instead of being written.

export const updating = process.env.UPDATE === '1';

/** The expected text at `path` (written first when updating). */
export function expectedText(path: string | URL, actual: string): string {
  if (updating) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`${String(path)} is missing: run \`UPDATE=1 npx vitest run\` on this test and review the new file`);
  return readFileSync(path, 'utf8');
}
