// Resident memory of a process and all its descendants, read from /proc (Linux only).
// Summing the tree matters: astro and pagefind run workers and a native binary under the npm/tsx parent.

import { readFileSync, readdirSync } from 'node:fs';

const pageSize = 4096;

function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 4 (ppid) follows the command name, which is in parentheses and may contain spaces.
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(after[1]);
  } catch {
    return null; // the process ended while we looked
  }
}

function residentBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * pageSize;
  } catch {
    return 0;
  }
}

/** Sum of RSS over `root` and every descendant, in bytes. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(entry);
    if (ppid === null) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += residentBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
