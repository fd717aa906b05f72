// Composes the project's phrase data into one lookup per (direction, variant): simplified keys for
// s→t, every traditional form for t→s. Regional forms come from the entry's own tw/hk override or,
// failing that, from OpenCC's t→tw / t→hk variant tables: variants are composition, not branches.
import { ConverterFactory } from 'opencc-js/core';
import { to as toDicts } from 'opencc-js/preset/cn2t';
import { phraseFiles, protectedFile } from './dict/index';
import type { PhraseEntry } from './dict/schema';
import { PhraseTrie } from './trie';
import type { Direction, Variant } from './types';

export interface ProjectMatch {
  kind: 'project' | 'protected';
  key: string;
  output: string;
}

const variantOf = new Map<Variant, (t: string) => string>();

/** OpenCC-standard traditional → regional variant (identity for 't'). */
export function toVariant(variant: Variant): (t: string) => string {
  let fn = variantOf.get(variant);
  if (!fn) {
    const dicts = (toDicts as unknown as Record<string, never[] | undefined>)[variant];
    if (variant !== 't' && !dicts) throw new Error(`opencc-js has no t→${variant} variant table`);
    fn = variant === 't' || !dicts ? (t: string) => t : ConverterFactory(...dicts);
    variantOf.set(variant, fn);
  }
  return fn;
}

export function targetFor(entry: PhraseEntry, variant: Variant): string {
  if (variant === 'tw' && entry.tw) return entry.tw;
  if (variant === 'hk' && entry.hk) return entry.hk;
  return toVariant(variant)(entry.t);
}

/** Every phrase entry, checked just enough to fail with a clear message (full schema: dict/schema.ts). */
export function allEntries(): PhraseEntry[] {
  return Object.entries(phraseFiles).flatMap(([name, file]) =>
    file.entries.map((entry, i) => {
      if (typeof entry?.s !== 'string' || !entry.s || typeof entry.t !== 'string' || !entry.t) {
        throw new Error(`src/lib/script/dict/${name}.json: entries[${i}] needs non-empty "s" and "t" strings (run npm run test:unit for the full check)`);
      }
      return entry;
    }),
  );
}

export function buildProjectTrie(direction: Direction, variant: Variant): PhraseTrie<ProjectMatch> {
  const trie = new PhraseTrie<ProjectMatch>();
  for (const { term } of protectedFile.entries) trie.setIfAbsent(term, { kind: 'protected', key: term, output: term });
  for (const entry of allEntries()) {
    if (direction === 's2t' && entry.dir !== 't2s') {
      trie.setIfAbsent(entry.s, { kind: 'project', key: entry.s, output: targetFor(entry, variant) });
    }
    if (direction === 't2s' && entry.dir !== 's2t') {
      const forms = new Set([entry.t, targetFor(entry, 'tw'), targetFor(entry, 'hk')]);
      for (const form of forms) trie.setIfAbsent(form, { kind: 'project', key: form, output: entry.s });
    }
  }
  return trie;
}
