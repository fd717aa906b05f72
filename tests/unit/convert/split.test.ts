import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../../scripts/convert/clean/index.ts';
import { decode } from '../../../scripts/convert/decode.ts';
import { splitCompilation } from '../../../scripts/convert/split/compilation.ts';
import { documentStarts } from '../../../scripts/convert/split/documents.ts';
import { split } from '../../../scripts/convert/split/index.ts';
import { expandInline, inlineParagraphs } from '../../../scripts/convert/split/inline-paragraphs.ts';
import { toParagraphs } from '../../../scripts/convert/split/paragraphs.ts';

const paras = (text: string) => toParagraphs(text);

describe('toParagraphs', () => {
  it('keeps offsets into the cleaned text and skips blank lines', () => {
    expect(paras('甲\n\n  乙 \n')).toEqual([{ text: '甲', offset: 0 }, { text: '乙', offset: 5 }]);
  });
});

describe('documentStarts', () => {
  it('starts a document at a title with an issuer line before it', () => {
    const p = paras('甲工作要点\n一、总体\n正文。\n中共中央 国务院\n关于乙的意见\n正文。');
    expect(documentStarts(p)).toEqual([0, 3]);
  });
  it('starts a document at a title with a date line after it', () => {
    const p = paras('甲工作要点\n一、总体\n正文。\n关于乙的意见\n——2021年5月20日\n正文。');
    expect(documentStarts(p)).toEqual([0, 3]);
  });
  it('does not split at a repeated page-header title', () => {
    const p = paras('正文。\n一、总体\n正文。\n浙江示范区实施方案(2021—2025年)\n二、任务\n正文。');
    expect(documentStarts(p)).toEqual([0]);
  });
  it('handles a title wrapped over two lines', () => {
    const p = paras('甲工作要点\n一、总体\n正文。\n关于支持浙江建设共同富裕\n示范区的意见\n——2021年5月20日\n正文。');
    expect(documentStarts(p)).toEqual([0, 3]);
  });
});

describe('inlineParagraphs', () => {
  it('breaks after sentence ends, before markers and after stand-alone headings', () => {
    const text = '一、指导思想 坚持以新思想为指导,深入 学习。 (一)完善制度 1严格落实制度。 持续完善。';
    expect(inlineParagraphs(text, 0).map((p) => p.text)).toEqual(['一、指导思想', '坚持以新思想为指导,深入 学习。', '(一)完善制度', '1严格落实制度。', '持续完善。']);
  });
  it('ends a paragraph after an unnumbered colon subheading', () => {
    expect(inlineParagraphs('因时而进:适应时代之变的必然选择 “天下之势不盛则衰”。', 0).map((p) => p.text)).toEqual(['因时而进:适应时代之变的必然选择', '“天下之势不盛则衰”。']);
  });
  it('keeps a short wrapped tail with its heading', () => {
    expect(inlineParagraphs('(四)构建人民满意的服务 型政府 1构建体系。', 0).map((p) => p.text)).toEqual(['(四)构建人民满意的服务 型政府', '1构建体系。']);
  });
  it('cuts a marker glued to the end of a sentence', () => {
    expect(inlineParagraphs('打造天网。4健全机制。 完善制度。', 0).map((p) => p.text)).toEqual(['打造天网。', '4健全机制。', '完善制度。']);
  });
  it('does not break before a quantity or a bare number inside a sentence', () => {
    expect(inlineParagraphs('共排查纠纷 716起,成功化解 651 起,化解率 91%。', 0)).toHaveLength(1);
    expect(inlineParagraphs('化解纠纷 12项目标。', 0)).toHaveLength(1);
  });
  it('records offsets of each paragraph', () => {
    const [a, b] = inlineParagraphs('甲。 乙。', 10);
    expect([a!.offset, b!.offset]).toEqual([10, 13]);
  });
});

describe('expandInline', () => {
  it('splits only run-together lines', () => {
    const normal = paras('一、总体要求 这一行是普通段落。');
    expect(expandInline(normal)).toEqual(normal);
    const runTogether = paras('前言。 一、总体 正文。 二、任务 正文。');
    expect(expandInline(runTogether).map((p) => p.text)).toEqual(['前言。', '一、总体', '正文。', '二、任务', '正文。']);
  });
  it('decides by the full line when given the whole text', () => {
    const text = '前言。 一、甲 正文。 二、乙 正文。 一要学习。 要深入。';
    const tail = [{ text: '一要学习。 要深入。', offset: 20 }];
    expect(expandInline(tail).map((p) => p.text)).toEqual(['一要学习。 要深入。']);
    expect(expandInline(tail, text).map((p) => p.text)).toEqual(['一要学习。', '要深入。']);
  });
});

