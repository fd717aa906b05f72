// The base-path fixture build (base-build.ts) served for the tests of one spec file: one server,
// started before its first test and closed after its last (the file's tests then run in order).
import { test } from '@playwright/test';
import { startServer, type RunningServer } from '../../../scripts/serve/static-server.ts';
import { BASE, OUT } from './base-build.ts';

/** Call at the top of a spec file; `url` (the site's root, base included) is read inside tests. */
export function serveBaseSite(): { readonly url: string } {
  let server: RunningServer | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    server = await startServer({ root: OUT, port: 0, base: BASE });
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('serveBaseSite: the server is started in beforeAll; read url inside a test');
      return server.url;
    },
  };
}
