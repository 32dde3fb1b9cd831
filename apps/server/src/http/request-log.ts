import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request's id: the caller's `x-request-id`, or a new UUID. Audit entries and logs carry it. */
    id?: string;
  }
}

/** A caller-chosen request id longer than this is replaced: it ends up in logs and audit entries. */
const MAX_REQUEST_ID_LENGTH = 128;

/**
 * One access-log line per request (info; error for a 5xx), and `req.id` for the handlers. Nothing
 * is serialised unless the line is written: at a level above info a request costs an id and no more.
 */
export function requestLog(logger: Logger, options: { quiet: (path: string) => boolean }): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && header.length > 0 && header.length <= MAX_REQUEST_ID_LENGTH ? header : randomUUID();
    req.id = id;
    if (logger.isLevelEnabled('info') && !options.quiet(req.path)) {
      const started = performance.now();
      res.once('close', () => {
        const failed = res.statusCode >= 500;
        logger[failed ? 'error' : 'info'](
          {
            reqId: id,
            req: { method: req.method, url: req.originalUrl, remoteAddress: req.ip },
            res: { statusCode: res.statusCode },
            responseTime: Math.round(performance.now() - started),
          },
          !res.writableFinished ? 'request aborted' : failed ? 'request failed' : 'request completed',
        );
      });
    }
    next();
  };
}
