import type { Request } from 'express';
import type { RequestOrigin } from '../modules/audit/audit-entry.entity.js';

/**
 * Where a request came from, as audit entries and sessions record it. The address is worked out
 * (through the trusted proxies) when something records it, which most requests never do.
 */
export const requestOrigin = (req: Request): RequestOrigin => ({
  get ip() {
    return req.ip;
  },
  userAgent: req.headers['user-agent'],
  requestId: typeof req.id === 'string' ? req.id : undefined,
});
