// Corrections data: validated on load, applied by clean(), and a correction that no longer
// matches its source stops the run with a file, a line and what to do.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../../lib/scratch-dir.ts';
import { correctionEdits, loadCorrections } from '../../../scripts/convert/corrections.ts';
import { ConvertError } from '../../../scripts/convert/errors.ts';
import { decode } from '../../../scripts/convert/decode.ts';
import { clean } from '../../../scripts/convert/clean/index.ts';
import { checkConservation } from '../../../scripts/convert/conservation.ts';

const repo = join(import.meta.dirname, '../../..');

function withCorrections(json: string): string {
  const root = scratchDir('wenyuan-corr-');
  mkdirSync(join(root, 'content/corrections'), { recursive: true });
  writeFileSync(join(root, 'content/corrections/a.txt.json'), json);
  return root;
}

function thrown(fn: () => unknown): ConvertError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConvertError) return err;
    throw err;
  }
  throw new Error('expected a ConvertError');
}

describe('loadCorrections', () => {
  it('returns [] when a raw file has no corrections file', () => {
    expect(loadCorrections('none.txt', withCorrections('[]'))).toEqual([]);
  });

  it('loads valid corrections', () => {
    const root = withCorrections('[{"offset":3,"garbled":"?,F","intended":"裕現","reason":"r"}]');
    expect(loadCorrections('a.txt', root)).toEqual([{ offset: 3, garbled: '?,F', intended: '裕現', reason: 'r' }]);
  });

  it('names the file on invalid JSON', () => {
    const err = thrown(() => loadCorrections('a.txt', withCorrections('[{')));
    expect(err.file).toMatch(/a\.txt\.json$/);
  });

  it('names the entry and field on a schema error', () => {
    const err = thrown(() => loadCorrections('a.txt', withCorrections('[{"offset":-1,"garbled":"x","intended":"y","reason":"r"}]')));
    expect(err.message).toMatch(/\[0\]\.offset/);
  });
});

describe('correctionEdits', () => {
  const text = '第一行\n共同富?,F代化';
  it('turns matching corrections into edits', () => {
    expect(correctionEdits('a.txt', text, [{ offset: 7, garbled: '?,F', intended: '裕現', reason: 'r' }])).toEqual([
      { offset: 7, length: 3, replacement: '裕現', reason: 'r' },
    ]);
  });

  it('fails loudly when the source changed, with line, column and the fix', () => {
    const err = thrown(() => correctionEdits('a.txt', text, [{ offset: 6, garbled: '?,F', intended: '裕現', reason: 'r' }]));
    expect([err.file, err.line, err.column]).toEqual(['a.txt', 2, 3]);
    expect(err.message).toMatch(/re-run propose-corrections and review/);
  });

  it('rejects overlapping corrections', () => {
    const c = { garbled: '?,F', intended: '裕現', reason: 'r' };
    expect(() => correctionEdits('a.txt', '?,F?,F', [{ ...c, offset: 0 }, { ...c, offset: 0 }])).toThrow(/overlaps/);
  });
});

describe('reviewed corrections of the corpus', () => {
  const file = '002_6963da8e736a4217.txt';
  it('all match the raw file and leave no garbled text', () => {
    const decoded = decode(file, readFileSync(join(repo, 'content/raw', file)));
    const corrections = loadCorrections(file, repo);
    expect(corrections).toHaveLength(22);
    const cleaned = clean(decoded, corrections);
    checkConservation(decoded, cleaned);
    expect(cleaned.text).not.toMatch(/\?/);
    expect(cleaned.warnings).toEqual([]);
    for (const phrase of ['基本公共服務實現均等化', '共同富裕現代化基本單元', '有序實施混合所有制改革', '山海互濟']) {
      expect(cleaned.text).toContain(phrase);
    }
  });
});
