// Runs one benchmark step as a child process and measures wall time, CPU time and peak memory
// (peak of the summed RSS of the whole process tree, sampled every `pollMs`).

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeRss } from './proc-tree.ts';

export interface StepResult {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** User + system CPU of the step and its children (from /usr/bin/time), when available. */
  cpuMs: number | null;
  peakRssBytes: number;
  /** Largest single process (/usr/bin/time %M). */
  peakProcessRssBytes: number | null;
  stdout: string;
  stderr: string;
  /** Killed after RunOptions.timeoutMs. */
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  pollMs?: number;
  /** Print the child's output while it runs (prefixed), for long steps. */
  echo?: string;
  timeoutMs?: number;
}

const timeBinary = '/usr/bin/time';

export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'time.txt');
  let hasTime = true;
  try {
    readFileSync(timeBinary);
  } catch {
    hasTime = false;
  }
  const [cmd, argv] = hasTime ? [timeBinary, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const start = performance.now();
    // Own process group, so a timeout ends the whole tree (time → tsx → node → pagefind …).
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let timedOut = false;
    let stdout = '';
    let stderr = '';
    const keep = (buf: string, chunk: Buffer): string => (buf + chunk.toString()).slice(-200_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout = keep(stdout, c);
      if (options.echo) process.stdout.write(c.toString().replace(/^(?=.)/gm, `  ${options.echo} │ `));
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr = keep(stderr, c);
      if (options.echo) process.stderr.write(c.toString().replace(/^(?=.)/gm, `  ${options.echo} │ `));
    });
    let peak = 0;
    const sample = (): void => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.pollMs ?? 200);
    const killer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
        }, options.timeoutMs)
      : null;
    child.on('close', (code) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      const wallMs = performance.now() - start;
      let cpuMs: number | null = null;
      let peakProcess: number | null = null;
      try {
        const fields = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        cpuMs = ((fields[1] ?? 0) + (fields[2] ?? 0)) * 1000;
        peakProcess = (fields[3] ?? 0) * 1024;
      } catch {
        // no /usr/bin/time output (killed, or not installed)
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({
        ok: code === 0,
        exitCode: code,
        wallMs,
        cpuMs,
        peakRssBytes: Math.max(peak, peakProcess ?? 0),
        peakProcessRssBytes: peakProcess,
        stdout,
        stderr,
        timedOut,
      });
    });
  });
}
