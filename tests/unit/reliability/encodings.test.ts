// Encodings chosen by plausibility, not by "the bytes decode": Big5 read as GB18030 used to be
// published as mojibake with exit 0. Real documents of both scripts, encoded every way.
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../scripts/convert/decode.ts';
import { encodeBig5, encodeGbk, encodeUtf16, encodeUtf32 } from './encode.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
// The seeds' openings (GBK- and Big5-encodable: the seeds' own text, converted to traditional).
const seeds = readdirSync('content/raw').sort().map((f) => {
  const text = readFileSync(`content/raw/${f}`, 'utf8').replace(/\r\n?/g, '\n').slice(0, 1500);
  return { f, text: [...text].filter((c) => c.charCodeAt(0) < 0x80 || encodable(c)).join('') };
});
function encodable(c: string): boolean {
  try {
    encodeGbk(c);
    encodeBig5(toTraditional(c));
    return true;
  } catch {
    return false;
  }
}

describe('encoding detection', () => {
  it.each(seeds)('$f: GBK bytes read as GB18030, Big5 bytes (traditional) as Big5', ({ text }) => {
    expect(decode('x.txt', encodeGbk(text))).toMatchObject({ encoding: 'gb18030', text });
    const trad = toTraditional(text);
    expect(decode('x.txt', encodeBig5(trad))).toMatchObject({ encoding: 'big5', text: trad });
  });
  it('a Taiwan law text in Big5 is read as Big5 (valid GB18030 too, but implausible)', () => {
    const text = '中華民國憲法\n第一章 總綱\n第一條 中華民國基於三民主義，為民有民治民享之民主共和國。\n第二條 中華民國之主權屬於國民全體。\n';
    const bytes = encodeBig5(text);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toBe(text); // the old trap
    expect(decode('t.txt', bytes)).toMatchObject({ encoding: 'big5', text });
  });
  it('Big5-HKSCS extension characters (which the platform decoder maps to private use) are refused with the line', () => {
    const text = '香港特別行政區政府公告\n第二行：';
    const bytes = new Uint8Array([...encodeBig5(text), 0x9d, 0xef, 0x0a]);
    expect(() => decode('hk.txt', bytes)).toThrow(/hk\.txt:2:5: .*Big5-HKSCS.*UTF-8/);
  });
  it('UTF-16 LE and BE without BOM', () => {
    const text = seeds[0]!.text;
    expect(decode('x.txt', encodeUtf16(text, true))).toMatchObject({ encoding: 'utf-16le', text });
    expect(decode('x.txt', encodeUtf16(text, false))).toMatchObject({ encoding: 'utf-16be', text });
  });
  it('UTF-32 LE and BE, with and without BOM', () => {
    const text = seeds[1]!.text;
    for (const le of [true, false]) {
      for (const bom of [true, false]) expect(decode('x.txt', encodeUtf32(text, le, bom))).toMatchObject({ encoding: le ? 'utf-32le' : 'utf-32be', text });
    }
  });
  it('when no decoding is clearly right, the error names the file and the candidates', () => {
    // Two characters, each valid in both encodings and common in neither.
    const bytes = new Uint8Array([0xdd, 0xd1, 0xdd, 0xd2, 0x0a]);
    expect(() => decode('short.txt', bytes)).toThrow(/short\.txt: cannot tell the encoding.*GB18030\/GBK.*Big5.*save it as UTF-8/);
  });
});
