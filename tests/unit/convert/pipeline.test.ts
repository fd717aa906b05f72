import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStages } from '../../../scripts/convert/cli-stages.ts';
import { encodeGbk } from '../../../scripts/convert/gbk-table.ts';
import { convertFile, convertModels, emitFile } from '../../../scripts/convert/pipeline.ts';
import { identityStages } from './identity-stages.ts';

// The whole pipeline on one file with the real decode and clean stages: whatever the encoding and
// line ends, the same text gives the same documents.

const stages = loadStages(join(import.meta.dirname, '../../..'));
const TEXT = '关于推进示范工作的实施意见\n——2021年5月20日\n为做好示范工作，提出如下意见。\n一、总体要求\n（一）指导思想。坚持稳中求进。\n二、保障措施\n各地要抓好落实。\n';

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const markdown = (bytes: Uint8Array) =>
  convertFile('x.txt', bytes, stages).docs.map((d) => d.markdown).join('\n');

describe('convertFile', () => {
  const expected = markdown(new TextEncoder().encode(TEXT));

  it('converts the text into one document with its sections', () => {
    expect(expected).toContain('title: "关于推进示范工作的实施意见"');
    expect(expected).toContain('## 一、总体要求 {#s1 marker=一、}');
    expect(expected).toContain('### （一）指导思想。 {#s1-1 .run-in marker=（一）}');
  });

  it.each([
    ['UTF-8 with BOM and CRLF', () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT.replace(/\n/g, '\r\n'))])],
    ['UTF-16 LE with BOM', () => utf16le(TEXT)],
    ['GBK', () => new Uint8Array(encodeGbk(TEXT)!)],
  ])('gives the same Markdown for %s', (_name, bytes) => {
    expect(markdown(bytes())).toBe(expected);
  });

  it('converts the law fixture with the real cleaner exactly as its expected Markdown', () => {
    const dir = join(import.meta.dirname, '../../fixtures/structure/law');
    const { docs, report } = convertFile('law.txt', readFileSync(join(dir, 'input.txt')), stages);
    expect(report.removals).toEqual([]);
    expect(docs.map((d) => d.markdown).join('\n')).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
  });

  it('names the encoding in the report', () => {
    expect(convertFile('x.txt', new Uint8Array(encodeGbk(TEXT)!), stages).report.encoding).toBe('gb18030');
  });

  it('converts a 10 MB file without trouble', () => {
    let text = '';
    let n = 0;
    while (text.length < 4_000_000) {
      // Unique titles and dates: a line repeated many times would be a running page header.
      const day = new Date(Date.UTC(1900, 0, 1 + ++n));
      const date = `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
      text += TEXT.replace('示范', `示范${n}号`).replace('2021年5月20日', date);
    }
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const { docs } = convertFile('big.txt', bytes, stages);
    expect(docs.length).toBeGreaterThan(1000);
  }, 300_000); // a hang guard only: speed is measured by bench/clean-throughput.ts and bench/convert.ts
});

describe('emitFile', () => {
  const compilation = readFileSync(join(import.meta.dirname, '../../fixtures/structure/compilation/input.txt'));

  it('renames documents to settled slugs, with the index links and collection following, and leaves its input alone', () => {
    const models = convertModels('c.txt', compilation, identityStages);
    const before = JSON.stringify(models);
    const own = models.models.map((m) => m.slug);
    const settled = own.map((s, i) => (i === 0 || i === 2 ? `${s}-2` : s));
    const { docs, report } = emitFile(models, settled, [{ file: 'c.txt', severity: 'warning', kind: 'slug', reason: 'clash' }]);
    expect(docs.map((d) => d.slug)).toEqual(settled);
    const index = docs[0]!.markdown;
    expect(index).toContain(`slug: "${settled[0]}"`);
    expect(index).toContain(`slug: "${settled[2]}"`);
    expect(index).toContain(`](../${settled[2]}/)`);
    expect(index).not.toContain(`](../${own[2]}/)`);
    for (const d of docs.slice(1)) expect(d.markdown).toContain(`collection: "${settled[0]}"`);
    expect(report.documents.map((d) => d.slug)).toEqual(settled);
    expect(report.warnings.at(-1)!.reason).toBe('clash');
    expect(JSON.stringify(models)).toBe(before);
  });

  it('gives the same output from models that went through JSON (the cache)', () => {
    const models = convertModels('c.txt', compilation, identityStages);
    const fresh = emitFile(models);
    const cached = emitFile(JSON.parse(JSON.stringify(models)));
    expect(cached.docs.map((d) => d.markdown)).toEqual(fresh.docs.map((d) => d.markdown));
    expect(JSON.stringify(cached.report)).toBe(JSON.stringify(fresh.report));
  });
});
