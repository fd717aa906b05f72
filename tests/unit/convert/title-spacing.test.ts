import { describe, expect, it } from 'vitest';
import { tidyTitleSpacing } from '../../../scripts/convert/structure/title-spacing.ts';
import { applyChanges } from '../../../scripts/convert/change.ts';
import { convertFile } from '../../../scripts/convert/pipeline.ts';
import { reportMarkdown } from '../../../scripts/convert/emit-report.ts';
import { identityStages } from './identity-stages.ts';

describe('date spacing in titles', () => {
  const cases: [string, string][] = [
    ['2016 年全省示范工作要点', '2016年全省示范工作要点'],
    ['２０１６ 年全省工作要点', '２０１６年全省工作要点'],
    ['关于 2018 年 10 月 23 日会议的通知', '关于 2018年10月23日会议的通知'], // the space before 2018 may be a separator: kept
    ['实施方案(2021-2025 年)', '实施方案(2021-2025年)'],
    ['3 年行动计划', '3年行动计划'],
    ['2016年全省工作要点', '2016年全省工作要点'],
    // not dates: kept
    ['会议讲话 1 月度安排', '会议讲话 1 月度安排'],
    ['第一批 13 月', '第一批 13 月'],
    ['讲话 3 年', '讲话 3 年'],
    ['去年 10 月', '去年 10 月'],
    ['2018 年 45 日', '2018年 45 日'],
    // letter-spacing (a title line with a space after every character): closed up
    ['国务院办公厅关于印发国 家 粮 食 应 急 预 案 的 函', '国务院办公厅关于印发国家粮食应急预案的函'],
    ['国 务 院 工作 规则', '国务院 工作 规则'],
    // a title's own separators between words: kept
    ['中共中央 国务院关于某某的意见', '中共中央 国务院关于某某的意见'],
    ['某某 县 人民政府', '某某 县 人民政府'],
  ];
  for (const [input, output] of cases) {
    it(`${input} → ${output}`, () => {
      const { title, edits } = tidyTitleSpacing(input);
      expect(title).toBe(output);
      expect(applyChanges(input, edits)).toBe(output);
      for (const e of edits) expect(input.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
    });
  }

  it('records every change in the report (JSON and Markdown); the edits give the published title', () => {
    const input = '2016 年全省示范工作要点\n一、总体要求\n正文。\n';
    const { docs, report } = convertFile('t.txt', Buffer.from(input), identityStages);
    expect(docs[0]!.model.title).toBe('2016年全省示范工作要点');
    expect(report.titleEdits).toEqual([
      { kind: 'title-space', document: 1, field: 'title', title: '2016 年全省示范工作要点', offset: 4, text: ' ', replacement: '', reason: 'extraction space between 2016 and 年 in a title' },
    ]);
    expect(applyChanges(report.titleEdits[0]!.title, report.titleEdits)).toBe(docs[0]!.model.title);
    expect(reportMarkdown(report)).toMatch(/title edits: 1;[\s\S]*## Title edits[\s\S]*\| title-space \| 1 \| title \| 2016 年全省示范工作要点 \| 4 \|/);
  });
});
