// Compare view: the characters the conversion changed are marked, in runs.
import { describe, expect, it } from 'vitest';
import { differenceRuns } from '../../../src/lib/remark/mark-differences.ts';
import { describeOneToMany, explainOneToMany } from '../../../src/lib/script/one-to-many.ts';
import { oneToManyFile as data, reviewedFile } from '../../../src/lib/script/dict/index.ts';
import { oneToManyFile } from '../../../src/lib/script/dict/schema.ts';

const show = (nodes: ReturnType<typeof differenceRuns>) => nodes.map((n) => (n.type === 'text' ? n.value : `[${(n as { children: { value: string }[] }).children[0]!.value}]`)).join('');

describe('differenceRuns', () => {
  it('marks runs of changed characters', () => {
    expect(show(differenceRuns('深化政务公开', '深化政務公開'))).toBe('深化政[務]公[開]');
    expect(show(differenceRuns('国务院', '國務院'))).toBe('[國務]院');
  });
  it('leaves equal text and different lengths unmarked', () => {
    expect(show(differenceRuns('2021年', '2021年'))).toBe('2021年');
    expect(show(differenceRuns('鼠标', '滑鼠'))).toBe('[滑鼠]');
    expect(show(differenceRuns('网络', '網際網路'))).toBe('網際網路');
  });
  it('marks a one-to-many character by what was chosen', () => {
    expect(show(differenceRuns('干部', '幹部'))).toBe('[幹]部');
  });
});

describe('one-to-many characters', () => {
  it('flags each with its forms and the rule that chose', () => {
    const notes = explainOneToMany('健全干部，若干意见，干燥，以后', 's2t');
    const said = notes.map((o) => (o ? describeOneToMany(o) : '')).filter(Boolean);
    expect(said).toEqual([
      '干→幹（幹/乾/干）· 项目词典「干部」',
      '干→干（幹/乾/干）· 项目词典「若干」',
      '干→乾（幹/乾/干）· OpenCC 词组「干燥」',
      '后→後（後/后）· OpenCC 词组「以后」',
    ]);
    expect(notes).toHaveLength([...'健全干部，若干意见，干燥，以后'].length);
  });
  it('does not flag a merge (後→后 has one form)', () => {
    expect(explainOneToMany('以後', 't2s').filter(Boolean)).toEqual([]);
  });
  it('puts a flagged character in its own span with the note as title, only when the output agrees', () => {
    const runs = differenceRuns('干部', '幹部', [{ output: '幹', note: 'n' }, undefined]);
    expect(runs[0]).toMatchObject({ data: { hProperties: { className: ['d', 'm'], title: 'n' } } });
    expect(show(differenceRuns('干部', '乾部', [{ output: '幹', note: 'n' }, undefined]))).toBe('[乾]部');
  });
});

describe('dict/one-to-many.json', () => {
  it('is valid and covers every character of the ambiguity review', () => {
    const parsed = oneToManyFile.safeParse(data);
    expect(parsed.success, parsed.error?.message).toBe(true);
    for (const dir of ['s2t', 't2s'] as const) {
      const listed = new Set(data[dir].map((e) => e.char));
      expect(reviewedFile.characters[dir].filter((c) => !listed.has(c))).toEqual([]);
    }
  });
});
