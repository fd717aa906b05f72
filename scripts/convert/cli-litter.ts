import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PATHS } from './cli-config.ts';

// Temp files of writes that never finished (`.<pid>-<n>.tmp`, cli-writes.ts): a run killed between
// writing and renaming leaves them. The next run removes them; --check names them.

const TMP = /^\.(\d+)-\d+\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leftover temp files (paths relative to root) of runs that are no longer running. */
export function findLitter(root: string): string[] {
  const dirs = [...new Set([PATHS.docs, PATHS.report, dirname(PATHS.registry)])];
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const m = TMP.exec(name);
      if (m && !alive(Number(m[1]))) out.push(`${dir}/${name}`);
    }
  }
  return out;
}

export function removeLitter(root: string, paths: readonly string[]): void {
  for (const p of paths) rmSync(join(root, p), { force: true });
}
