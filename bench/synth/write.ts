// Edge of the generator: reads the seed corpus, writes the synthetic raw files and a manifest.
// A corpus whose manifest matches (same n, seed, generator source and seed corpus) is reused.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type Shape } from './corpus.ts';

export interface WriteOptions {
  n: number;
  seed: number;
  /** Directory that receives the raw .txt files (emptied first). */
  rawDir: string;
  /** Seed corpus, default content/raw. */
  seedDir?: string;
}

export interface CorpusStats {
  n: number;
  seed: number;
  files: number;
  documents: number;
  bytes: number;
  shapes: Partial<Record<Shape, number>>;
  fingerprint: string;
  reused: boolean;
  ms: number;
}

const here = dirname(fileURLToPath(import.meta.url));
export const defaultSeedDir = join(here, '../../content/raw');

export function readSeedTexts(seedDir: string): string[] {
  const names = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`synth: no .txt seed files in ${seedDir}; copy the seeds into content/raw first`);
  // The seeds are UTF-8; a BOM would end up inside the first sentence.
  return names.map((f) => readFileSync(join(seedDir, f), 'utf8').replace(/^\ufeff/, ''));
}

function fingerprint(seedTexts: string[]): string {
  const h = createHash('sha256');
  for (const f of readdirSync(here).filter((f) => f.endsWith('.ts')).sort()) h.update(readFileSync(join(here, f)));
  for (const t of seedTexts) h.update(t);
  return h.digest('hex').slice(0, 16);
}

export const manifestPath = (rawDir: string): string => join(dirname(rawDir), `${rawDir.split('/').pop()}.synth.json`);

export function writeCorpus(options: WriteOptions): CorpusStats {
  const start = performance.now();
  const seedTexts = readSeedTexts(options.seedDir ?? defaultSeedDir);
  const print = fingerprint(seedTexts);
  const manifest = manifestPath(options.rawDir);
  if (existsSync(manifest) && existsSync(options.rawDir)) {
    const old = JSON.parse(readFileSync(manifest, 'utf8')) as CorpusStats;
    if (old.n === options.n && old.seed === options.seed && old.fingerprint === print) {
      return { ...old, reused: true, ms: performance.now() - start };
    }
  }
  rmSync(options.rawDir, { recursive: true, force: true });
  mkdirSync(options.rawDir, { recursive: true });
  const stats: CorpusStats = { n: options.n, seed: options.seed, files: 0, documents: 0, bytes: 0, shapes: {}, fingerprint: print, reused: false, ms: 0 };
  for (const file of generateCorpus(seedTexts, { n: options.n, seed: options.seed })) {
    const bytes = Buffer.from(file.text, 'utf8');
    writeFileSync(join(options.rawDir, file.name), bytes);
    stats.files++;
    stats.documents += file.documents;
    stats.bytes += bytes.length;
    stats.shapes[file.shape] = (stats.shapes[file.shape] ?? 0) + 1;
  }
  stats.ms = performance.now() - start;
  writeFileSync(manifest, JSON.stringify(stats, null, 2) + '\n');
  return stats;
}
