// Fixture folders for the site's remark/rehype plugins: fixtures/<case>/input.md rendered through
// the plugin list of one view (config.json) must equal expected.html.
// UPDATE=1 npx vitest run tests/unit/site rewrites expected.html; review the diff.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedText } from '../fixture-file.ts';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pluginsFor, type View } from '../../../src/lib/render/plugins.ts';

const dir = join(import.meta.dirname, 'fixtures');

interface CaseConfig {
  view: 'read' | 'compare';
  script?: 'hans' | 'hant';
  frontmatter: Record<string, unknown>;
  variant?: 't' | 'tw' | 'hk';
}

describe('site Markdown plugins (fixture folders)', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const config = JSON.parse(readFileSync(join(dir, name, 'config.json'), 'utf8')) as CaseConfig;
      const view: View = config.view === 'compare' ? { kind: 'compare' } : { kind: 'read', script: config.script ?? 'hans' };
      const processor = await createMarkdownProcessor({ ...pluginsFor(view, config.variant ?? 'tw'), gfm: false, smartypants: false, syntaxHighlight: false });
      const { code } = await processor.render(readFileSync(join(dir, name, 'input.md'), 'utf8'), { frontmatter: config.frontmatter });
      const actual = `${code.trim()}\n`;
      const expectedPath = join(dir, name, 'expected.html');
      expect(actual).toBe(expectedText(expectedPath, actual));
    });
  }
});
