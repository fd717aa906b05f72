import type { StepResult } from '../lib/measure.ts';

/** One step of one benchmark size: measured, skipped (part not built yet) or failed (with the reason). */
export type Outcome =
  | { status: 'ok'; result: StepResult; detail?: Record<string, number | string> }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string; result?: StepResult };

export const skipped = (reason: string): Outcome => ({ status: 'skipped', reason });

export function fromResult(result: StepResult, what: string, detail?: Record<string, number | string>): Outcome {
  if (result.ok) return { status: 'ok', result, detail };
  if (result.timedOut) return { status: 'failed', reason: `${what} did not finish within ${(result.wallMs / 60000).toFixed(0)} min (stopped)`, result };
  const tail = (result.stderr || result.stdout).trim().split('\n').slice(-6).join('\n    ');
  return { status: 'failed', reason: `${what} exited with ${result.exitCode}:\n    ${tail}`, result };
}
