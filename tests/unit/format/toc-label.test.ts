import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInIds, tocLabel } from '../../../src/lib/format/toc-label.ts';
import { expectedText } from '../fixture-file.ts';

// tests/fixtures/toc-labels/: input.txt holds heading texts (one a line) as the renderer gives them
// to the contents list, expected.txt the entry each gets. UPDATE=1 rewrites expected.txt.

const DIR = join(import.meta.dirname, '../../fixtures/toc-labels');

describe('contents entries', () => {
  it('fixture: title phrase, else a beginning cut at a clause boundary with an ellipsis', () => {
    const actual = readFileSync(join(DIR, 'input.txt'), 'utf8').trimEnd().split('\n').map((h) => tocLabel(h)).join('\n') + '\n';
    expect(actual).toBe(expectedText(join(DIR, 'expected.txt'), actual));
  });
  it('never ends on a word that needs what follows, and keeps the marker', () => {
    for (const h of readFileSync(join(DIR, 'input.txt'), 'utf8').trimEnd().split('\n')) {
      const label = tocLabel(h);
      expect(label).not.toMatch(/(是指|包括|[，,：:；;、])…?$/);
      expect(h.startsWith(label.replace(/…$/, ''))).toBe(true);
    }
  });
  it('only run-in headings are shortened: their ids come from the Markdown attribute blocks', () => {
    const md = '## 一、深入学习贯彻党的十九届四中全会精神，切实增强紧迫感责任感 {#s1 marker=一、}\n\n### （五）经营所得，是指： {#art6-5 .run-in marker=（五）}\n\n正文 {.signer}\n';
    expect([...runInIds(md)]).toEqual(['art6-5']);
  });
});
