// Every file under a path (the path itself if it is a file; nothing if it does not exist), in a
// stable order: content keys hash these lists, so the order must not depend on the file system.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}
