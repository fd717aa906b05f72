// sha256 in hex: the store's keys and source checks (src/lib/render/store.ts, cache-key.ts).
import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
