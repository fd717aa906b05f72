import { describe, expect, it } from 'vitest';
import { unglueHeadings } from '../../../scripts/convert/structure/glued-heading.ts';
import type { SectionNode } from '../../../scripts/convert/types.ts';

const node = (marker: string, heading: string, body: string[] = [], runIn = body.length > 0 && !heading.endsWith('”')): SectionNode => ({
  id: 's1', depth: 1, marker, heading: marker + heading, runIn, body, children: [],
});

function run(siblings: SectionNode[]): string[] {
  const warnings: string[] = [];
  unglueHeadings(siblings, (n, reason) => warnings.push(`${n.id}: ${reason}`));
  return warnings;
}

describe('headings glued to their body text', () => {
  it('ends the heading where a body sentence opens, when its siblings stand alone', () => {
    const glued = node('三、', '强化理念,释放治理新效能近年来,基层治理还存在短板。', ['要牢固树立理念。'], true);
    const list = [node('一、', '强化党建引领', [], false), node('二、', '强化全周期管理', [], false), glued];
    expect(run(list)).toEqual([]);
    expect(glued.heading).toBe('三、强化理念,释放治理新效能');
    expect(glued.body).toEqual(['近年来,基层治理还存在短板。要牢固树立理念。']);
    expect(glued.runIn).toBe(true);
  });

  it('leaves run-in lists alone, however long their leads', () => {
    const long = node('（三）', '从全省情况看,各地要把治理体系建设作为重点任务抓紧抓实抓出成效,不断提升治理能力。', ['正文。'], true);
    const list = [node('（一）', '指导思想。', ['正文。'], true), node('（二）', '基本原则。', ['正文。'], true), long];
    const before = JSON.stringify(list);
    expect(run(list)).toEqual([]);
    expect(JSON.stringify(list)).toBe(before);
  });

  it('needs two stand-alone siblings to know what a heading looks like', () => {
    const glued = node('二、', '强化理念,释放治理新效能近年来,基层治理还存在短板和不足之处。', ['正文。'], true);
    const list = [node('一、', '强化党建引领', [], false), glued];
    expect(run(list)).toEqual([]);
    expect(glued.heading).toContain('短板');
  });

  it('warns, and changes nothing, when no body sentence opens where the heading should end', () => {
    const glued = node('三、', '强化系统治理理念,提升治理整体效能基层治理要在系统上下功夫，坚持全局谋划、整体推进、重点突破，不断提高各项工作的协同性。', ['各地要抓好落实。'], true);
    const list = [node('一、', '强化党建引领', [], false), node('二、', '强化全周期管理', [], false), glued];
    expect(run(list)).toEqual([expect.stringMatching(/^s1: heading s1 \(\d+ characters\) may run into its body text/)]);
    expect(glued.heading).toContain('协同性。');
  });

  it('does not warn about a list that mixes stand-alone and run-in items', () => {
    const runIn = node('（三）', '坚持系统观念，统筹推进各项工作。', ['正文。'], true);
    const list = [node('（一）', '总体目标', [], false), node('（二）', '基本原则', [], false), runIn];
    expect(run(list)).toEqual([]);
    expect(runIn.heading).toBe('（三）坚持系统观念，统筹推进各项工作。');
  });

  it('looks into nested lists too', () => {
    const glued = node('（三）', '强化理念,释放治理新效能当前,基层治理还存在短板和不足之处。', ['正文。'], true);
    const parent = node('一、', '总体要求', [], false);
    parent.children = [node('（一）', '指导思想', [], false), node('（二）', '基本原则', [], false), glued];
    run([parent]);
    expect(glued.heading).toBe('（三）强化理念,释放治理新效能');
  });
});
