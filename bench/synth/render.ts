// Renders synthetic documents into raw text files shaped like the seeds: each shape reproduces
// one kind of source (newspaper decision, PDF work points, web page in traditional script, …)
// with the mess that kind carries. The converter must undo all of it.

import type { SynthDoc, SynthSection } from './document.ts';
import { articleMarker, arabicMarker, chapterMarker, parenMarker, topMarker, type MarkerStyle } from './markers.ts';
import { toChinese } from './numerals.ts';
import type { Rng } from './rng.ts';
import { bylines, lawChapters, webFooters, webHeaders } from './vocabulary.ts';

export interface RenderContext {
  rng: Rng;
  /** Simplified → traditional for the frame of hant documents (title, notes, cruft). */
  toHant(text: string): string;
  pinyin: ReadonlyMap<string, string>;
}

export interface BodyStyle extends MarkerStyle {
  /** 1. numbering runs on across 一、 sections (as in the traditional seed) instead of restarting. */
  continueNumbering: boolean;
}

const dateText = (d: SynthDoc['date']): string => `${d.year}年${d.month}月${d.day}日`;
const isoDate = (d: SynthDoc['date']): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

function frame(ctx: RenderContext, doc: SynthDoc, text: string): string {
  return doc.script === 'hant' ? ctx.toHant(text) : text;
}

function fill(ctx: RenderContext, doc: SynthDoc, pattern: string): string {
  return pattern
    .replaceAll('{n}', String(ctx.rng.int(1000, 99999)))
    .replaceAll('{d}', isoDate(doc.date))
    .replaceAll('{c}', doc.place.slice(0, -1));
}

/** Body paragraphs (one string per source paragraph) of a document's numbered sections. */
export function bodyParagraphs(doc: SynthDoc, style: BodyStyle): string[] {
  const out: string[] = [];
  let arabic = 0;
  const runIn = (s: SynthSection, marker: string): void => {
    out.push(`${marker}${s.heading}${s.paragraphs[0] ?? ''}`);
    out.push(...s.paragraphs.slice(1));
  };
  let article = 0;
  doc.sections.forEach((section, i) => {
    if (doc.structure === 'law') {
      const name = i === 0 ? '总则' : i === doc.sections.length - 1 ? '附则' : lawChapters[(i - 1) % lawChapters.length];
      out.push(`${chapterMarker(i + 1)}　${name}`);
      for (const a of section.children) {
        out.push(`${articleMarker(++article)}　${a.paragraphs[0]}`);
        a.paragraphs.slice(1).forEach((item, k) => out.push(`${parenMarker(k + 1, style)}${item}`));
      }
      return;
    }
    out.push(`${topMarker(i + 1)}${section.heading}`);
    out.push(...section.paragraphs);
    if (!style.continueNumbering) arabic = 0;
    section.children.forEach((child, j) => {
      if (doc.structure === 'flat') return runIn(child, arabicMarker(++arabic, style));
      if (child.runIn) return runIn(child, parenMarker(j + 1, style));
      out.push(`${parenMarker(j + 1, style)}${child.heading}`);
      child.children.forEach((g, k) => runIn(g, arabicMarker(k + 1, style)));
    });
  });
  return out;
}

/** A PDF line wrap in mid-sentence: the line breaks where no sentence ends (sometimes with a blank line). */
function wrap(ctx: RenderContext, para: string, probability: number, blank: boolean): string {
  if (para.length < 60 || !ctx.rng.chance(probability)) return para;
  for (let tries = 0; tries < 5; tries++) {
    const at = ctx.rng.int(30, para.length - 10);
    if (!/[。；！？：:，,、“”（）()]/.test(para[at - 1]! + para[at]!)) {
      return `${para.slice(0, at)}${blank ? '\n\n' : '\n'}${para.slice(at)}`;
    }
  }
  return para;
}

/** A newspaper page break inside a paragraph: （下转第二版）, the page's running title, （紧接第一版）. */
function pageBreak(ctx: RenderContext, doc: SynthDoc, para: string, page: number): string {
  const cut = para.indexOf('。') + 1;
  if (cut <= 0 || cut >= para.length - 5) return para;
  const [open, close] = doc.script === 'hant' && ctx.rng.chance(0.5) ? [' (', ')'] : ['（', '）'];
  const down = frame(ctx, doc, `${open}下转第${toChinese(page + 1)}版${close}`);
  const up = frame(ctx, doc, `（紧接第${toChinese(page)}版${close}`);
  return `${para.slice(0, cut)}${down}\n${doc.title}\n${up}${para.slice(cut)}`;
}

