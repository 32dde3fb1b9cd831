import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const apiTarget = process.env.ACCESS_API_URL ?? 'http://localhost:4000';

// Everything the SPA does not serve itself goes to apps/server in development: the same
// prefixes as apps/server/src/http/spa.ts (calendar feeds and proof downloads included).
const proxiedPaths = ['/graphql', '/healthz', '/readyz', '/.well-known', '/calendar', '/files'];

/**
 * Two pages, two bundles: the admin app (index.html) and the worker portal (portal.html). The
 * dev server answers /portal/* with portal.html, as apps/server does in production.
 */
const pages = {
  main: fileURLToPath(new URL('./index.html', import.meta.url)),
  portal: fileURLToPath(new URL('./portal.html', import.meta.url)),
};

function portalPages(): Plugin {
  return {
    name: 'access-portal-pages',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path === '/portal' || path.startsWith('/portal/')) req.url = '/portal.html';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), portalPages()],
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
      input: pages,
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
