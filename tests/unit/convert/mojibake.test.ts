// Mojibake detection and repair proposals: synthetic garbling of known text must be found and
// undone; on the traditional-script seed every reviewed span must be detected.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMojibake } from '../../../scripts/convert/mojibake.ts';
import { languageModel, proposeRepair } from '../../../scripts/convert/mojibake-repair.ts';
import { encodeGbk, pairTable, isLostPair } from '../../../scripts/convert/gbk-table.ts';
import { CorrectionsSchema } from '../../../scripts/convert/corrections.ts';
import { decode } from '../../../scripts/convert/decode.ts';

const repo = join(import.meta.dirname, '../../..');

/** What the damage looked like: GBK bytes read one byte late, pairwise, dropped pairs lost, '?' for orphans. */
function garble(intended: string): string {
  const bytes = encodeGbk(intended)!.slice(1);
  const table = pairTable();
  let out = '?';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const t = bytes[i + 1];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
    } else if (t !== undefined && t >= 0x40 && t !== 0x7f) {
      out += isLostPair(b, t) ? '' : table[(b << 8) | t];
      i += 2;
    } else {
      out += '?';
      i++;
    }
  }
  return out.replace(/[\uff01-\uff0f\uff1a-\uff20]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const REFERENCE =
  '率先基本實現人的全生命周期公共服務優質共享。基本公共服務實現均等化。基本建成學前教育、公共衛生體系。' +
  '共同富裕現代化基本單元建設加快推進。大力建設共同富裕現代化基本單元。推進商品房現房銷售試點。基本實現城鎮集中成片棚戶區改造。';

describe('findMojibake', () => {
  it('finds a garbled span after Chinese text', () => {
    const text = `推進商品房現房銷售試點${garble('。基本實現')}城鎮集中成片棚戶區改造。`;
    expect(findMojibake(text).map((s) => s.offset)).toEqual([11]);
  });

  it('leaves question marks in Latin text and full-width ？ alone', () => {
    expect(findMojibake('What? A URL like https://x.cn/?id=1 and 這是什麼？好。')).toEqual([]);
  });
});

describe('proposeRepair', () => {
  const lm = languageModel(REFERENCE);
  // the character before the span is context: 富 makes 裕 the likely lost character
  for (const [before, intended] of [['點', '。基本實現'], ['扶', '。基本建成學'], ['共同富', '裕現']] as const) {
    it(`undoes the byte shift of ${intended}`, () => {
      const garbled = garble(intended);
      const text = `${before}${garbled}(xiàn)代化後文`;
      const p = proposeRepair(text, before.length, lm);
      expect(p?.garbled).toBe(garbled);
      expect(p?.intended).toBe(intended);
    });
  }

  it('returns null when the span never gets back in step', () => {
    expect(proposeRepair('前文?;竟卜竟卜竟卜竟卜竟卜竟卜竟卜竟卜', 2, lm)).toBeNull();
  });
});

describe('the traditional-script seed', () => {
  const file = '002_6963da8e736a4217.txt';
  const text = decode(file, readFileSync(join(repo, 'content/raw', file))).text;
  const reviewed = CorrectionsSchema.parse(JSON.parse(readFileSync(join(repo, 'content/corrections', `${file}.json`), 'utf8')));

  it('detects every reviewed span, and nothing else', () => {
    expect(findMojibake(text).map((s) => s.offset)).toEqual(reviewed.map((c) => c.offset));
  });

  it('has reviewed repairs that re-garble into the garbled text', () => {
    // the damage model: intended text → GB18030 bytes read one byte late (garble above); the old
    // pipeline also swallowed a "(" or "<" after a final lost byte and left pinyin-like debris
    // after the first '?'. Punctuation in `intended` is half-width like the file; try both widths.
    const full = (s: string) => s.replace(/[,()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const noDebris = (s: string) => s.replace(/^\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/, '?');
    const mismatched = reviewed.filter((c) => {
      const forms = [c.intended, full(c.intended), c.intended.replace(/,/g, '，')].map(garble);
      const accepted = forms.flatMap((g) => [g, g.replace(/[(<]$/, '')]);
      return !accepted.includes(noDebris(c.garbled));
    });
    expect(mismatched.map((c) => c.offset)).toEqual([]);
  });

  it('proposes the reviewed span boundaries and most repairs', () => {
    const lm = languageModel(text);
    const fold = (s: string) => s.replace(/[\uff01-\uff0f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    let sameSpan = 0;
    let sameRepair = 0;
    for (const c of reviewed) {
      const p = proposeRepair(text, c.offset, lm);
      if (p?.garbled === c.garbled) sameSpan++;
      if (p && fold(p.intended) === c.intended) sameRepair++;
    }
    // measured 21/22 spans and 12/22 repairs when written; a drop means the proposer got worse
    expect(sameSpan).toBeGreaterThanOrEqual(20);
    expect(sameRepair).toBeGreaterThanOrEqual(11);
  });
});
