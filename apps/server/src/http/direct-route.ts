import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from 'express';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Runs one fixed chain of Express middleware for one path, without Express's router. The router
 * matches every request against each mounted layer, re-parses its URL on the way and wraps every
 * step in closures: on /graphql, where a small query costs Apollo about 0.2 ms, that walk cost as
 * much again. The middleware themselves run unchanged, on the same request and response objects
 * Express would hand them (its prototypes, so `req.ip` still follows the trusted proxies).
 */
export function directRoute(app: Express, handlers: readonly RequestHandler[], onError: ErrorRequestHandler): Handler {
  return (incoming, outgoing) => {
    // What Express's app.handle does before routing.
    const req = incoming as Request;
    const res = outgoing as Response;
    req.res = res;
    res.req = req;
    // Requests made by a server with expressMessageClasses already have them; only others are moved.
    if (!Object.prototype.isPrototypeOf.call(app.request, req)) Object.setPrototypeOf(req, app.request);
    if (!Object.prototype.isPrototypeOf.call(app.response, res)) Object.setPrototypeOf(res, app.response);
    res.locals ??= Object.create(null) as Response['locals'];
    req.originalUrl ??= req.url;

    let index = 0;
    let failed = false;
    const unanswered = (error?: unknown) => {
      // Only reached when the error handler passes an error on after the headers went out, as finalhandler does then.
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else res.status(404).end();
    };
    const next: NextFunction = (error?: unknown) => {
      if (error !== undefined && error !== 'route' && error !== 'router') {
        if (failed) return unanswered(error);
        failed = true;
        return onError(error, req, res, unanswered);
      }
      const handler = handlers[index++];
      if (!handler) return unanswered();
      try {
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise) result.catch(next);
      } catch (thrown) {
        next(thrown ?? new Error('middleware threw a nullish value'));
      }
    };
    next();
  };
}
