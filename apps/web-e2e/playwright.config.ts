import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = 3100;
const workspaceRoot = resolve(__dirname, '../..');

/** Debian's Chromium, never a downloaded browser (see the README). */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests',
  outputDir: resolve(workspaceRoot, 'tmp/e2e-results'),
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    // The built app, as `npm start` runs it, on a fresh embedded database with the demo data.
    command: 'node apps/web-e2e/start-server.mjs',
    cwd: workspaceRoot,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: 'tmp/e2e-pg',
      EMBEDDED_PG_PORT: '54349',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
  },
});
