// Counts bytes a Chromium page receives, including requests made by its workers (Pagefind fetches
// its index from a web worker, which a page-level CDP session would miss). Body bytes as sent by
// the server (encoded size) plus response headers.
import type { Page, Request } from '@playwright/test';

export interface ByteCounter {
  /** Bytes since the last reset, total and for scripts. */
  bytes(): { total: number; script: number; requests: number };
  reset(): void;
  /** Resolves once no request has been in flight for `quietMs`. */
  idle(quietMs?: number, timeoutMs?: number): Promise<void>;
}

export async function countBytes(page: Page): Promise<ByteCounter> {
  const inflight = new Set<Request>();
  let total = 0;
  let script = 0;
  let requests = 0;
  let last = Date.now();
  page.on('request', (r) => {
    inflight.add(r);
    last = Date.now();
  });
  page.on('requestfinished', async (r) => {
    try {
      const s = await r.sizes();
      const bytes = s.responseBodySize + s.responseHeadersSize;
      total += bytes;
      requests++;
      if (r.resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) script += bytes;
    } finally {
      inflight.delete(r);
      last = Date.now();
    }
  });
  page.on('requestfailed', (r) => {
    inflight.delete(r);
    last = Date.now();
  });
  return {
    bytes: () => ({ total, script, requests }),
    reset: () => {
      total = 0;
      script = 0;
      requests = 0;
    },
    idle: async (quietMs = 400, timeoutMs = 30_000) => {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        if (inflight.size === 0 && Date.now() - last >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
