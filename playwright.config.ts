import { defineConfig } from '@playwright/test';

// Browser tests run against the built site (dist/) served on loopback by our own static server.
// Debian's Chromium is used: browser downloads are impossible on these machines.
const port = Number(process.env.WENYUAN_TEST_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  // Builds the fixture site under a non-root base path once, for the base-path specs.
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 120_000,
  // One retry absorbs a slow machine; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve.ts --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
