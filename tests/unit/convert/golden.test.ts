import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../../scripts/convert/cli-run.ts';
import { loadStages } from '../../../scripts/convert/cli-stages.ts';
import { convertFile } from '../../../scripts/convert/pipeline.ts';

// The five seed files are the end-to-end golden fixtures: converting content/raw afresh must
// give exactly the committed content/docs and content/report (what `npm run convert -- --check` checks).

const ROOT = join(import.meta.dirname, '../../..');

describe('golden: seed corpus', () => {
  it('committed content/docs and content/report match a fresh conversion', async () => {
    const lines: string[] = [];
    const code = await runConvert({ argv: ['--check', '--no-cache', '--quiet'], root: ROOT, log: (l) => lines.push(l), error: (l) => lines.push(l) });
    expect(lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/documents\s+37/);
  });

  // Split, structure and emit only rearrange text: every Han character the cleaner kept reaches
  // the Markdown, in order (the compilation's table of contents becomes the index's link list).
  const stages = loadStages(ROOT);
  const han = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).join('');
  for (const file of readdirSync(join(ROOT, 'content/raw')).sort()) {
    it(`${file}: no text is lost between cleaning and Markdown`, () => {
      const bytes = readFileSync(join(ROOT, 'content/raw', file));
      const cleaned = han(stages.clean(stages.decode(file, bytes)).text);
      const docs = convertFile(file, bytes, stages).docs.filter((d) => !d.model.articles);
      const text = docs
        .map((d) => {
          const body = d.markdown.slice(d.markdown.indexOf('\n---\n', 4) + 5).replace(/ \{#[^}]*\}$/gm, '');
          const title = han(d.model.title);
          // A title taken from removed page headers is not in the cleaned text.
          return (cleaned.includes(title) ? title : '') + han(toString(fromMarkdown(body)));
        })
        .join('');
      expect(cleaned.endsWith(text)).toBe(true);
      expect(text.length).toBeGreaterThan(cleaned.length * 0.95);
    });
  }
});
