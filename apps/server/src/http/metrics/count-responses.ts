import type { RequestHandler, Response } from 'express';
import type { Counter } from 'prom-client';

/**
 * Counts every response by status code. Per request this adds one listener and, once a code has
 * been seen, a map lookup: no label object and no label string is built.
 */
export function countResponses(counter: Counter<'status'>): RequestHandler {
  const byStatus = new Map<number, Counter.Internal>();
  function counted(this: Response): void {
    let child = byStatus.get(this.statusCode);
    if (!child) {
      child = counter.labels(String(this.statusCode));
      byStatus.set(this.statusCode, child);
    }
    child.inc();
  }
  return (_req, res, next) => {
    res.on('finish', counted);
    next();
  };
}
