import { describe, expect, it } from 'vitest';
import { settleSlugClashes, type FileSlugs } from '../../../scripts/convert/slug-clash.ts';
import { formatRegistry, parseRegistry, type RegistryEntry } from '../../../scripts/convert/slug-registry.ts';

// Documents are given as slug, or slug:title (title defaults to the slug, so equal slugs mean the same title).
const f = (file: string, ...docs: string[]): FileSlugs => ({
  file,
  docs: docs.map((d, i) => {
    const [slug, title] = d.split(':') as [string, string | undefined];
    return { slug, title: title ?? `title ${slug}`, date: null, line: 10 * (i + 1) };
  }),
});
const settled = (files: FileSlugs[], registry: RegistryEntry[] = []) => Object.fromEntries(settleSlugClashes(files, { registry }).slugs);
/** The registry a run writes, read back as the next run would. */
const after = (files: FileSlugs[], registry: RegistryEntry[] = []) => parseRegistry(formatRegistry(settleSlugClashes(files, { registry }).registry));

describe('slugs on a first run (empty registry)', () => {
  it('keeps the first by raw file name, then position, and numbers the later ones', () => {
    const { slugs, warnings } = settleSlugClashes([f('b.txt', 'x', 'y'), f('a.txt', 'z', 'x'), f('c.txt', 'x')]);
    expect(Object.fromEntries(slugs)).toEqual({ 'a.txt': ['z', 'x'], 'b.txt': ['x-2', 'y'], 'c.txt': ['x-3'] });
    expect(warnings.has('a.txt')).toBe(false);
    expect(warnings.get('b.txt')![0]).toMatchObject({ file: 'b.txt', line: 10, severity: 'warning' });
    expect(warnings.get('b.txt')![0]!.reason).toMatch(/"x" of document 1 is taken by a\.txt document 2 \(line 20\).*"x-2".*"b\.txt#1".*slug-registry\.tsv/);
  });

  it('does not depend on the order the files come in', () => {
    const files = [f('a.txt', 'x', 'x-2'), f('b.txt', 'x'), f('c.txt', 'y', 'x'), f('d.txt', 'y')];
    const expected = JSON.stringify(settleSlugClashes(files));
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      expect(JSON.stringify(settleSlugClashes(order.map((i) => files[i]!)))).toBe(expected);
    }
  });

  it('never gives a clashing document a slug another document wants', () => {
    // a.txt and b.txt clash on x; c.txt wants x-2 itself, so b.txt moves on to x-3.
    expect(settled([f('a.txt', 'x'), f('b.txt', 'x'), f('c.txt', 'x-2')])).toEqual({ 'a.txt': ['x'], 'b.txt': ['x-3'], 'c.txt': ['x-2'] });
  });

  it('leaves slugs of documents kept from a failed file alone', () => {
    const { slugs, warnings } = settleSlugClashes([f('a.txt', 'x')], { reserved: new Set(['x']) });
    expect(slugs.get('a.txt')).toEqual(['x-2']);
    expect(warnings.get('a.txt')![0]!.reason).toMatch(/failed to convert/);
  });

  it('changes nothing without a clash and registers every document', () => {
    const d = settleSlugClashes([f('b.txt', 'y'), f('a.txt', 'x', 'x-2')]);
    expect(Object.fromEntries(d.slugs)).toEqual({ 'a.txt': ['x', 'x-2'], 'b.txt': ['y'] });
    expect(d.warnings.size).toBe(0);
    expect(d.counts).toEqual({ registered: 3, updated: 0, reserved: 0 });
    expect(after([f('b.txt', 'y'), f('a.txt', 'x', 'x-2')]).map((e) => `${e.slug} ${e.file}#${e.n}`)).toEqual(['x a.txt#1', 'x-2 a.txt#2', 'y b.txt#1']);
  });
});

