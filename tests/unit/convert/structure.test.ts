import { describe, expect, it } from 'vitest';
import { dateOfDateLine, issuerOfAdoptionNote, parseDate } from '../../../scripts/convert/structure/date.ts';
import { normalizeTitle, readHead } from '../../../scripts/convert/structure/head.ts';
import { isIssuerLine, issuerFromTitle, typeFromTitle } from '../../../scripts/convert/structure/head-patterns.ts';
import { detectScript } from '../../../scripts/convert/structure/script.ts';
import { buildSections } from '../../../scripts/convert/structure/sections.ts';
import { toParagraphs } from '../../../scripts/convert/split/paragraphs.ts';
import type { SectionNode } from '../../../scripts/convert/types.ts';

const sections = (text: string) => buildSections(toParagraphs(text), { file: 't.txt', lineOf: () => 1 });
const ids = (nodes: SectionNode[]): string[] => nodes.flatMap((n) => [`${n.id}@${n.depth}`, ...ids(n.children)]);

describe('dates', () => {
  it.each([
    ['（2019年11月22日中国共产党浙江省第十四届委员会第六次全体会议通过）', '2019-11-22'],
    ['(2019年12月30日中国共产党嘉兴市第八届委员会第八次全体会议通过)', '2019-12-30'],
    ['——2021年5月20日', '2021-05-20'],
    ['2021 年 5 月 20 日', '2021-05-20'],
    ['二〇一九年十一月二十二日', '2019-11-22'],
    ['（2019年11月22日中國共產黨浙江省第十四屆委員會第六次全體會議通過）', '2019-11-22'],
    ['中華民國一百零九年五月二十日', '2020-05-20'],
    ['民國九十三年五月十九日', '2004-05-19'],
    ['２０１８年１２月１８日', '2018-12-18'],
  ])('%s → %s', (line, iso) => expect(dateOfDateLine(line)).toBe(iso));
  it.each(['2021-08-31 20153', '查看详情2021-08-31', '2021年5月20日，会议召开。', '到2025年，取得进展。'])('not a date line: %s', (line) => {
    expect(dateOfDateLine(line)).toBeNull();
  });
  it('rejects impossible dates', () => expect(parseDate('2021年13月40日')).toBeNull());
  it('reads the issuer of an adoption note', () => {
    expect(issuerOfAdoptionNote('（2019年11月22日中国共产党浙江省第十四届委员会第六次全体会议通过）')).toBe('中国共产党浙江省第十四届委员会第六次全体会议');
  });
});

describe('head patterns', () => {
  it.each([
    ['中共浙江省委关于高水平推进省域治理现代化的决定', '决定'],
    ['关于推进治理现代化的实施意见', '实施意见'],
    ['浙江高質量發展建設共同富裕示範區實施方案(2021—2025年)', '实施方案'],
    ['2021年浙江省政务公开工作要点', '要点'],
    ['治理现代化会议讲话 2', '讲话'],
    ['关于推进社会治理现代化的几点思考', null],
    ['浙江省数字化改革行动计划', '计划'],
    ['关于表彰先进集体的通报', '通报'],
  ])('type of %s', (title, type) => expect(typeFromTitle(title)).toBe(type));
  it('recognises issuer lines and issuers in titles', () => {
    expect(isIssuerLine('中共中央 国务院')).toBe(true);
    expect(isIssuerLine('共同富裕是社会主义的本质要求')).toBe(false);
    expect(issuerFromTitle('中共嘉兴市委关于认真学习的决定')).toBe('中共嘉兴市委');
    expect(issuerFromTitle('关于推进工作的意见')).toBeNull();
    expect(issuerFromTitle('中共浙江省委關於推進工作的決定')).toBe('中共浙江省委');
  });
  it('normalises title whitespace', () => {
    expect(normalizeTitle('资料汇编 (意见、讲话)')).toBe('资料汇编(意见、讲话)');
    expect(normalizeTitle('精神  争当排头兵的决定')).toBe('精神 争当排头兵的决定');
  });
});

describe('readHead', () => {
  it('reads issuer line, title and date line', () => {
    const ps = toParagraphs('中共中央 国务院\n关于支持浙江的意见\n——2021年5月20日\n正文。');
    const h = readHead({ kind: 'document', paragraphs: ps, range: { start: 0, end: 1 } });
    expect(h).toMatchObject({ title: '中共中央 国务院关于支持浙江的意见', issuer: '中共中央 国务院', date: '2021-05-20' });
    expect([...h.consumed].sort()).toEqual([0, 1]); // the date line stays in the text
  });
  it('does not repeat an issuer the title already names', () => {
    const ps = toParagraphs('浙江省人民政府办公室\n浙江省人民政府办公室关于健全体系的实施方案\n正文。');
    expect(readHead({ kind: 'document', paragraphs: ps, range: { start: 0, end: 1 } })).toMatchObject({ title: '浙江省人民政府办公室关于健全体系的实施方案', issuer: '浙江省人民政府办公室' });
  });
  it('never takes a date from a web timestamp', () => {
    const ps = toParagraphs('关于工作的意见\n正文。\n2021-08-31 20153');
    expect(readHead({ kind: 'document', paragraphs: ps, range: { start: 0, end: 1 } }).date).toBeNull();
  });
});

