// Fixture folders tests/fixtures/script/remark/<case>/: input.md + options.json → expected.md
// (and messages.json when the plugin reports problems). UPDATE=1 rewrites the expected files;
// review the diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { expectedText, updating } from '../fixture-file.ts';
import remarkConvertScript, { type Options } from '../../../src/lib/script/remark-convert-script';

const root = new URL('../../fixtures/script/remark/', import.meta.url);

async function run(dir: URL) {
  const input = readFileSync(new URL('input.md', dir), 'utf8');
  const options = JSON.parse(readFileSync(new URL('options.json', dir), 'utf8')) as Options;
  const m = /^---\n([\s\S]*?)\n---\n/.exec(input);
  const file = new VFile({ path: 'input.md', value: m ? input.slice(m[0].length) : input });
  file.data.frontmatter = m ? (yaml.load(m[1]!) as Record<string, unknown>) : {};
  const out = await unified().use(remarkParse).use(remarkConvertScript, options).use(remarkStringify).process(file);
  const fixes = (out.data as { traditionalFixes?: { wrong: string; right: string; line?: number }[] }).traditionalFixes;
  const messages = out.messages.map((x) => `${x.line}:${x.column} ${x.reason}`);
  for (const f of fixes ?? []) messages.push(`fix ${f.line}: ${f.wrong} → ${f.right}`);
  return { markdown: String(out), messages };
}

describe('remark-convert-script fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const dir = new URL(`${name}/`, root);
      const { markdown, messages } = await run(dir);
      const expectedPath = new URL('expected.md', dir);
      const messagesPath = new URL('messages.json', dir);
      if (updating && messages.length) writeFileSync(messagesPath, JSON.stringify(messages, null, 2) + '\n');
      expect(markdown).toBe(expectedText(expectedPath, markdown));
      expect(messages).toEqual(existsSync(messagesPath) ? JSON.parse(readFileSync(messagesPath, 'utf8')) : []);
    });
  }

  it('rejects a missing target script', () => {
    expect(() => remarkConvertScript({} as Options)).toThrow(/option "to"/);
  });
});