describe('splitCompilation', () => {
  const text = '资料汇编 目 录 一、意见 关于推进 工作的意见 二、讲话 会议讲话 1 会议讲话 2 关于推进工作的意见 为贯彻精神。 一、总体 正文。 会议讲话 1 同志们好。 会议讲话 2 大家好。';
  it('finds the articles of the table of contents in the body, with categories', () => {
    const r = splitCompilation({ file: 'c.txt', text, paragraphs: paras(text) })!;
    expect(r.warnings).toEqual([]);
    const [index, ...articles] = r.parts;
    expect(index).toMatchObject({ kind: 'compilation-index', title: '资料汇编' });
    expect(articles.map((a) => [a.order, a.title, a.category])).toEqual([
      [1, '关于推进工作的意见', '意见'],
      [2, '会议讲话 1', '讲话'],
      [3, '会议讲话 2', '讲话'],
    ]);
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual(['为贯彻精神。', '一、总体', '正文。']);
    expect(text.slice(articles[2]!.range.start, articles[2]!.range.end)).toBe('会议讲话 2 大家好。');
  });
  it('merges an entry it cannot find into the previous article, with a warning', () => {
    const t = '汇编 目录 一、文章 甲文章标题 乙文章标题 甲文章标题 正文一。 正文二。';
    const r = splitCompilation({ file: 'c.txt', text: t, paragraphs: paras(t) })!;
    expect(r.parts).toHaveLength(2);
    expect(r.warnings[0]!.reason).toMatch(/乙文章标题/);
  });
  it('keeps a year with its 年 in titles that start with one, even when the body opens with the same year', () => {
    const t = '资料汇编 目 录 一、要点 2016 年全省工作要点 2017 年全省工作要点 二、意见 关于推进工作的意见 2016 年全省工作要点 2016 年，全省工作取得进展。 一、总体 正文。 2017 年全省工作要点 2017 年是关键之年。 关于推进工作的意见 为贯彻精神。';
    const r = splitCompilation({ file: 'c.txt', text: t, paragraphs: paras(t) })!;
    expect(r.warnings).toEqual([]);
    expect(r.parts.slice(1).map((a) => [a.title, a.category, a.paragraphs[0]!.text])).toEqual([
      ['2016 年全省工作要点', '要点', '2016 年，全省工作取得进展。'],
      ['2017 年全省工作要点', '要点', '2017 年是关键之年。'],
      ['关于推进工作的意见', '意见', '为贯彻精神。'],
    ]);
  });
  it('does not take a year after leader dots for a page number', () => {
    const t = '资料汇编 目 录 一、意见 关于推进工作的意见……1 2016 年全省工作要点……5 2017—2020 年规划……9 关于推进工作的意见 为贯彻精神。 2016 年全省工作要点 正文一。 2017—2020 年规划 正文二。';
    const r = splitCompilation({ file: 'c.txt', text: t, paragraphs: paras(t) })!;
    expect(r.warnings).toEqual([]);
    expect(r.parts.slice(1).map((a) => a.title)).toEqual(['关于推进工作的意见', '2016 年全省工作要点', '2017—2020 年规划']);
  });
  it('is not a compilation without a table of contents', () => {
    const t = '关于工作的意见\n一、总体\n正文。';
    expect(splitCompilation({ file: 'c.txt', text: t, paragraphs: paras(t) })).toBeNull();
  });
});

describe('split', () => {
  it('warns and emits nothing for empty text', () => {
    const r = split({ file: 'e.txt', text: '\n\n' });
    expect(r.parts).toEqual([]);
    expect(r.warnings).toHaveLength(1);
  });
  it('takes a title from removed page headers when the text has none', () => {
    const r = split({ file: 'p.txt', text: '正文。\n一、总体\n正文。', pageHeaders: ['示範區實施方案(2021—2025年)'] });
    expect(r.parts[0]!.titleHint).toBe('示範區實施方案(2021—2025年)');
  });
  it('gets the page headers from the cleaner without their pinyin annotations', () => {
    const file = '002_6963da8e736a4217.txt';
    const cleaned = clean(decode(file, readFileSync(join(import.meta.dirname, '../../../content/raw', file))));
    expect(cleaned.removals.find((r) => r.kind === 'page-header')?.text).toContain('(zhì)');
    expect(cleaned.pageHeaders).toEqual(Array(2).fill('浙江高質量發展建設共同富裕示范區實施方案(2021—2025年)'));
  });
});
