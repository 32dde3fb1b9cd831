import type { Request } from 'express';
import type { RequestOrigin } from '../modules/audit/audit-entry.entity.js';

/** Where a request came from, as audit entries and sessions record it. */
export const requestOrigin = (req: Request): RequestOrigin => ({
  ip: req.ip,
  userAgent: req.headers['user-agent'],
  requestId: typeof req.id === 'string' ? req.id : undefined,
});
