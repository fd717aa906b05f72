import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Output and cache files are written in the background (libuv's thread pool) while the next raw
// file converts, so a slow disk adds to the run time only where it is slower than the CPU work.
// Writes stay atomic (temp file + rename) and unchanged files are left alone.

let tmpCounter = 0;

/** Writes `content` unless the file already holds it; true when written. */
export async function writeAtomicAsync(path: string, content: string): Promise<boolean> {
  // A size check spares reading most changed files.
  const old = await stat(path).catch(() => null);
  if (old && old.size === Buffer.byteLength(content) && (await readFile(path, 'utf8')) === content) return false;
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${process.pid}-${++tmpCounter}.tmp`); // unique among concurrent writes
  await writeFile(tmp, content);
  await rename(tmp, path);
  return true;
}

/** At most `limit` writes in flight; `drain` waits for all and rethrows the first failure. */
export class WriteQueue {
  written = 0;
  private readonly pending = new Set<Promise<void>>();
  private failure: unknown = null;

  constructor(private readonly limit = 8) {}

  async add(write: () => Promise<boolean>): Promise<void> {
    while (this.pending.size >= this.limit) await Promise.race(this.pending);
    const p: Promise<void> = write()
      .then((done) => void (done && this.written++))
      .catch((err: unknown) => void (this.failure ??= err))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Lets finished writes make progress between two CPU-bound steps. */
  async tick(): Promise<void> {
    if (this.pending.size > 0) await new Promise((resolve) => setImmediate(resolve));
  }

  async drain(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure !== null) throw this.failure;
  }
}
