import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import { bearerToken } from '../graphql/create-context.js';
import { AppError } from '../kernel/errors.js';
import type { Logger } from '../logger.js';
import type { AuditFilterInput } from '../modules/audit/audit-entry.type.js';
import { writeAuditCsv } from '../modules/audit/export/entries-csv.js';
import { checkAuditFilter } from '../modules/audit/queries/filtered-entries.js';
import { actingTenantId } from '../modules/auth/principal.js';
import { principalFromToken } from '../modules/auth/token-principal.js';
import type { Services } from '../services.js';
import { attachmentDisposition } from './proof-download.js';

class BadExportQuery extends Error {}

function text(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new BadExportQuery(`Give "${name}" once`);
  return value;
}

function instant(req: Request, name: string): Date | null {
  const value = text(req, name);
  if (value === null) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new BadExportQuery(`"${name}" is not a date and time`);
  return date;
}

/** The same filter the Audit log page sends to `auditEntries`, from the query string. */
function filterOf(req: Request): AuditFilterInput {
  return {
    action: text(req, 'action'),
    actorId: text(req, 'actor'),
    targetId: text(req, 'target'),
    involvingId: text(req, 'involving'),
    from: instant(req, 'from'),
    to: instant(req, 'to'),
  };
}

/**
 * GET /audit/export.csv?action=&actor=&target=&involving=&from=&to=: the tenant's whole filtered
 * audit trail as CSV, streamed. Authenticated like the API (a bearer access or API token), so the
 * SPA fetches it with the token it already holds and no credential ever sits in a URL.
 */
export function auditExportRoutes(services: Services, dataSource: DataSource, logger: Logger): Router {
  const router = Router();
  router.get('/audit/export.csv', async (req, res) => {
    res.set({ 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
    const token = bearerToken(req);
    const principal = token ? await principalFromToken(services.auth, token) : null;
    if (!principal) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Sign in first');
      return;
    }
    const tenantId = actingTenantId(principal);
    if (!tenantId || !(await services.permissions.activePermissions(principal)).has('audit.export')) {
      res.status(403).type('text/plain').send('This needs the permission "audit.export"');
      return;
    }
    let filter: AuditFilterInput;
    try {
      filter = filterOf(req);
      checkAuditFilter(filter);
    } catch (error) {
      if (!(error instanceof BadExportQuery || error instanceof AppError)) throw error;
      res.status(400).type('text/plain').send(error.message);
      return;
    }
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`audit-log-${new Date().toISOString().slice(0, 10)}.csv`),
    });
    try {
      await writeAuditCsv(dataSource, tenantId, filter, res);
    } catch (error) {
      // The status line is gone by now: the cut connection is what tells the client the file is incomplete.
      logger.error({ err: error, reqId: req.id }, 'audit export failed while streaming');
      res.destroy();
    }
  });
  return router;
}
