import { Router, type Request, type RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { bearerToken } from '../graphql/create-context.js';
import { AppError } from '../kernel/errors.js';
import type { Logger } from '../logger.js';
import type { AuditFilterInput } from '../modules/audit/audit-entry.type.js';
import { writeAuditCsv } from '../modules/audit/export/entries-csv.js';
import { checkAuditFilter } from '../modules/audit/queries/filtered-entries.js';
import { actingTenantId, type Principal } from '../modules/auth/principal.js';
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

/** The same filter the Audit log pages send to `auditEntries` and `platformAuditEntries`, from the query string. */
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

/** The trail a caller may export (a tenant id, or null for the platform's), or why not. */
type TrailOf = (principal: Principal) => Promise<{ tenantId: string | null } | { refused: string }>;

/**
 * One export route: authenticated like the API (a bearer access or API token), so the SPA fetches
 * it with the token it already holds and no credential ever sits in a URL; then the filter is
 * checked while bad input can still get a status, and the trail is streamed.
 */
function csvExport(services: Services, dataSource: DataSource, logger: Logger, fileStem: string, trailOf: TrailOf): RequestHandler {
  return async (req, res) => {
    res.set({ 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
    const token = bearerToken(req);
    const principal = token ? await principalFromToken(services.auth, token) : null;
    if (!principal) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Sign in first');
      return;
    }
    const trail = await trailOf(principal);
    if ('refused' in trail) {
      res.status(403).type('text/plain').send(trail.refused);
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
      'Content-Disposition': attachmentDisposition(`${fileStem}-${new Date().toISOString().slice(0, 10)}.csv`),
    });
    try {
      await writeAuditCsv(dataSource, trail.tenantId, filter, res);
    } catch (error) {
      // The status line is gone by now: the cut connection is what tells the client the file is incomplete.
      logger.error({ err: error, reqId: req.id }, 'audit export failed while streaming');
      res.destroy();
    }
  };
}

/**
 * GET /audit/export.csv and GET /platform/audit/export.csv, both with ?action=&actor=&target=&involving=&from=&to=:
 * the whole filtered trail as CSV, streamed. The tenant's needs audit.export in that tenant; the
 * platform's (what super admins did outside any tenant) is for super admins only, as
 * `platformAuditEntries` is.
 */
export function auditExportRoutes(services: Services, dataSource: DataSource, logger: Logger): Router {
  const router = Router();
  router.get(
    '/audit/export.csv',
    csvExport(services, dataSource, logger, 'audit-log', async (principal) => {
      const tenantId = actingTenantId(principal);
      if (!tenantId || !(await services.permissions.activePermissions(principal)).has('audit.export')) {
        return { refused: 'This needs the permission "audit.export"' };
      }
      return { tenantId };
    }),
  );
  router.get(
    '/platform/audit/export.csv',
    csvExport(services, dataSource, logger, 'platform-audit', async (principal) =>
      principal.kind === 'super_admin' ? { tenantId: null } : { refused: 'Only a platform super admin can do this' },
    ),
  );
  return router;
}
