import { describe, expect, it } from 'vitest';
import { parseDocFile } from '../../../src/lib/corpus/load.ts';
import { MAX_MARKDOWN_CHARS } from '../../../src/lib/corpus/limits.ts';

describe('the site refuses a Markdown file too large to build in bounded memory', () => {
  const front = '---\ntitle: 甲\nslug: jia\ntype: 意见\nscript: zh-Hans\nsource: a.txt\n---\n';
  it('names the file, its size, the limit and what to do', () => {
    const text = front + '正'.repeat(MAX_MARKDOWN_CHARS);
    expect(() => parseDocFile('content/docs/jia.md', text)).toThrow(/^content\/docs\/jia\.md: 2,000,0\d\d characters, over the limit of 2,000,000 per file .*split the text into several files/);
  });
  it('a file at the limit is read', () => {
    expect(() => parseDocFile('content/docs/jia.md', front + '正'.repeat(MAX_MARKDOWN_CHARS - front.length))).not.toThrow(/limit/);
  });
});
