// The README's configuration table is the config's own table (src/lib/config/env-vars.ts), and
// every WENYUAN_* variable the code reads is in it: an undocumented variable fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARS, envTable } from '../../../src/lib/config/env-vars.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mjs|astro)$/.test(d.name) && !join(d.parentPath, d.name).includes('node_modules'))
    .map((d) => join(d.parentPath, d.name));
}

describe('environment variables', () => {
  it('README.md shows the table generated from src/lib/config/env-vars.ts', () => {
    const readme = readFileSync('README.md', 'utf8');
    // On failure, paste the expected table into README.md's Configuration section.
    expect(readme.includes(envTable()), `README.md must contain:\n${envTable()}`).toBe(true);
  });
  it('every WENYUAN_* variable read by the code is documented', () => {
    const files = [...sources('src'), ...sources('scripts'), ...sources('bench'), 'astro.config.mjs', 'playwright.config.ts'];
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bWENYUAN_[A-Z0-9_]*[A-Z0-9]\b/g)) used.add(m[0]);
    const missing = [...used].filter((v) => !(v in ENV_VARS)).sort();
    expect(missing, 'add these to src/lib/config/env-vars.ts and README.md').toEqual([]);
  });
});
