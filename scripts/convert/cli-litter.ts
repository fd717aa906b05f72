import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PATHS } from './cli-config.ts';

// Temp files of writes that never finished (`.<pid>-<n>.tmp`, cli-writes.ts): a run killed between
// writing and renaming leaves them. The next run removes them; --check names them.

const TMP = /^\.(\d+)-\d+\.tmp$/;

/** Whether the run that wrote a temp file at `writtenMs` may still be running. */
function alive(pid: number, writtenMs: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!existsSync('/proc/self/stat')) return true; // no /proc (not Linux): trust the signal
  const proc = procStat(pid);
  if (!proc) return false; // gone meanwhile
  // A killed run whose parent died too waits as a zombie until init reaps it, which some container
  // inits do late: it answers signal 0 but will never write again.
  if (proc.state === 'Z' || proc.state === 'X') return false;
  // Process ids are reused (pid_max is often 32768 and a busy machine wraps it in minutes): a live
  // process that started after the file was written is not the run that wrote it.
  return proc.startedMs <= writtenMs + 1000;
}

/** A process's state letter and start time (epoch ms), from Linux's /proc; null elsewhere. */
function procStat(pid: number): { state: string; startedMs: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3, state
    const ticks = Number(fields[19]); // field 22, starttime
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    // Clock ticks are 1/100 s on every Linux build Node runs on (USER_HZ).
    if (!Number.isFinite(ticks) || !Number.isFinite(boot)) return null;
    return { state: fields[0]!, startedMs: boot * 1000 + ticks * 10 };
  } catch {
    return null;
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
      if (!m) continue;
      let written: number;
      try {
        written = statSync(join(root, dir, name)).mtimeMs;
      } catch {
        continue; // renamed or removed meanwhile
      }
      if (!alive(Number(m[1]), written)) out.push(`${dir}/${name}`);
    }
  }
  return out;
}

export function removeLitter(root: string, paths: readonly string[]): void {
  for (const p of paths) rmSync(join(root, p), { force: true });
}