describe('detectScript', () => {
  it('tells traditional from simplified', () => {
    expect(detectScript('為深入學習貫徹新時代中國特色社會主義思想')).toBe('hant');
    expect(detectScript('为深入学习贯彻新时代中国特色社会主义思想')).toBe('hans');
  });
});

describe('buildSections', () => {
  it('nests by depth and builds ids from the numbering path', () => {
    const r = sections('前言。\n一、总体\n（一）目标\n1.近期\n（1）甲\n2.远期\n（二）原则\n二、任务\n1.乙');
    expect(r.preamble).toEqual(['前言。']);
    expect(ids(r.sections)).toEqual(['s1@1', 's1-1@2', 's1-1-1@3', 's1-1-1-1@4', 's1-1-2@3', 's1-2@2', 's2@1', 's2-1@2']);
  });
  it('puts a 1. directly under 一、 one level below it', () => {
    expect(ids(sections('一、甲\n1.乙\n2.丙\n二、丁').sections)).toEqual(['s1@1', 's1-1@2', 's1-2@2', 's2@1']);
  });
  it('builds law ids: chapters, sections, articles, items', () => {
    const r = sections('第一章 总则\n第一条 目的。\n第二章 管理\n第一节 一般规定\n第十五条 职责：\n（一）规划；\n（二）实施。\n第二节 监督\n第十六条 检查。');
    expect(ids(r.sections)).toEqual(['ch1@1', 'art1@2', 'ch2@1', 'ch2-sec1@2', 'art15@3', 'art15-1@4', 'art15-2@4', 'ch2-sec2@2', 'art16@3']);
  });
  it('splits run-in headings at the first 。 or ：', () => {
    const [s] = sections('1.深刻领会精神。会议很重要。还有一句。').sections;
    expect(s).toMatchObject({ heading: '1.深刻领会精神。', runIn: true, body: ['会议很重要。还有一句。'] });
    const [t] = sections('1.指导思想:坚持新思想。').sections;
    expect(t).toMatchObject({ heading: '1.指导思想:', runIn: true });
  });
  it('treats —— items as body text', () => {
    const r = sections('（二）工作原则\n——坚持党的全面领导。坚定维护。');
    expect(r.sections[0]!.body).toEqual(['——坚持党的全面领导。坚定维护。']);
    expect(r.sections[0]!.children).toEqual([]);
  });
  it('accepts loose markers only in sequence', () => {
    const r = sections('一、甲\n一是高位推动。\n二是整体联动。\n三是试点带动。\n5构建格局。\n2021年全省工作。');
    expect(ids(r.sections)).toEqual(['s1@1', 's1-1@2', 's1-2@2', 's1-3@2']);
    expect(r.sections[0]!.children[2]!.body).toEqual(['5构建格局。', '2021年全省工作。']);
  });
  it('accepts loose numbering that runs straight through the parts', () => {
    expect(ids(sections('一、甲\n1紧扣乙。\n2紧扣丙。\n二、丁\n3抓实戊。\n三、己\n5跳号。').sections)).toEqual(['s1@1', 's1-1@2', 's1-2@2', 's2@1', 's2-3@2', 's3@1']);
  });
  it('nests 一是 under 首先/其次 and lets 最后 continue the sequence', () => {
    const r = sections('一是人才短缺。\n二是制度分割。\n首先,加快建设。\n第一,加大力度。\n其次,推进融合。\n一是推进制度融合。\n最后,弘扬文化。');
    expect(ids(r.sections)).toEqual(['s1@1', 's2@1', 'o1@1', 'o1-1@2', 'o2@1', 'o2-1@2', 'o3@1']);
    expect(r.warnings).toEqual([]);
  });
  it('does not take a lone 最后 for a heading', () => {
    expect(sections('一、甲\n最后,我再强调几点。').sections[0]!.children).toEqual([]);
  });
  it('gives repeated numbering a suffix and a warning', () => {
    const r = sections('一、甲\n（一）乙\n（一）丙');
    expect(ids(r.sections)).toEqual(['s1@1', 's1-1@2', 's1-1-r2@2']);
    expect(r.warnings[0]!.reason).toMatch(/s1-1-r2/);
  });
  it('warns about nesting deeper than Markdown headings go', () => {
    const r = sections('第一章 总则\n第一节 通则\n第一条 目的：\n（一）甲\n1.乙\n（1）丙');
    expect(r.warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/art1-1-1-1 is nested 6 levels/)]);
  });
  it('leaves text without numbering as preamble', () => {
    const r = sections('甲。\n乙。');
    expect(r.sections).toEqual([]);
    expect(r.preamble).toEqual(['甲。', '乙。']);
  });
});
