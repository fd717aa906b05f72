// Keeps the store from growing without bound: every renderer change writes a whole new set of
// entries. Deletes entries that no manifest names any more, if they are older than `minAgeMs`
// (another corpus being pre-rendered at this moment writes its manifest only at the end).
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function pruneStore(dir: string, minAgeMs = 60 * 60 * 1000, now = Date.now()): { removed: number; bytes: number } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { removed: 0, bytes: 0 };
  }
  const live = new Set<string>();
  for (const name of names.filter((n) => n.startsWith('manifest-') && n.endsWith('.json'))) {
    try {
      const m = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { docs?: Record<string, string> };
      for (const key of Object.values(m.docs ?? {})) live.add(key);
    } catch {
      // unreadable manifest: its entries age out like any other
    }
  }
  let removed = 0;
  let bytes = 0;
  for (const name of names) {
    const m = /^([0-9a-f]{64})\.json$/.exec(name);
    if (!m || live.has(m[1]!)) continue;
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (now - st.mtimeMs < minAgeMs) continue;
      rmSync(path);
      removed += 1;
      bytes += st.size;
    } catch {
      // gone already
    }
  }
  return { removed, bytes };
}
