// Scratch projects and child processes for the fault tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { mulberry32 } from '../../scripts/lib/seeded-random.ts';
import { TRASH_MARK } from '../../scripts/build/folders.ts';

export const PROJECT = resolve('.');
export const TSX = join(PROJECT, 'node_modules/.bin/tsx');

/** The same seed kills at the same points. */
export const rng = mulberry32;

/** A scratch project with the seeds' raw files (and nothing generated). */
export function scratchProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), `wenyuan-faults-${prefix}-`));
  mkdirSync(join(root, 'content'), { recursive: true });
  cpSync(join(PROJECT, 'content/raw'), join(root, 'content/raw'), { recursive: true });
  if (existsSync(join(PROJECT, 'content/corrections'))) cpSync(join(PROJECT, 'content/corrections'), join(root, 'content/corrections'), { recursive: true });
  return root;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  ms: number;
  /** killed by the watchdog: the process ran past `timeoutMs` (a hang) */
  timedOut: boolean;
  /** the child's process id (its group's id too) */
  pid: number;
}

/** No child may run longer than this (a hang fails its test instead of stalling CI): FAULT_TIMEOUT_MS. */
export const PROCESS_TIMEOUT_MS = Number(process.env.FAULT_TIMEOUT_MS ?? 240_000);

/**
 * Runs a command; with `killAfterMs`, SIGKILLs it (and its process group) then. A watchdog kills it
 * after `timeoutMs` whatever happens, and says so in `out`.
 */
export function runProcess(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; killAfterMs?: number; timeoutMs?: number }): Promise<Run> {
  const t0 = performance.now();
  return new Promise((done) => {
    const child: ChildProcess = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL'); // the whole group: tsx, node, astro's workers
      } catch {
        /* already gone */
      }
    };
    let timedOut = false;
    const timer = opts.killAfterMs === undefined ? null : setTimeout(killGroup, opts.killAfterMs);
    const timeoutMs = opts.timeoutMs ?? PROCESS_TIMEOUT_MS;
    const watchdog = setTimeout(() => {
      timedOut = true;
      out += `\n[fault suite: ${cmd} ${args.join(' ')} still running after ${timeoutMs} ms: killed]`;
      killGroup();
    }, timeoutMs);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      clearTimeout(watchdog);
      done({ code, signal, out, ms: performance.now() - t0, timedOut, pid: child.pid! });
    });
  });
}

/** Every file under `dir` (relative path → sha256), for comparing outputs. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

/**
 * Temp files anywhere under `dir`. A site's trash folder (`.dist.trash-…`, the previous site, which a
 * detached process deletes after the swap by design: scripts/build/folders.ts) is not walked: its
 * files vanish mid-walk, and what is left of it the next build deletes.
 */
export function litter(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const paths: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.') && d.name.includes(TRASH_MARK)) continue;
    if (d.isDirectory()) paths.push(...[...snapshot(join(dir, d.name)).keys()].map((p) => join(d.name, p)));
    else paths.push(d.name);
  }
  return paths.filter((p) => /(^|\/)\.\d+-\d+\.tmp$|\.tmp$/.test(p));
}

