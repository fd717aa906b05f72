// The site's own corpus loader (replaces Astro's content layer): validation errors name the file
// and line, duplicate slugs name both files, order is deterministic, bodies keep their positions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { loadCorpus } from '../../../src/lib/docs.ts';
import { parseDocFile, readBody, splitFrontmatter } from '../../../src/lib/corpus/load.ts';

const good = (slug: string, date = '2020-01-02') =>
  `---\ntitle: 标题\nslug: ${slug}\nissuer: 某机关\ndate: ${date}\ntype: 决定\nscript: hans\nsource: {file: a.txt}\n---\n\n正文。\n`;

const corpusOf = (files: Record<string, string>) => {
  const d = scratchDir('wy-corpus-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
};

describe('corpus loader', () => {
  it('reads, validates and sorts newest first; indexes by slug, collection and source', () => {
    const dir = corpusOf({
      'b.md': good('b-doc', '2019-05-01'),
      'a.md': good('a-doc', '2021-05-01'),
      'c.md': good('c-art', '2018-01-01').replace('script: hans', 'script: hans\ncollection: b-doc\norder: 1'),
      'notes.txt': 'ignored',
    });
    const c = loadCorpus(dir);
    expect(c.docs.map((d) => d.id)).toEqual(['a-doc', 'b-doc', 'c-art']);
    expect(c.bySlug.get('b-doc')?.filePath).toBe(join(dir, 'b.md'));
    expect(c.articles.get('b-doc')?.map((d) => d.id)).toEqual(['c-art']);
    expect(c.bySource.get('a.txt')?.length).toBe(3);
    expect(readBody(c.bySlug.get('a-doc')!).trim()).toBe('正文。');
  });

  it('a schema error names the file and the line of the key, and says what to do', () => {
    expect(() => parseDocFile('x/bad.md', good('a').replace('date: 2020-01-02', 'date: 20th May'))).toThrow(
      /x\/bad\.md:5: frontmatter date: date must be ISO yyyy-mm-dd[\s\S]*re-run npm run convert/,
    );
  });

  it('a YAML error names the file and line', () => {
    expect(() => parseDocFile('x/bad.md', good('a').replace('type: 决定', 'type: [决定'))).toThrow(/x\/bad\.md:\d+: frontmatter is not valid YAML/);
  });

  it('a missing frontmatter is an error', () => {
    expect(() => parseDocFile('x/none.md', '正文\n')).toThrow(/x\/none\.md:1: no YAML frontmatter/);
  });

  it('two files with one slug: the error names both', () => {
    const dir = corpusOf({ 'a.md': good('same'), 'b.md': good('same') });
    expect(() => loadCorpus(dir)).toThrow(new RegExp(`${join(dir, 'b.md')}.*"same".*${join(dir, 'a.md')}`));
  });

  it('the body keeps line positions (frontmatter blanked like Astro)', () => {
    const text = good('a');
    const { body } = splitFrontmatter(text);
    expect(body.split('\n').length).toBe(text.split('\n').length);
    expect(body.split('\n').indexOf('正文。')).toBe(text.split('\n').indexOf('正文。'));
  });

  it('loads the fixture corpus', () => {
    const c = loadCorpus('tests/fixtures/site/docs');
    expect(c.docs.length).toBeGreaterThan(3);
    expect(readFileSync(c.docs[0]!.filePath, 'utf8')).toContain(`slug: ${c.docs[0]!.id}`);
  });
});
