// Literal ⟦ ⟧ in a source text are text: the converter escapes them (\⟦ \⟧) and every rendered
// view shows them, while a span the editor marks in the Markdown is still protected.
import { describe, expect, it } from 'vitest';
import { convertModels, emitFile } from '../../../scripts/convert/pipeline.ts';
import { loadStages } from '../../../scripts/convert/cli-stages.ts';
import { escapeInline } from '../../../scripts/convert/emit-escape.ts';
import { splitFrontmatter, parseDocFile } from '../../../src/lib/corpus/load.ts';
import { renderViews } from '../../../src/lib/render/render-views.ts';
import { splitMarked, stripMarkers } from '../../../src/lib/script/protect.ts';
import { getConverter } from '../../../src/lib/script/index.ts';

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('marker brackets in source text', () => {
  it('the converter escapes them; the site reads an escaped bracket as the bracket itself', () => {
    expect(escapeInline('甲⟦乙⟧丙')).toBe('甲\\⟦乙\\⟧丙');
    expect(stripMarkers('甲\\⟦乙\\⟧丙')).toBe('甲⟦乙⟧丙');
    expect(splitMarked('⟦发展⟧与\\⟦发展\\⟧').spans.map((s) => [s.text, s.marked])).toEqual([
      ['发展', true], ['与', false], ['⟦', true], ['发展', false], ['⟧', true],
    ]);
    expect(getConverter({ from: 'hans', to: 'hant', variant: 'tw' }).convert('⟦发展⟧与\\⟦发展\\⟧')).toBe('发展與⟦發展⟧');
  });

  it('a raw file with literal brackets renders them in every view (conservation holds on the page)', async () => {
    const raw = '关于⟦测试⟧工作的通知\n一、总体要求\n本文保留⟦原样⟧括号与单个⟧符号，以及\\⟦反斜杠。\n';
    const models = convertModels('m.txt', new TextEncoder().encode(raw), loadStages('/nonexistent'));
    const doc = emitFile(models).docs[0]!;
    const { body } = splitFrontmatter(doc.markdown);
    const entry = parseDocFile('x/m.md', doc.markdown);
    const views = await renderViews({ body, data: entry.data, filePath: 'x/m.md' }, 'tw');
    const hans = textOf(views.read.hans.html);
    expect(hans).toContain('本文保留⟦原样⟧括号与单个⟧符号，以及\\⟦反斜杠。');
    expect(textOf(views.read.hant.html)).toContain('本文保留⟦原樣⟧括號與單個⟧符號，以及\\⟦反斜槓。');
    expect(textOf(views.compare.html)).toContain('⟦原样⟧');
  });
});

describe('invisible characters', () => {
  it.each([
    ['\u202e', /U\+202E: bidirectional control/],
    ['\u2028', /U\+2028: Unicode line\/paragraph separator/],
    ['\ufeff', /U\+FEFF: byte-order mark U\+FEFF inside the text/],
  ])('%j in a title or heading is warned about with its line', (ch, reason) => {
    const raw = `关于${ch}测试工作的通知\n一、总体要求\n正文${ch}内容。\n`;
    const models = convertModels('i.txt', new TextEncoder().encode(raw), loadStages('/nonexistent'));
    const found = models.report.warnings.filter((w) => reason.test(w.reason));
    expect(found.map((w) => w.line)).toEqual([1, 3]);
  });
});
