import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../scripts/convert/cli-run.ts';

// The five seed files are the end-to-end golden fixtures: converting content/raw afresh must
// give exactly the committed content/docs and content/report (what `npm run convert -- --check` checks).

describe('golden: seed corpus', () => {
  it('committed content/docs and content/report match a fresh conversion', async () => {
    const lines: string[] = [];
    const code = await runConvert({ argv: ['--check', '--no-cache', '--quiet'], root: join(import.meta.dirname, '../../..'), log: (l) => lines.push(l), error: (l) => lines.push(l) });
    expect(lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/documents\s+37/);
  });
});