function addPinyin(ctx: RenderContext, text: string): string {
  let out = '';
  for (const ch of text) out += ch + (ctx.pinyin.has(ch) && ctx.rng.chance(0.9) ? `(${ctx.pinyin.get(ch)})` : '');
  return out;
}

/** Title with a stray space where a print layout wrapped it (中共…十九届 四中全会…). */
function wrappedTitle(ctx: RenderContext, title: string): string {
  if (title.length < 18 || !ctx.rng.chance(0.5)) return title;
  const at = ctx.rng.int(8, title.length - 6);
  return `${title.slice(0, at)} ${title.slice(at)}`;
}

export function renderDecision(ctx: RenderContext, doc: SynthDoc, half: boolean): string {
  const { rng } = ctx;
  const [open, close] = half ? ['(', ')'] : ['（', '）'];
  const meeting = `${doc.place}第${toChinese(rng.int(8, 15))}届委员会第${toChinese(rng.int(2, 9))}次全体会议通过`;
  const style: BodyStyle = { paren: half ? 'half' : 'full', arabic: rng.pick(['.', '．'] as const), continueNumbering: false };
  const preamble = [...doc.preamble];
  if (!half && rng.chance(0.5)) preamble[0] = fill(ctx, doc, rng.pick(bylines)) + preamble[0];
  let paras = [...preamble, ...bodyParagraphs(doc, style), ...doc.closing];
  if (half) paras = paras.map((p) => p.replaceAll('，', ',').replaceAll('：', ':'));
  const lines = [wrappedTitle(ctx, doc.title), `${open}${dateText(doc.date)}中国共产党${meeting}${close}`, ...paras];
  return lines.join(half || rng.chance(0.5) ? '\n' : '\n\n') + '\n';
}

export function renderPoints(ctx: RenderContext, doc: SynthDoc, headerEvery: number): string {
  const style: BodyStyle = { paren: 'full', arabic: '.', continueNumbering: false };
  const paras = [...doc.preamble, ...bodyParagraphs(doc, style), ...doc.closing];
  const out: string[] = ['', '', doc.title];
  paras.forEach((p, i) => {
    if (headerEvery > 0 && i > 0 && i % headerEvery === 0) out.push(doc.title);
    out.push(wrap(ctx, p, 0.3, true));
  });
  if (doc.structure !== 'points') out.push(`${doc.issuer}\n${dateText(doc.date)}`);
  return out.join('\n\n') + '\n';
}

export function renderWebHant(ctx: RenderContext, doc: SynthDoc): string {
  const { rng } = ctx;
  doc.title = frame(ctx, doc, doc.title);
  doc.issuer = frame(ctx, doc, doc.issuer);
  const style: BodyStyle = { paren: 'half', arabic: '.', continueNumbering: true };
  let paras = [...doc.preamble, ...bodyParagraphs(doc, style), ...doc.closing].map((p) => p.replaceAll('，', ','));
  let page = 1;
  paras = paras.map((p, i) => (i > 3 && i % 14 === 0 ? pageBreak(ctx, doc, p, page++) : p));
  const header = frame(ctx, doc, fill(ctx, doc, rng.pick(webHeaders)));
  const footer = frame(ctx, doc, fill(ctx, doc, rng.pick(webFooters)));
  return addPinyin(ctx, [header, doc.title, ...paras].join('\n')) + '\n' + footer + '\n';
}

export function renderLaw(ctx: RenderContext, doc: SynthDoc): string {
  const { rng } = ctx;
  const note = `（${dateText(doc.date)}${doc.place}第${toChinese(rng.int(10, 14))}届人民代表大会常务委员会第${toChinese(rng.int(2, 40))}次会议通过）`;
  const style: BodyStyle = { paren: 'full', arabic: '.', continueNumbering: false };
  return [doc.title, note, ...bodyParagraphs(doc, style)].join('\n\n') + '\n';
}

/** Second document of a file that holds two (issuer line, title, ——date line). */
export function renderAppended(ctx: RenderContext, doc: SynthDoc): string {
  const style: BodyStyle = { paren: 'full', arabic: '.', continueNumbering: false };
  const paras = [...doc.preamble, ...bodyParagraphs(doc, style), ...doc.closing].map((p) => wrap(ctx, p, 0.2, true));
  return [doc.issuer, doc.title, `——${dateText(doc.date)}`, ...paras].join('\n\n') + '\n';
}
