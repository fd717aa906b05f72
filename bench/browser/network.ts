// Counts bytes received by a Chromium page (CDP encodedDataLength: what crossed the wire).
import type { CDPSession, Page } from 'playwright-core';

export interface ByteCounter {
  /** Bytes since the last reset, total and by resource type. */
  bytes(): { total: number; script: number; requests: number };
  reset(): void;
  /** Resolves once no request has been in flight for `quietMs`. */
  idle(quietMs?: number, timeoutMs?: number): Promise<void>;
}

export async function countBytes(page: Page): Promise<ByteCounter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const inflight = new Set<string>();
  let total = 0;
  let script = 0;
  let requests = 0;
  let last = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    inflight.add(e.requestId);
    last = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    inflight.delete(e.requestId);
    last = Date.now();
    total += e.encodedDataLength;
    requests++;
    if (types.get(e.requestId) === 'Script') script += e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    inflight.delete(e.requestId);
    last = Date.now();
  });
  return {
    bytes: () => ({ total, script, requests }),
    reset: () => {
      total = 0;
      script = 0;
      requests = 0;
    },
    idle: async (quietMs = 400, timeoutMs = 20_000) => {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        if (inflight.size === 0 && Date.now() - last >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
