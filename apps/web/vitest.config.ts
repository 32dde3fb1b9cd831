import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // The browser tests start a real server and Chromium; give them room.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A browser test file keeps about one core busy at a time (its test, Chromium and its server
    // take turns), so two files side by side use both cores of a CI machine (bench/RESULTS.md:
    // 297-319 s against 385 s for one at a time).
    maxWorkers: 2,
    globalSetup: ['e2e/support/global-setup.ts'],
  },
});
