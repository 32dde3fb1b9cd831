import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // A browser test file keeps about one core busy at a time (its test, Chromium and its server
    // take turns), so two files side by side use both cores of a CI machine (bench/RESULTS.md:
    // 297-319 s against 385 s for one at a time).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          // Plain functions and stores without mocks: one worker keeps the modules they share
          // between files. The 39 files took 23.7 CPU-seconds isolated, 8.7 without.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.test.ts'],
          // The browser tests start a real server and Chromium; give them room.
          testTimeout: 60_000,
          hookTimeout: 90_000,
          globalSetup: ['e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
