import { describe, expect, it } from 'vitest';
import { ScriptMapBuilder } from '../../../scripts/search/script-map.ts';
import { spellings } from '../../../src/lib/search/variants.ts';

function learn(pairs: [string, string][]) {
  const b = new ScriptMapBuilder();
  b.add(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
  return b.build();
}

describe('ScriptMapBuilder', () => {
  const map = learn([
    ['干部队伍建设', '幹部隊伍建設'], ['干部', '幹部'], ['干部', '幹部'], ['若干问题', '若干問題'], ['若干', '若干'],
    ['制度', '制度'], ['制度', '制度'], ['制造', '製造'], ['制造', '製造'], ['发展', '發展'], ['发展', '發展'],
    ['切换到繁體', '切換到简体'], // switcher labels line up by length but not by content
  ]);

  it('learns traditional → simplified folds and ranked traditional spellings', () => {
    expect(map.t2s['幹']).toBe('干');
    expect(map.t2s['發']).toBe('发');
    expect(map.s2t['干']).toEqual(['幹', '干']);
    expect(map.s2t['制']).toEqual(['制', '製']);
  });

  it('ignores pairings seen once (noise)', () => {
    expect(map.t2s['简']).toBeUndefined();
    expect(map.s2t['繁']).toBeUndefined();
  });

  it('skips text nodes whose lengths differ', () => {
    const m = learn([['台湾', '臺灣省'], ['台湾', '臺灣省']]);
    expect(m.t2s).toEqual({});
  });

  it('spells a simplified query for the traditional index, varying ambiguous characters', () => {
    expect(spellings('干部发展', 'hant', map)).toEqual(['幹部發展', '干部發展']);
    expect(spellings('幹部發展', 'hans', map)).toEqual(['干部发展']);
    expect(spellings('製造', 'hant', map)[0]).toBe('製造');
  });
});

describe('packed script map', async () => {
  const { packScriptMap, unpackScriptMap } = await import('../../../src/lib/search/manifest.ts');
  it('round-trips and is smaller than the JSON objects', () => {
    const map = { t2s: { 幹: '干', 發: '发', 裡: '里' }, s2t: { 干: ['幹', '干', '乾'], 发: ['發'], 里: ['裡', '里'] } };
    const packed = packScriptMap(map);
    expect(unpackScriptMap(packed)).toEqual(map);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(map).length);
  });
});

describe('ScriptMapBuilder counts', () => {
  it('merging shard counts gives the map of one builder that saw everything, in any order', () => {
    const docs: [string[], string[]][] = [[['发展经济'], ['發展經濟']], [['头发'], ['頭髮']], [['发展'], ['發展']], [['头发经济'], ['頭髮經濟']]];
    const all = new ScriptMapBuilder();
    for (const d of docs) all.add(...d);
    const a = new ScriptMapBuilder(), b = new ScriptMapBuilder();
    docs.forEach((d, i) => (i % 2 ? a : b).add(...d));
    const merged = new ScriptMapBuilder();
    merged.merge(JSON.parse(JSON.stringify(b.counts())));
    merged.merge(a.counts());
    expect(merged.build()).toEqual(all.build());
  });
});