describe('slugs with a registry: a published slug stays with its document', () => {
  it('a new raw file that sorts first does not take a published slug', () => {
    const registry = after([f('b.txt', 'x'), f('c.txt', 'x:other')]); // b x, c x-2
    const d = settleSlugClashes([f('0.txt', 'x:new'), f('b.txt', 'x'), f('c.txt', 'x:other')], { registry });
    expect(Object.fromEntries(d.slugs)).toEqual({ '0.txt': ['x-3'], 'b.txt': ['x'], 'c.txt': ['x-2'] });
    expect(d.warnings.get('0.txt')![0]!.reason).toMatch(/"x" of document 1 is taken by b\.txt document 1 \(line 10\)/);
    expect(d.warnings.has('b.txt')).toBe(false);
  });

  it('is a fixed point: the registry a run writes gives the same slugs and the same registry', () => {
    const files = [f('a.txt', 'x', 'y'), f('b.txt', 'x')];
    const first = settleSlugClashes(files);
    const second = settleSlugClashes(files, { registry: parseRegistry(formatRegistry(first.registry)) });
    expect(second.slugs).toEqual(first.slugs);
    expect(formatRegistry(second.registry)).toBe(formatRegistry(first.registry));
    expect(second.warnings).toEqual(first.warnings); // reports too: warnings come from the settled state
    expect(second.counts).toEqual({ registered: 0, updated: 0, reserved: 0 });
  });

  it('follows a document that moves in its file, whose title is lightly edited, or whose raw file is renamed', () => {
    const registry = after([f('a.txt', 'x:关于推进甲工作的意见', 'y:乙工作要点')]);
    // a document inserted first; y's title corrected (丙 for a garbled 乙 … still similar)
    expect(settled([f('a.txt', 'n:新文件', 'x:关于推进甲工作的意见', 'y2:乙工作的要点')], registry)).toEqual({ 'a.txt': ['n', 'x', 'y'] });
    // a.txt renamed to z.txt
    expect(settled([f('z.txt', 'x:关于推进甲工作的意见', 'y:乙工作要点')], registry)).toEqual({ 'z.txt': ['x', 'y'] });
    // the registry follows: lines updated in place, no new slug
    const moved = after([f('a.txt', 'n:新文件', 'x:关于推进甲工作的意见', 'y2:乙工作的要点')], registry);
    expect(moved.map((e) => `${e.slug} ${e.file}#${e.n} ${e.title}`)).toEqual(['n a.txt#1 新文件', 'x a.txt#2 关于推进甲工作的意见', 'y a.txt#3 乙工作的要点']);
  });

  it('a title with other numerals is another document: new slug, the old one stays reserved with a warning', () => {
    const registry = after([f('a.txt', '2016nyd:2016年工作要点')]);
    const d = settleSlugClashes([f('a.txt', '2017nyd:2017年工作要点')], { registry });
    expect(d.slugs.get('a.txt')).toEqual(['2017nyd']);
    expect(d.warnings.get('a.txt')![0]!.reason).toMatch(/registered slug "2016nyd" .*line "a\.txt#1".*matches no document of this file any more; the slug stays reserved/);
    expect(d.registry.map((e) => e.slug).sort()).toEqual(['2016nyd', '2017nyd']);
    expect(d.counts.reserved).toBe(1);
    // and a later document wanting the retired slug does not get it
    expect(settled([f('a.txt', '2017nyd:2017年工作要点'), f('b.txt', '2016nyd:2016年工作要点2')], parseRegistry(formatRegistry(d.registry)))).toEqual({ 'a.txt': ['2017nyd'], 'b.txt': ['2016nyd-2'] });
  });

  it('spacing in a title is not an edit of its identity', () => {
    const registry = after([f('a.txt', 's:2016 年工作要点')]);
    const d = settleSlugClashes([f('a.txt', 's:2016年工作要点')], { registry });
    expect(d.slugs.get('a.txt')).toEqual(['s']);
    expect(d.registry[0]!.title).toBe('2016年工作要点');
  });

  it('a slugs.json choice does not rename a published document; it warns', () => {
    const registry = after([f('a.txt', 'x')]);
    const files: FileSlugs[] = [{ file: 'a.txt', docs: [{ slug: 'chosen', title: 'title x', date: null, line: 3, chosen: true }] }];
    const d = settleSlugClashes(files, { registry });
    expect(d.slugs.get('a.txt')).toEqual(['x']);
    expect(d.warnings.get('a.txt')![0]!.reason).toMatch(/chooses "chosen".*published as "x".*change the slug on its line "a\.txt#1"/);
  });

  it('a raw file that failed to convert keeps its registered slugs; only a file that is gone can be taken over as renamed', () => {
    const registry = after([f('a.txt', 'x')]);
    const failed = settleSlugClashes([f('b.txt', 'x')], { registry, present: new Set(['a.txt', 'b.txt']) });
    expect(failed.slugs.get('b.txt')).toEqual(['x-2']);
    expect(failed.warnings.get('b.txt')![0]!.reason).toMatch(/taken by a\.txt document 1 \("title x"\), no longer converted/);
    const renamed = settleSlugClashes([f('b.txt', 'x')], { registry, present: new Set(['b.txt']) });
    expect(renamed.slugs.get('b.txt')).toEqual(['x']);
  });

  it('a slug edited in the registry is the document\'s slug from then on', () => {
    const registry = after([f('a.txt', 'x')]).map((e) => ({ ...e, slug: 'renamed' }));
    expect(settled([f('a.txt', 'x')], registry)).toEqual({ 'a.txt': ['renamed'] });
  });
});
