import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStages } from '../../../scripts/convert/cli-stages.ts';
import { convertFile } from '../../../scripts/convert/pipeline.ts';
import { ConvertError } from '../../../scripts/convert/errors.ts';

// A Markdown copy's front matter (LawRefBook-style law sites): removed as markup, its title and date
// hints used only where the text's own head names none.

const stages = loadStages(join(import.meta.dirname, '../../..'));
const convert = (file: string, text: string) => convertFile(file, new TextEncoder().encode(text), stages);
const BODY = '第一条 为了维护国旗的尊严，制定本法。\n\n第二条 中华人民共和国国旗是五星红旗。\n';

describe('Markdown front matter', () => {
  it('is removed as markup with its reason; the text’s own title wins', () => {
    const { docs, report } = convert('law.md', `---\ntitle: 国旗法\n---\n\n# 中华人民共和国国旗法\n\n2020年10月17日 第十三届全国人民代表大会常务委员会第二十二次会议通过\n\n${BODY}`);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.model.title).toBe('中华人民共和国国旗法');
    expect(docs[0]!.markdown).not.toMatch(/title: 国旗法|\\---/);
    const removal = report.removals.find((r) => r.offset === 0)!;
    expect(removal.kind).toBe('markup');
    expect(removal.text).toBe('---\ntitle: 国旗法\n---\n');
    expect(removal.reason).toMatch(/front matter.*title/);
  });

  it('gives the title and date where the text names none', () => {
    const { docs, report } = convert('law.md', `---\ntitle: "国旗法"\ndate: 2020-10-17\n---\n${BODY}`);
    expect(docs[0]!.model.title).toBe('国旗法');
    expect(docs[0]!.model.date).toBe('2020-10-17');
    expect(report.metadata.filter((m) => m.from === 'front-matter').map((m) => m.field).sort()).toEqual(['date', 'title']);
  });

  it('loses to an adoption note’s date, and an adoption note is no title', () => {
    const { docs } = convert('law.md', `---\ntitle: 国旗法\ndate: 2020-10-17\n---\n1990年6月28日 第七届全国人民代表大会常务委员会第十四次会议通过\n\n${BODY}`);
    expect(docs[0]!.model.title).toBe('国旗法');
    expect(docs[0]!.model.date).toBe('1990-06-28');
  });

  it('is text in a .txt copy (only Markdown copies carry front matter)', () => {
    const { report } = convert('law.txt', `---\ntitle: 国旗法\n---\n# 中华人民共和国国旗法\n${BODY}`);
    expect(report.removals.some((r) => r.kind === 'markup' && /front matter/.test(r.reason))).toBe(false);
  });

  it('alone is still refused as no text', () => {
    expect(() => convert('_index.md', '---\ntitle: 宪法\nbookCollapseSection: true\n---\n')).toThrow(ConvertError);
    expect(() => convert('_index.md', '---\ntitle: 宪法\n---\n')).toThrow(/only Markdown front matter \(title: 宪法\)/);
  });
});
