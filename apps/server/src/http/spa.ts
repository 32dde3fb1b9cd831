import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { contentSecurityPolicy, GRAPHIQL_DIRECTIVES } from './security-headers.js';
import { sendWebAppPending } from './web-app-pending.js';

const apiPrefixes = ['/graphql', '/healthz', '/readyz', '/.well-known', '/calendar', '/files'];

/**
 * Serves the built web app on the same port as the API. Client-side routes (/users, /graphiql ...)
 * get index.html, the portal's (/portal/...) portal.html; hashed assets are cached for good.
 * Until the build exists (`pnpm start` builds it while the server already runs), those routes get a
 * page that reloads itself, and the build is picked up as soon as its index.html appears.
 */
export function spaRoutes(webDist: string, options: { graphiql: boolean; https: boolean }): Router {
  const index = path.join(webDist, 'index.html');
  let built = existsSync(index);
  const graphiqlPolicy = contentSecurityPolicy(options, GRAPHIQL_DIRECTIVES);
  const router = Router();
  router.use(
    '/assets',
    express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(webDist, { index: false }));
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (apiPrefixes.some((prefix) => req.path.startsWith(prefix))) return next();
    if (!options.graphiql && req.path.startsWith('/graphiql')) return next();
    if (!req.accepts('html')) return next();
    // Checked per page request only until the build shows up; after that it is a plain flag.
    built ||= existsSync(index);
    if (!built) return sendWebAppPending(res);
    // The SPA links to and from the playground with full page loads, so each page keeps its own policy.
    if (req.path === '/graphiql' || req.path.startsWith('/graphiql/')) res.set('Content-Security-Policy', graphiqlPolicy);
    // The worker portal is a second page with its own bundle (apps/web/portal.html).
    const page = req.path === '/portal' || req.path.startsWith('/portal/') ? path.join(webDist, 'portal.html') : index;
    res.set('Cache-Control', 'no-cache').sendFile(page);
  });
  return router;
}

/** Whether the web app's build is there yet (for the start-up log). */
export function webAppBuilt(webDist: string): boolean {
  return existsSync(path.join(webDist, 'index.html'));
}
