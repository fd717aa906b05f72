import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';

// File-system edge of the converter: reading and listing what is there (writes: cli-writes.ts).

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
