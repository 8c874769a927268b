import { defineConfig } from '@playwright/test';

const reportDirectory = 'out/test-reports';
// WGD_E2E_PORT lets two checkouts run their suites side by side.
export const RENDERER_PORT = Number(process.env.WGD_E2E_PORT ?? 4179);

/**
 * The renderer runs in Debian's Chromium (Playwright's own browsers cannot be downloaded here), served
 * over http from the built files; the preload bridge is bound to the real main-process handlers in the
 * test's Node process (see e2e/harness). The real-Electron test skips, saying why, without a binary.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts$/,
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Safety nets against a hang, not speed limits: a busy CI machine may be many times slower.
  timeout: 600_000,
  expect: { timeout: 120_000 },
  reporter: [['list'], ['json', { outputFile: `${reportDirectory}/playwright.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${RENDERER_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${RENDERER_PORT} --strictPort`,
    url: `http://127.0.0.1:${RENDERER_PORT}/`,
    reuseExistingServer: false,
    timeout: 300_000,
  },
});
