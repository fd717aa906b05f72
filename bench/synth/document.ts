// A synthetic document as a tree of sections; render.ts turns it into raw text of a given shape.
// Headings and paragraphs come from the pools; the frame (title, issuer, date) from vocabulary.ts.

import { pinyin } from 'pinyin-pro';
import type { Script } from '../../scripts/convert/types.ts';
import type { Pool } from './pool.ts';
import type { Rng } from './rng.ts';
import { toChinese } from './numerals.ts';
import { docTypes, issuerPatterns, lawTitles, places, subjects } from './vocabulary.ts';

export interface SynthSection {
  /** Heading text without marker; for a run-in heading, the lead sentence (ends in 。). */
  heading: string;
  runIn: boolean;
  paragraphs: string[];
  children: SynthSection[];
}

/**
 * 'points': 一、 lines with （一） run-in paragraphs; 'nested': 一、 / （一） / 1. run-in;
 * 'flat': 一、 lines with 1. run-in paragraphs; 'law': 第X章 / 第X条 with （一） items;
 * 'article': a compilation article, like 'points' but titled without issuer (关于…的意见).
 */
export type Structure = 'points' | 'nested' | 'flat' | 'law' | 'article';

export interface SynthDoc {
  title: string;
  issuer: string;
  place: string;
  date: { year: number; month: number; day: number };
  type: string;
  script: Script;
  structure: Structure;
  preamble: string[];
  sections: SynthSection[];
  closing: string[];
}

export interface Size {
  sections: [number, number];
  children: [number, number];
  sentences: [number, number];
}

export const standaloneSize: Size = { sections: [3, 9], children: [2, 6], sentences: [2, 6] };
export const articleSize: Size = { sections: [2, 5], children: [1, 3], sentences: [2, 4] };

/** Source of text for one document: `pool` for sentences, optionally mixed with a second pool. */
export interface TextSource {
  pool: Pool;
  mix?: Pool;
}

function sentence(rng: Rng, src: TextSource, kind: 'sentences' | 'leads' | 'headings'): string {
  const pool = src.mix && rng.chance(0.5) ? src.mix : src.pool;
  return rng.pick(pool[kind]);
}

export function paragraph(rng: Rng, src: TextSource, [min, max]: [number, number]): string {
  const n = rng.int(min, max);
  let text = '';
  for (let i = 0; i < n; i++) text += sentence(rng, src, 'sentences');
  return text;
}

function runInSection(rng: Rng, src: TextSource, size: Size): SynthSection {
  const paragraphs = [paragraph(rng, src, size.sentences)];
  if (rng.chance(0.3)) paragraphs.push(paragraph(rng, src, size.sentences));
  return { heading: sentence(rng, src, 'leads'), runIn: true, paragraphs, children: [] };
}

function sections(rng: Rng, src: TextSource, structure: Structure, size: Size): SynthSection[] {
  const count = rng.int(...size.sections);
  const out: SynthSection[] = [];
  for (let i = 0; i < count; i++) {
    const intro = rng.chance(structure === 'flat' ? 0.2 : 0.3) ? [paragraph(rng, src, size.sentences)] : [];
    const children: SynthSection[] = [];
    const childCount = rng.int(...size.children);
    for (let j = 0; j < childCount; j++) {
      if (structure === 'nested' && rng.chance(0.35)) {
        // A stand-alone （一） line with 1. run-in paragraphs under it.
        const grandchildren = Array.from({ length: rng.int(2, 4) }, () => runInSection(rng, src, size));
        children.push({ heading: sentence(rng, src, 'headings'), runIn: false, paragraphs: [], children: grandchildren });
      } else if (structure === 'law') {
        const items = rng.chance(0.25) ? Array.from({ length: rng.int(2, 5) }, () => paragraph(rng, src, [1, 1])) : [];
        children.push({ heading: '', runIn: false, paragraphs: [paragraph(rng, src, [1, 3]), ...items], children: [] });
      } else {
        children.push(runInSection(rng, src, size));
      }
    }
    out.push({ heading: sentence(rng, src, 'headings'), runIn: false, paragraphs: intro, children });
  }
  return out;
}

function issuerFor(rng: Rng, place: string): string {
  const stem = place.slice(0, -1);
  const unit = place.slice(-1);
  return rng.pick(issuerPatterns).replace('{p}', place).replace('{s}', stem).replace('{u}', unit);
}

export interface FrameOptions {
  /** Slug keys already used in the corpus (see slugKey). */
  taken: Set<string>;
  /** Force the document type (决定 for decisions). */
  type?: string;
}

type Frame = Pick<SynthDoc, 'title' | 'issuer' | 'place' | 'date' | 'type'>;

function createFrame(rng: Rng, src: TextSource, structure: Structure, forced?: string): Frame {
  const place = rng.pick(places);
  const issuer = issuerFor(rng, place);
  const date = { year: rng.int(2015, 2024), month: rng.int(1, 12), day: rng.int(1, 28) };
  const topic = sentence(rng, { pool: src.pool }, 'headings').replace(/[，,].*$/, '');
  if (structure === 'law') return { title: `${place}${rng.pick(subjects)}${rng.pick(lawTitles)}`, issuer, place, date, type: '条例' };
  if (structure === 'points') return { title: `${date.year} 年${place}${rng.pick(subjects)}工作要点`, issuer, place, date, type: '要点' };
  const type = forced ?? rng.weighted(docTypes);
  if (structure === 'article') {
    // The seed compilation's article titles: 关于…的意见, two slogans joined by a space, a place's experience.
    const other = sentence(rng, { pool: src.pool }, 'headings').replace(/[，,].*$/, '');
    const title = rng.pick([`关于${topic}的${type}`, `${topic} ${other}`, `${place}${topic}`, `${other}的几点思考`]);
    return { title, issuer, place, date, type };
  }
  return { title: `${issuer}关于${topic}的${type}`, issuer, place, date, type };
}

/** The part of a title a slug is made of: pinyin initials, at most 24 (as scripts/convert/slug.ts). */
export function slugKey(title: string): string {
  const parts = pinyin(title, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[];
  return parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 24);
}

export function createDocument(rng: Rng, src: TextSource, script: Script, structure: Structure, size: Size, options: FrameOptions): SynthDoc {
  // Redraw the frame until its slug key is new. Dates are not relied on (the converter does not
  // find every kind of date line), so titles alone must differ in their first 24 pinyin initials
  // (杭州 and 湖州 both give hz): a real archive has distinct documents, and slugs must be unique.
  let frame = createFrame(rng, src, structure, options.type);
  const key = (f: Frame): string => slugKey(f.title);
  for (let tries = 0; options.taken.has(key(frame)); tries++) {
    frame = createFrame(rng, src, structure, options.type);
    if (tries > 100) frame.title = `${frame.date.year}年${toChinese(rng.int(1, 99))}号${frame.title}`;
  }
  options.taken.add(key(frame));
  return {
    ...frame,
    script,
    structure,
    preamble: Array.from({ length: rng.int(1, 3) }, () => paragraph(rng, src, [2, 4])),
    sections: sections(rng, src, structure, size),
    closing: rng.chance(0.5) ? [paragraph(rng, src, [2, 3])] : [],
  };
}
