import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql and TypeORM read decorator metadata; oxc must emit it like tsc does.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    // One graphql realm for type-graphql, Apollo and graphql-tools.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['reflect-metadata'],
    globalSetup: ['src/test-support/global-setup.ts'],
  },
});
