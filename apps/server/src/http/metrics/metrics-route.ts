import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv4 } from 'node:net';
import { Router, type Request } from 'express';
import type { Metrics } from './metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (address === '::1') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return isIPv4(v4) && v4.startsWith('127.');
}

/**
 * A request made on this machine to the server itself: the connection comes from loopback and no
 * proxy says it relays someone else. A reverse proxy on this machine that adds no such header
 * looks local too, which is why README asks for METRICS_TOKEN behind one.
 */
const madeLocally = (req: Request) =>
  isLoopbackAddress(req.socket.remoteAddress) && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;

/**
 * GET /metrics in Prometheus's text format. With METRICS_TOKEN set it needs that bearer token,
 * from anywhere; without it, it answers only requests made on this machine.
 */
export function metricsRoutes(metrics: Metrics, token: string | undefined): Router {
  const expected = token ? digest(token) : null;
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (expected) {
      const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      // Compared as digests: equal lengths, and the time taken says nothing about the token.
      if (!presented || !timingSafeEqual(digest(presented), expected)) {
        res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('The metrics need the bearer token METRICS_TOKEN names');
        return;
      }
    } else if (!madeLocally(req)) {
      res.status(403).type('text/plain').send('Without METRICS_TOKEN the metrics answer only requests made on the server itself');
      return;
    }
    res.type(metrics.contentType).send(await metrics.exposition());
  });
  return router;
}
