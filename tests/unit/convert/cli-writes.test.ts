import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteQueue, writeAtomicAsync } from '../../../scripts/convert/cli-writes.ts';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wenyuan-writes-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('background writes', () => {
  it('writes atomically, creates folders, and leaves an unchanged file alone', async () => {
    const path = join(dir, 'a/b/doc.md');
    expect(await writeAtomicAsync(path, '甲')).toBe(true);
    utimesSync(path, 1, 1);
    expect(await writeAtomicAsync(path, '甲')).toBe(false);
    expect(statSync(path).mtimeMs).toBe(1000);
    expect(await writeAtomicAsync(path, '乙')).toBe(true); // same byte length, other text
    expect(readFileSync(path, 'utf8')).toBe('乙');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['doc.md']);
  });

  it('keeps at most `limit` writes in flight, counts written files and waits for all', async () => {
    const q = new WriteQueue(2);
    let inFlight = 0;
    let most = 0;
    const slow = (write: boolean) => async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return write;
    };
    for (let i = 0; i < 7; i++) await q.add(slow(i % 2 === 0));
    await q.drain();
    expect(most).toBe(2);
    expect(inFlight).toBe(0);
    expect(q.written).toBe(4);
  });

  it('rethrows the first failure when drained', async () => {
    const q = new WriteQueue();
    await q.add(async () => {
      throw new Error('disk full');
    });
    await q.add(async () => true);
    await expect(q.drain()).rejects.toThrow('disk full');
  });

  it('writes many files into one folder at once without temp-name clashes', async () => {
    const q = new WriteQueue(16);
    for (let i = 0; i < 50; i++) await q.add(() => writeAtomicAsync(join(dir, `${i}.md`), `doc ${i}`));
    await q.drain();
    expect(readdirSync(dir)).toHaveLength(50);
    expect(readFileSync(join(dir, '37.md'), 'utf8')).toBe('doc 37');
  });
});
