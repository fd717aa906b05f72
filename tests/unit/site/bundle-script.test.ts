// Client script entries bundle into one self-contained, minified function each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleScript, SCRIPTS_DIR } from '../../../src/lib/bundle-script.ts';

const entry = (name: string) => readFileSync(join(SCRIPTS_DIR, name), 'utf8');
const define = { READER_PATH: JSON.stringify('_assets/reader-TEST.js'), LAZY_SCRIPTS_ARE_MODULES: 'false' };

describe('bundleScript', () => {
  it('inlines the imported modules and the build-time constants', () => {
    const code = bundleScript(entry('site.ts'), define);
    expect(code).toMatch(/^\(\(\)=>\{[\s\S]*\}\)\(\);$/);
    expect(code).not.toMatch(/\bimport\s*[{*'"]|\bexport\b|READER_PATH|LAZY_SCRIPTS|module/);
    expect(code).toContain('"_assets/reader-TEST.js"');
    expect(code).toContain('pagefind/search-ui.js'); // the search opener (client/loader.ts) is part of it
    expect(code).not.toContain('execCommand'); // the copying code is loaded on use, not inlined
  });

  it('stays self-contained for the head script', () => {
    const code = bundleScript(entry('theme-init.ts'));
    expect(code).toContain('wenyuan-theme');
    expect(code.length).toBeLessThan(200);
  });

  it('gives an empty string for an entry with nothing to run', () => {
    expect(bundleScript('// nothing\nexport {};\n')).toBe('');
  });

  it('names the file and line of a syntax error', () => {
    expect(() => bundleScript('const = 1;')).toThrow(/inline\.ts:1/);
  });
});
