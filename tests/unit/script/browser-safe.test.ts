// Search converts queries in the browser: the runtime part of src/lib/script must not import node:
// built-ins or zod (schemas are for tests), and its dictionaries must be JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../src/lib/script/', import.meta.url);
const runtime = [...readdirSync(dir).filter((f) => f.endsWith('.ts')), ...readdirSync(new URL('dict/', dir)).filter((f) => f.endsWith('.ts') && f !== 'schema.ts').map((f) => `dict/${f}`)];

describe('src/lib/script is browser-safe', () => {
  for (const file of runtime) {
    it(file, () => {
      const src = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...src.matchAll(/^import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
      expect(imports.filter((m) => m.startsWith('node:') || ['fs', 'path', 'zod', 'js-yaml'].includes(m))).toEqual([]);
      expect(imports.filter((m) => m.startsWith('./dict/') || m.startsWith('./')).every((m) => !m.endsWith('.tsv'))).toBe(true);
    });
  }
});
