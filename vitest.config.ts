import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and integration tests. e2e/ belongs to Playwright and is kept out of vitest's reach.
export default defineConfig({
  test: {
    globalSetup: ['vitest.global-setup.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'build/**/*.test.ts'],
          setupFiles: ['vitest.setup.ts'],
          // A safety net against a test that hangs, not a speed limit: a busy CI machine may be many
          // times slower than an idle one. Tests that check a timeout use a fake program told to hang.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
