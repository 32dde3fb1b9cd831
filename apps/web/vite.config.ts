import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.ACCESS_API_URL ?? 'http://localhost:4000';

// Everything the SPA does not serve itself goes to apps/server in development.
const proxiedPaths = ['/graphql', '/healthz', '/readyz', '/.well-known'];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiTarget, changeOrigin: true }])),
  },
  optimizeDeps: {
    // graphiql's Vite worker setup imports Monaco's workers with `?worker`; the dependency
    // pre-bundler cannot load those, so let Vite's own worker plugin serve that one file.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
    // ...and pre-bundle the CommonJS modules the GraphQL worker imports, which a module worker
    // cannot load raw in development. (Production builds bundle the workers and need none of this.)
    include: [
      'graphiql > @graphiql/react > monaco-graphql > graphql-language-service > nullthrows',
      'graphiql > @graphiql/react > monaco-graphql > picomatch-browser',
      'graphiql > @graphiql/react > monaco-graphql > prettier/plugins/graphql',
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco (inside the GraphiQL chunk) is large by nature; the admin entry is what we watch.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onLog(level, log, defaultHandler) {
        // graphiql ships React Compiler output marked "use no memo"; dropping the directive in a
        // bundle is harmless, and the warnings would drown out the ones that matter.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(level, log);
      },
    },
  },
  worker: {
    // Monaco's workers are ES modules; bundle them as such.
    format: 'es',
  },
});
