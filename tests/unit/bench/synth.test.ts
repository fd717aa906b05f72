import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type SynthFile } from '../../../bench/synth/corpus.ts';
import { buildPools } from '../../../bench/synth/pool.ts';
import { toChinese } from '../../../bench/synth/numerals.ts';
import { defaultSeedDir, readSeedTexts, writeCorpus } from '../../../bench/synth/write.ts';

const seeds = readSeedTexts(defaultSeedDir);
const generate = (n: number, seed: number): SynthFile[] => [...generateCorpus(seeds, { n, seed })];

describe('synthetic corpus', () => {
  const a = generate(120, 7);

  it('is deterministic: the same seed gives byte-identical files', () => {
    const b = generate(120, 7);
    expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name));
    b.forEach((f, i) => expect(f.text === a[i]!.text, f.name).toBe(true));
  });

  it('differs for another seed', () => {
    const c = generate(120, 8);
    expect(c.map((f) => f.text).join('')).not.toBe(a.map((f) => f.text).join(''));
  });

  it('holds exactly N documents', () => {
    for (const n of [1, 2, 37, 120]) expect(generate(n, 3).reduce((s, f) => s + f.documents, 0)).toBe(n);
  });

  it('has numbered headings in every file, 第X条 in regulations, run-in 1. or （一） paragraphs', () => {
    for (const f of a) {
      expect(f.text, f.name).toMatch(/(^|[\n ])(一、|第一章)/);
      if (f.shape === 'law') expect(f.text).toMatch(/\n第一条　/);
      if (f.shape === 'decision' || f.shape === 'webHant') expect(f.text).toMatch(/\n1[.．][^\n]{2,40}。/);
      if (f.shape === 'points') expect(f.text).toMatch(/\n（一）[^\n]{2,40}。/);
    }
  });

  it('mixes the shapes and scripts of the seeds', () => {
    const shapes = new Set(generate(400, 1).map((f) => f.shape));
    for (const s of ['decision', 'halfwidth', 'points', 'plan', 'webHant', 'multi', 'law', 'compilation']) expect(shapes).toContain(s);
    const hant = a.filter((f) => f.shape === 'webHant');
    expect(hant.length).toBeGreaterThan(0);
    for (const f of hant) expect(f.text).toMatch(/[這們個來說為國學發會對時實現關與體經濟]/);
  });

  it('carries no markup or replacement characters from the seeds', () => {
    for (const f of a) expect(f.text, f.name).not.toMatch(/\ufffd|<\/?[a-z]|\/p>|\?/);
  });
});

describe('sentence pool', () => {
  it('takes whole sentences, not PDF-wrap fragments', () => {
    const pools = buildPools(seeds);
    for (const s of pools.hans.sentences) expect(s, s).toMatch(/^[\u3400-\u9fff“《].*[。；！？]$/u);
  });

  it('refuses a seed corpus without traditional text, naming what is missing', () => {
    expect(() => buildPools(seeds.slice(0, 1))).toThrow(/hant sentence pool is too small/);
  });
});

describe('numerals', () => {
  it.each([[1, '一'], [10, '十'], [12, '十二'], [20, '二十'], [35, '三十五']])('%d → %s', (n, s) => expect(toChinese(n)).toBe(s));
  it('rejects what it cannot write', () => expect(() => toChinese(100)).toThrow(/1–99/));
});

describe('writeCorpus', () => {
  const dir = scratchDir('synth-');

  it('writes files once and reuses them when nothing changed', () => {
    const rawDir = join(dir, 'raw');
    const first = writeCorpus({ n: 20, seed: 5, rawDir });
    expect(first.reused).toBe(false);
    expect(readdirSync(rawDir)).toHaveLength(first.files);
    const second = writeCorpus({ n: 20, seed: 5, rawDir });
    expect(second.reused).toBe(true);
    expect(writeCorpus({ n: 21, seed: 5, rawDir }).reused).toBe(false);
  });
});

// The converter is built in parallel; once its pipeline exists, every synthetic file must convert,
// into as many documents as the generator wrote, each with numbered sections.
const convertDir = join(import.meta.dirname, '../../../scripts/convert');
describe.skipIf(!existsSync(join(convertDir, 'pipeline.ts')) || !existsSync(join(convertDir, 'cli-stages.ts')))('conversion of synthetic files', () => {
  it('converts every shape without an error, into the documents the generator wrote', async () => {
    const { convertFile } = await import(join(convertDir, 'pipeline.ts'));
    const { loadStages } = await import(join(convertDir, 'cli-stages.ts'));
    const stages = loadStages(scratchDir('synth-convert-'));
    const files = generate(400, 1);
    const oneOfEach = [...new Map(files.map((f) => [f.shape, f])).values()];
    expect(oneOfEach.length).toBe(8);
    for (const f of oneOfEach) {
      const result = convertFile(f.name, Buffer.from(f.text), stages);
      // A compilation also gets an index document.
      expect(result.docs.length, `${f.name} (${f.shape})`).toBe(f.documents + (f.shape === 'compilation' ? 1 : 0));
      const articles = f.shape === 'compilation' ? result.docs.slice(1) : result.docs;
      for (const d of articles) expect(d.markdown, `${f.name} → ${d.slug}`).toMatch(/^## .+\{#(s|ch|art)1\b/m);
    }
  });
});
