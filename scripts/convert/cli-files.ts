import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// File-system edge of the converter: atomic writes (temp file + rename, so a crash never leaves a
// half-written document) and listing of what is there.

export function writeAtomic(path: string, content: string): boolean {
  // Unchanged files are left alone (their mtime too); a size check spares reading most changed ones.
  const old = statSync(path, { throwIfNoEntry: false });
  if (old && old.size === Buffer.byteLength(content) && readFileSync(path, 'utf8') === content) return false;
  replaceFile(path, content);
  return true;
}

/** Atomic write without reading the old content first (for the cache, which is rewritten on a miss anyway). */
export function replaceFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${Date.now()}-${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export function readIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function listFiles(dir: string, suffix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.') && d.name.endsWith(suffix))
    .map((d) => d.name)
    .sort();
}

export function remove(path: string): void {
  rmSync(path, { force: true });
}
