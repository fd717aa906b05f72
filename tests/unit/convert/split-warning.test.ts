// A file that becomes several documents says how many, where and why (kind 'split'); one document says nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStages } from '../../../scripts/convert/cli-stages.ts';
import { convertFile } from '../../../scripts/convert/pipeline.ts';

const stages = loadStages(join(import.meta.dirname, '../../..'));
const report = (text: string) => convertFile('x.txt', new TextEncoder().encode(text), stages).report;

const NOTICE = [
  '某某省人民政府关于印发某某行动方案的通知',
  '各市人民政府，省政府各部门：',
  '现将《某某行动方案》印发给你们，请认真贯彻执行。',
  '某某省人民政府',
  '2021年3月5日',
  '某某行动方案',
  '一、总体要求',
  '坚持稳中求进。',
  '二、保障措施',
  '各地要抓好落实。',
].join('\n');

describe('split warning', () => {
  it('names each document, its line and the evidence for the cut', () => {
    const split = report(NOTICE).warnings.filter((w) => w.kind === 'split');
    expect(split).toHaveLength(1);
    expect(split[0]!.line).toBe(6);
    expect(split[0]!.reason).toMatch(/^split into 2 documents — 1 “某某省人民政府关于印发某某行动方案的通知” \(line 1\): the first text; 2 “某某行动方案” \(line 6\): issued or forwarded by document 1/);
  });
  it('is absent for a file of one document', () => {
    expect(report(NOTICE.split('\n').slice(0, 5).join('\n')).warnings.filter((w) => w.kind === 'split')).toEqual([]);
  });
});
