// One way to say what is wrong with a value zod rejected, for every config, option and data file
// of both sides (converter and site): where (file:line or variable), which field, what is wrong,
// what was there. Callers add what to do.
import type { z } from 'zod';

export interface IssueContext {
  /** Name of the field as the user wrote it (an environment variable, a CLI flag), by first path key. */
  names?: Record<string, string>;
  /** The input that was parsed, so each issue can show the value it was given. */
  input?: unknown;
}

// NaN (a number variable that is not a number) would print as null.
const shown = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One line per issue: `field (NAME): message (got value)`. */
export function issueLines(error: z.ZodError, ctx: IssueContext = {}): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '') || '(root)';
    const name = ctx.names?.[String(issue.path[0])];
    const got = ctx.input === undefined ? undefined : valueAt(ctx.input, issue.path);
    return `${path}${name ? ` (${name})` : ''}: ${issue.message}${got !== undefined ? ` (got ${shown(got)})` : ''}`;
  });
}

/** `where: first problem` — for data files where one problem at a time is enough. */
export function firstIssue(error: z.ZodError, where: string, ctx: IssueContext = {}): string {
  const lines = issueLines(error, ctx);
  return `${where}: ${lines[0] ?? 'invalid'}${lines.length > 1 ? ` (and ${lines.length - 1} more)` : ''}`;
}

/** A multi-line message: heading, one indented line per issue, then what to do. */
export function issueReport(error: z.ZodError, heading: string, todo: string, ctx: IssueContext = {}): string {
  return [heading, ...issueLines(error, ctx).map((l) => `  ${l}`), todo].join('\n');
}
