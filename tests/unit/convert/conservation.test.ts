// Conservation: removals + cleaned text give the decoded input back exactly, for the edit ledger
// under random edits and for clean() on every raw file of the corpus.
import { describe, expect, it } from 'vitest';
import type { RemovalKind } from '../../../src/lib/format/report.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditLedger, type Edit } from '../../../scripts/convert/clean/edits.ts';
import { checkConservation, restore, sourceMapper } from '../../../scripts/convert/conservation.ts';
import { applyChanges } from '../../../scripts/convert/change.ts';
import { decode } from '../../../scripts/convert/decode.ts';
import { clean } from '../../../scripts/convert/clean/index.ts';
import { loadCorrections } from '../../../scripts/convert/corrections.ts';
import { ConvertError } from '../../../scripts/convert/errors.ts';
import type { Cleaned, Decoded } from '../../../scripts/convert/types.ts';

const repo = join(import.meta.dirname, '../../..');

/** Small deterministic PRNG so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function randomEdits(text: string, rand: () => number): Edit[] {
  const edits: Edit[] = [];
  let pos = 0;
  while (pos < text.length) {
    pos += Math.floor(rand() * 6);
    if (pos > text.length) break;
    const length = Math.min(text.length - pos, Math.floor(rand() * 4));
    const replacement = ['', '', 'x', 'YZ', '学'][Math.floor(rand() * 5)]!;
    edits.push({ offset: pos, length, replacement, reason: 'random' });
    pos += length + 1;
  }
  return edits;
}

describe('edit ledger', () => {
  it('composes edits from successive rules and stays conserved', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = rng(seed);
      const source = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸\n子丑寅卯辰巳午未申酉';
      const ledger = new EditLedger(source);
      let expected = source;
      for (let round = 0; round < 4; round++) {
        const edits = randomEdits(ledger.text, rand);
        // what the text should become: apply the edits right to left on the current text
        for (const e of [...edits].sort((a, b) => b.offset - a.offset)) {
          expected = expected.slice(0, e.offset) + e.replacement + expected.slice(e.offset + e.length);
        }
        ledger.apply(`rule${round}` as RemovalKind, edits);
        expect(ledger.text, `seed ${seed} round ${round}`).toBe(expected);
      }
      const removals = ledger.removals();
      expect(applyChanges(source, removals)).toBe(ledger.text);
      expect(restore(ledger.text, removals)).toBe(source);
      for (let i = 1; i < removals.length; i++) {
        expect(removals[i]!.offset).toBeGreaterThanOrEqual(removals[i - 1]!.offset + removals[i - 1]!.text.length);
      }
    }
  });

  it('keeps the kind of the first rule when a later edit touches text it inserted', () => {
    // a correction restores 務 and the "(" the garbling swallowed; pinyin then removes "(wù)"
    const ledger = new EditLedger('服?wù)實');
    ledger.apply('correction', [{ offset: 1, length: 1, replacement: '務(', reason: 'fix' }]);
    expect(ledger.text).toBe('服務(wù)實');
    ledger.apply('pinyin', [{ offset: 2, length: 4, replacement: '', reason: 'pinyin' }]);
    expect(ledger.text).toBe('服務實');
    expect(ledger.removals()).toEqual([
      { kind: 'correction', offset: 1, text: '?wù)', replacement: '務', reason: 'fix; then pinyin: pinyin' },
    ]);
  });

  it('lets two edits of one rule touch the same earlier change', () => {
    const ledger = new EditLedger('ab');
    ledger.apply('a' as RemovalKind, [{ offset: 1, length: 1, replacement: 'YZ', reason: '' }]);
    ledger.apply('b' as RemovalKind, [{ offset: 2, length: 0, replacement: 'YZ', reason: '' }]);
    ledger.apply('c' as RemovalKind, [
      { offset: 1, length: 1, replacement: '', reason: '' },
      { offset: 3, length: 2, replacement: '', reason: '' },
    ]);
    expect(ledger.text).toBe('aY');
    expect(restore(ledger.text, ledger.removals())).toBe('ab');
  });

  it('records a removal that covers earlier ones as one change with includes', () => {
    const ledger = new EditLedger('頭(tóu)行\n正文');
    ledger.apply('pinyin', [{ offset: 1, length: 5, replacement: '', reason: 'pinyin' }]);
    ledger.apply('page-header', [{ offset: 0, length: 3, replacement: '', reason: 'header' }]);
    const [r] = ledger.removals();
    expect(r).toMatchObject({ kind: 'page-header', offset: 0, text: '頭(tóu)行\n' });
    expect(r!.includes?.map((i) => i.kind)).toEqual(['pinyin']);
  });

  it('maps cleaned offsets back to the source', () => {
    const ledger = new EditLedger('AAxxBBCC');
    ledger.apply('r' as RemovalKind, [{ offset: 2, length: 2, replacement: '', reason: 'drop' }]);
    const map = sourceMapper(ledger.removals());
    expect(ledger.text).toBe('AABBCC');
    expect([0, 1, 2, 3, 5].map(map)).toEqual([0, 1, 4, 5, 7]);
  });
});

describe('checkConservation', () => {
  const decoded: Decoded = { file: 'x.txt', encoding: 'utf-8', text: '一\n二三\n四', lineEnds: 'lf' };
  const good: Cleaned = {
    file: 'x.txt',
    text: '一\n二\n四',
    removals: [{ kind: 'k' as RemovalKind, offset: 3, text: '三', replacement: '', reason: 'r' }],
    warnings: [],
    toSource: (o) => o,
  };

  it('passes when the removals explain the difference', () => {
    expect(() => checkConservation(decoded, good)).not.toThrow();
  });

  it('fails with file and line when a removal does not match the input', () => {
    const bad = { ...good, removals: [{ ...good.removals[0]!, text: '二' }] };
    const err = (() => {
      try {
        checkConservation(decoded, bad);
      } catch (e) {
        return e as ConvertError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(ConvertError);
    expect(err!.file).toBe('x.txt');
    expect(err!.line).toBe(2);
  });

  it('fails when text disappeared without a removal', () => {
    expect(() => checkConservation(decoded, { ...good, text: '一\n二\n' })).toThrow(ConvertError);
  });
});

describe('clean() on the corpus', () => {
  const rawDir = join(repo, 'content/raw');
  for (const file of readdirSync(rawDir).sort()) {
    it(`conserves ${file}`, () => {
      const decoded = decode(file, readFileSync(join(rawDir, file)));
      const cleaned = clean(decoded, loadCorrections(file, repo));
      expect(() => checkConservation(decoded, cleaned)).not.toThrow();
      expect(cleaned.warnings.filter((w) => /garbled|U\+FFFD/.test(w.reason))).toEqual([]);
    });
  }
});
