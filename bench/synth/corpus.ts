// Plans and writes a synthetic corpus of exactly N documents: which files hold which documents,
// in which shape. Deterministic: the same seed and seed corpus give byte-identical files.

import * as OpenCC from 'opencc-js';
import { articleSize, createDocument, slugKey, standaloneSize, type Structure, type TextSource } from './document.ts';
import { toChinese } from './numerals.ts';
import { compilationTitle, renderCompilation, type CompilationArticle } from './compilation.ts';
import { buildPools, type Pools } from './pool.ts';
import { renderAppended, renderDecision, renderLaw, renderPoints, renderWebHant, type RenderContext } from './render.ts';
import { createRng, type Rng } from './rng.ts';
import { compilationCategories, places, subjects } from './vocabulary.ts';

/** Share of raw files per shape; each mirrors one kind of seed (see README.md). */
export const shapeWeights = {
  decision: 24, // newspaper decision: adoption note, byline, 1. run-in headings
  halfwidth: 14, // half-width brackets and commas, stand-alone (一) lines
  points: 14, // PDF work points: wraps with blank lines, repeated page title
  plan: 14, // opinion/plan: 一、/（一）/1., signature date at the end
  webHant: 14, // traditional web page: pinyin, page breaks, view counters
  multi: 9, // two documents in one file
  law: 9, // 第X章 / 第X条 regulations
  compilation: 2, // one-line 汇编 of 8–31 articles
} as const;

export type Shape = keyof typeof shapeWeights;

export interface SynthFile {
  name: string;
  shape: Shape;
  documents: number;
  text: string;
}

export interface SynthOptions {
  n: number;
  seed: number;
}

function hantSource(pools: Pools, toHant: (s: string) => string): TextSource {
  // The one traditional seed is small; mix it with converted simplified sentences for variety.
  const conv = (list: string[]): string[] => list.map(toHant);
  return { pool: pools.hant, mix: { sentences: conv(pools.hans.sentences), leads: conv(pools.hans.leads), headings: conv(pools.hans.headings) } };
}

interface Sources {
  hans: TextSource;
  hant: TextSource;
  taken: Set<string>;
}

function renderFile(rng: Rng, shape: Shape, remaining: number, ctx: RenderContext, src: Sources): { text: string; documents: number } {
  const { hans, taken } = src;
  const doc = (structure: Structure, script: 'hans' | 'hant' = 'hans', type?: string) =>
    createDocument(rng, script === 'hans' ? hans : src.hant, script, structure, standaloneSize, { taken, type });
  switch (shape) {
    case 'decision': {
      const d = doc(rng.pick(['flat', 'nested'] as const), 'hans', '决定');
      return { text: renderDecision(ctx, d, false), documents: 1 };
    }
    case 'halfwidth':
      return { text: renderDecision(ctx, doc('nested'), true), documents: 1 };
    case 'points':
      return { text: renderPoints(ctx, doc('points'), rng.chance(0.5) ? rng.int(8, 14) : 0), documents: 1 };
    case 'plan':
      return { text: renderPoints(ctx, doc('nested'), 0), documents: 1 };
    case 'webHant':
      return { text: renderWebHant(ctx, doc('flat', 'hant')), documents: 1 };
    case 'law':
      return { text: renderLaw(ctx, doc('law')), documents: 1 };
    case 'multi':
      if (remaining < 2) return renderFile(rng, 'plan', remaining, ctx, src);
      return { text: renderPoints(ctx, doc('points'), 0) + '\n\n' + renderAppended(ctx, doc('nested')), documents: 2 };
    case 'compilation': {
      const count = Math.min(remaining, rng.int(8, 31));
      if (count < 4) return renderFile(rng, 'plan', remaining, ctx, src);
      const articles: CompilationArticle[] = Array.from({ length: count }, () => ({
        category: rng.pick(compilationCategories),
        doc: createDocument(rng, hans, 'hans', 'article', articleSize, { taken }),
      }));
      // Articles are listed by category, in the category order of the table of contents.
      articles.sort((a, b) => compilationCategories.indexOf(a.category) - compilationCategories.indexOf(b.category));
      // The index document's slug comes from the compilation title: keep it unique too.
      let subject = rng.pick(subjects) as string;
      for (let tries = 0; taken.has(slugKey(compilationTitle(subject, articles))); tries++) {
        subject = `${rng.pick(places)}${rng.pick(subjects)}${tries > 50 ? toChinese(rng.int(1, 99)) : ''}`;
      }
      taken.add(slugKey(compilationTitle(subject, articles)));
      return { text: renderCompilation(ctx, subject, articles), documents: count };
    }
  }
}

/** Generates the whole corpus in memory order; `seedTexts` are the decoded seed files, sorted by name. */
export function* generateCorpus(seedTexts: readonly string[], options: SynthOptions): Generator<SynthFile> {
  const pools = buildPools(seedTexts);
  const converter = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHant = (s: string): string => converter(s);
  const hans: TextSource = { pool: pools.hans };
  const hant = hantSource(pools, toHant);
  const root = createRng(options.seed);
  const sources: Sources = { hans, hant, taken: new Set() };
  let produced = 0;
  for (let index = 0; produced < options.n; index++) {
    const rng = root.fork(index);
    const shape = rng.weighted(shapeWeights);
    const ctx: RenderContext = { rng, toHant, pinyin: pools.pinyin };
    const { text, documents } = renderFile(rng, shape, options.n - produced, ctx, sources);
    produced += documents;
    const id = Array.from({ length: 4 }, () => rng.int(0, 0xffff).toString(16).padStart(4, '0')).join('');
    // A few files arrive with a BOM or Windows line ends, as files from other sources do.
    let out = text;
    if (rng.chance(0.05)) out = out.replaceAll('\n', '\r\n');
    if (rng.chance(0.05)) out = '\ufeff' + out;
    yield { name: `syn${String(index).padStart(5, '0')}_${id}.txt`, shape, documents, text: out };
  }
}
