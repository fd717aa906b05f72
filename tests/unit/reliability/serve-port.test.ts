// `npm run serve` on a port already taken stops with the port and the option to choose another.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

describe('serve on a port in use', () => {
  it('says the port is taken and how to choose another, without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    // A site folder of its own: the test must not depend on a built dist/ (unit tests run before the build).
    const root = mkdtempSync(join(tmpdir(), 'wenyuan-serve-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    try {
      const run = spawnSync('node_modules/.bin/tsx', ['scripts/serve.ts', '--port', String(port), '--quiet', '--root', root], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`serve: port ${port} is already in use`);
      expect(run.stderr).toContain('npm run serve -- --port');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
