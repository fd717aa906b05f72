// Section texts for the search index: fixtures/section-texts/<case>/input.md goes through the read
// view's remark plugins (plugins.ts, script from config.json) followed by section-texts, both
// before and after run-in grouping; file.data.sections must equal expected.json.
// UPDATE=1 npx vitest run tests/unit/search/section-texts rewrites expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedText } from '../fixture-file.ts';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { pluginsFor } from '../../../src/lib/render/plugins.ts';
import remarkSectionTexts, { collectSections } from '../../../src/lib/remark/section-texts.ts';
import type { SectionText } from '../../../src/lib/render/prerendered.ts';

const dir = join(import.meta.dirname, 'fixtures', 'section-texts');

async function sectionsOf(markdown: string, script: 'hans' | 'hant', beforeRunIn: boolean): Promise<SectionText[]> {
  const plugins = pluginsFor({ kind: 'read', script }, 'tw').remarkPlugins as PluggableList;
  const names = plugins.map((p) => (Array.isArray(p) ? p[0] : p));
  const runIn = names.findIndex((p) => (p as { name?: string }).name === 'remarkRunIn');
  const list = beforeRunIn && runIn >= 0 ? [...plugins.slice(0, runIn), remarkSectionTexts, ...plugins.slice(runIn)] : [...plugins, remarkSectionTexts];
  const processor = unified().use(remarkParse).use(list);
  const file = new VFile({ value: markdown });
  await processor.run(processor.parse(file), file);
  return file.data.sections!;
}

describe('section-texts (fixture folders)', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, async () => {
      const config = JSON.parse(readFileSync(join(dir, name, 'config.json'), 'utf8')) as { script: 'hans' | 'hant' };
      const input = readFileSync(join(dir, name, 'input.md'), 'utf8');
      const after = await sectionsOf(input, config.script, false);
      const expectedPath = join(dir, name, 'expected.json');
      expect(after).toEqual(JSON.parse(expectedText(expectedPath, `${JSON.stringify(after, null, 2)}\n`)));
      // Same result whether run-in grouping happened already or not.
      expect(await sectionsOf(input, config.script, true)).toEqual(after);
    });
  }
});

describe('collectSections', () => {
  it('leaves out an empty preamble and keeps subsections out of their parent', () => {
    const tree = unified().use(remarkParse).parse('## A\n\ntext a\n\n### B\n\ntext b\n');
    const sections = collectSections(tree);
    expect(sections.map((s) => [s.depth, s.path, s.text])).toEqual([
      [2, ['A'], 'A\ntext a'],
      [3, ['A', 'B'], 'B\ntext b'],
    ]);
  });
});
