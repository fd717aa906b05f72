// Bad-input battery for the decode stage.
import { describe, expect, it } from 'vitest';
import { decode } from '../../../scripts/convert/decode.ts';
import { ConvertError } from '../../../scripts/convert/errors.ts';

const TEXT = '一、总体要求\n（一）指导思想。坚持以人民为中心。\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, le: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
};
// GBK bytes of "中文"
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];

function errorOf(fn: () => unknown): ConvertError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConvertError);
    return err as ConvertError;
  }
  throw new Error('expected a ConvertError');
}

describe('decode', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decode('a.txt', utf8(TEXT))).toEqual({ file: 'a.txt', encoding: 'utf-8', text: TEXT, lineEnds: 'lf' });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const d = decode('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decode('a.txt', utf16(TEXT, true))).toMatchObject({ encoding: 'utf-16le', text: TEXT });
    expect(decode('a.txt', utf16(TEXT, false))).toMatchObject({ encoding: 'utf-16be', text: TEXT });
  });

  it('reads GBK as GB18030 and reports it', () => {
    const d = decode('a.txt', new Uint8Array([...GBK_ZHONGWEN, 0x0a]));
    expect(d).toMatchObject({ encoding: 'gb18030', text: '中文\n' });
  });

  it('reads GB18030 four-byte sequences', () => {
    // U+00E5 (å) is 81 30 8A 32 in GB18030 and has no GBK code; 中 is D6 D0
    const d = decode('a.txt', new Uint8Array([0xd6, 0xd0, 0x81, 0x30, 0x8a, 0x32]));
    expect(d).toMatchObject({ encoding: 'gb18030', text: '中\u00e5' });
  });

  it('normalises CRLF, CR and mixed line ends and reports which', () => {
    expect(decode('a.txt', utf8('一\r\n二\r\n'))).toMatchObject({ text: '一\n二\n', lineEnds: 'crlf' });
    expect(decode('a.txt', utf8('一\r二\r'))).toMatchObject({ text: '一\n二\n', lineEnds: 'cr' });
    expect(decode('a.txt', utf8('一\r\n二\n三\r'))).toMatchObject({ text: '一\n二\n三\n', lineEnds: 'mixed' });
  });

  it('rejects an empty file, naming it', () => {
    const err = errorOf(() => decode('empty.txt', new Uint8Array()));
    expect(err.file).toBe('empty.txt');
    expect(err.message).toMatch(/empty/);
  });

  it('rejects a whitespace-only file', () => {
    expect(errorOf(() => decode('blank.txt', utf8(' \n\n\t'))).message).toMatch(/only whitespace/);
  });

  it('rejects binary content (NUL bytes) with the byte offset', () => {
    const err = errorOf(() => decode('img.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])));
    expect(err.message).toMatch(/NUL byte at byte offset 4/);
  });

  it('rejects control characters with line and column', () => {
    const err = errorOf(() => decode('ctl.txt', utf8('一\n二\u0007三')));
    expect(err.message).toMatch(/U\+0007/);
    expect([err.line, err.column]).toEqual([2, 2]);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    // 0xFF is never valid in UTF-8 nor as a GB18030 lead byte
    const err = errorOf(() => decode('bad.txt', new Uint8Array([0x41, 0xff, 0xfe, 0x41])));
    expect(err.message).toMatch(/undecodable/);
    expect(err.message).toMatch(/offset 1/);
  });

  it('decodes a 10 MB file', () => {
    const line = '（一）深化重要政府信息公开，强化政令权威发布。建立完善各级政府及其部门重要政策文件数据库。\r\n';
    const big = utf8(line.repeat(Math.ceil((10 * 1024 * 1024) / utf8(line).length)));
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    const d = decode('big.txt', big);
    expect(d.lineEnds).toBe('crlf');
    expect(d.text.includes('\r')).toBe(false);
  }); // speed: bench/clean-throughput.ts

  it('keeps U+FFFD found in valid UTF-8 (clean warns about it) rather than rejecting the file', () => {
    expect(decode('a.txt', utf8('共同富\uFFFD裕\n')).text).toBe('共同富\uFFFD裕\n');
  });

  it('keeps <script> and Markdown/YAML special characters as text', () => {
    const s = '---\ntitle: "x"\n---\n<script>alert(1)</script> # *不是* [链接](x) {#id}\n';
    expect(decode('a.txt', utf8(s)).text).toBe(s);
  });
});
