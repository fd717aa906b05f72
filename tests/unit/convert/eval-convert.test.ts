import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowFloor, type Floor } from '../../../scripts/convert/eval/floor.ts';
import { readClean } from '../../../scripts/convert/eval/ground-truth.ts';
import { pageNumbers } from '../../../scripts/convert/eval/leftovers.ts';
import { articleId, markerOf } from '../../../scripts/convert/eval/markers.ts';
import { clauseIds, expectedClauses, structureIds } from '../../../scripts/convert/eval/ids.ts';
import { outputText } from '../../../scripts/convert/eval/output-text.ts';
import { evaluateSet } from '../../../scripts/convert/eval/run.ts';
import { missedTargets, summariseAll } from '../../../scripts/convert/eval/summary.ts';

// The evaluation's own reading of the clean originals, and the converter on the real-world set
// held to the scores it has reached (tests/fixtures/real/scores.json).

describe('eval:convert ground truth', () => {
  it.each([
    ['第 一 章 總則', '第一章'],
    ['第四编　人格权', '第四编'],
    ['第 174-1 條', '第174-1条'],
    ['第一千零一十五条　自然人的姓氏', '第一千零一十五条'],
    ['第三十条之一 为了', '第三十条之一'],
    ['（一）总体要求。', '（一）'],
    ['1.1　编制目的及依据', '1.1'],
    ['1　总则', '1'],
    ['序言', '序言'],
    ['附件', '附件'],
    ['附件一：香港特别行政区行政长官的产生办法', '附件一'],
    ['附件1.', '附件1'],
    ['附件1。 深圳湾口岸港方口岸区的查验区界址点坐标', '附件1'],
    ['附件：', '附件'],
    ['附件： 中华人民共和国国徽图案', '附件'],
    ['附：', '附'],
    ['附錄 審批發證礦種目錄', '附录'],
    ['关键词', '关键词'],
    ['裁判要点', '裁判要点'],
    ['前言：', '前言'],
    ['第 九 章之一 超輕型載具', '第九章之一'],
  ])('%s is a heading marked %s', (line, key) => {
    expect(markerOf(line)?.key).toBe(key);
  });

  it('reads a one-cell line between tab-separated rows as a row of the table, not a heading', () => {
    const c = readClean('一、总体要求\n序号\t举措\n一、知识产权方面\n1\t审判\n二、金融方面\n三、管理方面\n2\t评审\n');
    expect(c.headings.map((h) => h.key)).toEqual(['一、']);
  });

  it.each(['附件1.深圳湾口岸港方口岸区的查验区界址点坐标', '附：内地仲裁委员会名单', '附件：第二批改革举措推广清单', '第一百二十條第二項之規定，於前項準用之。', '第十条规定的情形', '第八章之規定，除法律別有規定外，準用之。', '第二章第一節第二十五條第二項，於本票準用之。', '第五章指明之某些高度危險貨品，其圍護系統應能承受全部揮發氣壓力。', '2019年1月24日', '国务院'])('%s is not a heading', (line) => {
    expect(markerOf(line)).toBeNull();
  });

  it('reads a law level with a tab after its number (第五章\t法律责任) as a heading, not a table row', () => {
    const c = readClean('第五章\t法律责任\n第十条 违反本条例的，依法处理。\n第十一条 有重大问题的，\t暂不付表决。\n序号\t名称\n1\t甲\n');
    expect(c.headings.map((h) => h.key)).toEqual(['第五章', '第十条', '第十一条']);
  });

  it("reads the main text's list of annexes (附件：1.… / 2.…) as no headings, the annexes after it as headings", () => {
    const c = readClean('一、总体要求\n附件：1.国土资源部的报告\n2.专家组意见\n国务院办公厅\n附件1\n一、基本情况\n附件2\n1.地质\n2.监测\n');
    expect(c.headings.map((h) => h.key)).toEqual(['一、', '附件1', '一、', '附件2', '1', '2']);
  });

  it('numbers articles as the converter must', () => {
    expect(articleId('第一千零一十五条')).toBe('art1015');
    expect(articleId('第三十条之一')).toBe('art30a1');
    expect(articleId('第174-1条')).toBe('art174a1');
    expect(articleId('第十条')).toBe('art10');
  });

  it('leaves a 目录 out of the body, up to where its first entry repeats', () => {
    const c = readClean('预案\n目　　录\n1　总则\n1.1　目的\n1　总则\n1.1　目的\n为了……\n');
    expect(c.toc).toHaveLength(3);
    expect(c.headings.map((h) => h.key)).toEqual(['1', '1.1']);
  });

  it('counts the 款 of each article: its own text, then every line that is not an item, up to the next article or annex', () => {
    const lines = ['第四条 甲。', '（一）项；', '（二）项。', '乙。', '第五条 只有一款。', '第6條', '丙。', '丁。', '附件一：名单', '戊。'];
    expect([...expectedClauses(lines)]).toEqual([['art4', 2], ['art6', 2]]);
    expect(clauseIds(lines, ['甲。 {#art4-p1 marker=第一款}\n\n乙。 {#art4-p2 marker=第二款}'])).toEqual({ total: 4, right: 2, wrong: ['art6: 0/2'] });
  });

  it('counts no 款 in the lines of a table drawn with box characters', () => {
    const lines = ['第2條', '其在途期間之標準如下表：', '┌───┬───┐', '│地區│日數│', '├───┼───┤', '│亞洲│七日│', '└───┴───┘', '第3條'];
    expect([...expectedClauses(lines)]).toEqual([]);
  });

  it('checks the ids law levels and decimal numbers imply', () => {
    const s = structureIds([
      { heading: '第四编　人格权', id: 'pt4' },
      { heading: '第一章　一般规定', id: 'pt4-ch1' },
      { heading: '1.2　等级', id: 'd1-2' },
      { heading: '1 总则', id: 'annex1-d1' },
      { heading: '第三十条之一', id: 'art30' },
    ]);
    expect(s).toEqual({ total: 5, right: 4, wrong: ['第三十条之一→art30'] });
  });

  it('counts page numbers on their own line and glued into text', () => {
    expect(pageNumbers(['— 3 —', '对接科技发展趋— 1 —势', '第3页 共12页', '3/12', '2021—2025年'])).toBe(4);
  });

  it('reads Markdown as text: the title a block, escapes undone, a run-in heading joined to its sentence', () => {
    const t = outputText(['---\ntitle: "T \\"引\\""\n---\n\n### 第一条 {#art1 .run-in}\n\n依照《\\<法\\>》执行。\n']);
    expect(t.blocks).toEqual(['T "引"', '第一条依照《<法>》执行。']);
  });
});

describe('eval:convert on the real-world set', () => {
  const dir = join(process.cwd(), 'tests/fixtures/real');
  const summary = summariseAll(evaluateSet(dir));

  it('is no worse than the scores reached so far', () => {
    const floor = JSON.parse(readFileSync(join(dir, 'scores.json'), 'utf8')) as Floor;
    expect(belowFloor(summary, floor)).toEqual([]);
  });

  it("meets the issue's targets (all five fields on ≥ 95%, no page number, furniture, split paragraph or lost character)", () => {
    expect(missedTargets(summary)).toEqual([]);
  });
});
