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
    // Files share no module state (no mocks; every file starts its own database and server), so a
    // worker keeps its loaded modules and compiled PGlite between files: the server suite took
    // 306 s on PGlite and 186 s on PostgreSQL isolated, 144 s and 67 s without.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['reflect-metadata'],
    globalSetup: ['src/test-support/global-setup.ts'],
  },
});
