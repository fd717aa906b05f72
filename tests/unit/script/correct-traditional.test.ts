import { describe, expect, it } from 'vitest';
import { correctTraditional } from '../../../src/lib/script/index';

describe('correctTraditional', () => {
  it('fixes the slips of the converter that produced a traditional original, with reasons', () => {
    const { text, fixes } = correctTraditional('關于支持浙江高質量發展建設共同富裕示范區,領導干部,規范');
    expect(text).toBe('關於支持浙江高質量發展建設共同富裕示範區,領導幹部,規範');
    expect(fixes.map((f) => `${f.offset}:${f.wrong}→${f.right}`)).toEqual(['0:關于→關於', '17:示范→示範', '23:干部→幹部', '26:規范→規範']);
    for (const f of fixes) expect(f.reason.length).toBeGreaterThan(4);
  });

  it('leaves marked spans and protected terms alone', () => {
    expect(correctTraditional('⟦規范⟧與規范').text).toBe('⟦規范⟧與規範');
    expect(correctTraditional('示范村與示范', { protect: ['示范村'] }).text).toBe('示范村與示範');
  });

  it('leaves correct traditional text and valid uses of the same characters alone', () => {
    const ok = '若干意見,體系,范先生,皇后';
    expect(correctTraditional(ok)).toEqual({ text: ok, fixes: [] });
  });
});
