import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, type AuditRecord } from '../../modules/audit/audit.service.js';
import type { AUDIT_CSV_COLUMNS } from '../../modules/audit/export/entries-csv.js';
import { createSuperAdmin } from '../../test-support/fixtures.js';
import { signedInSuperAdmin, tenantWithAdmin, type TenantWithAdmin } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

type Row = Record<(typeof AUDIT_CSV_COLUMNS)[number], string>;

/** The platform trail's CSV: the tenant export's code on the super admins' trail, for super admins only. */
describe('GET /platform/audit/export.csv', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let operator: { id: string; token: string };
  let otherOperatorId: string;

  async function record(superAdminId: string, action: string, targetType: AuditRecord['targetType'], targetId: string, targetLabel: string, tenantId: string | null = null) {
    await app.database.dataSource.transaction((manager) =>
      recordAudit(
        manager,
        { tenantId, userId: null, superAdminId, label: 'Platform Operator', origin: { ip: '127.0.0.1' } },
        { action, targetType, targetId, targetLabel, after: { name: targetLabel } },
      ),
    );
  }

  async function exportCsv(query: string, token: string | null): Promise<Response> {
    return fetch(`${app.url}/platform/audit/export.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  async function rowsOf(response: Response): Promise<Row[]> {
    expect(response.status, await response.clone().text()).toBe(200);
    return parse(await response.text(), { columns: true }) as Row[];
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Platform Export Org');
    operator = await signedInSuperAdmin(app);
    otherOperatorId = (await createSuperAdmin(app.database.dataSource)).id;
    await record(operator.id, 'tenant.rename', 'tenant', org.tenant.id, 'Renamed Org');
    await record(otherOperatorId, 'tenant.suspend', 'tenant', org.tenant.id, 'Renamed Org');
    await record(operator.id, 'super_admin.deactivate', 'super_admin', otherOperatorId, '=cmd|calc');
    // Done inside the tenant: its own trail, never the platform's.
    await record(operator.id, 'role.create', 'role', org.adminRoleId, 'inside the tenant', org.tenant.id);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives a super admin every entry of the platform trail, newest first, and nothing from a tenant', async () => {
    const response = await exportCsv('', operator.token);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="platform-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const rows = await rowsOf(response);
    const counted: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM audit_entry WHERE tenant_id IS NULL');
    expect(rows).toHaveLength(Number(counted[0]!.count));
    expect(rows.map((row) => row.targetLabel)).not.toContain('inside the tenant');
    expect(rows.slice(0, 3).map((row) => [row.action, row.targetLabel, row.actorSuperAdminId])).toEqual([
      ['super_admin.deactivate', `'=cmd|calc`, operator.id],
      ['tenant.suspend', 'Renamed Org', otherOperatorId],
      ['tenant.rename', 'Renamed Org', operator.id],
    ]);
  });

  it('applies the platform page filters: actor, target and action prefix', async () => {
    const byOther = await rowsOf(await exportCsv(`?actor=${otherOperatorId}`, operator.token));
    expect(byOther.map((row) => row.action)).toEqual(['tenant.suspend']);
    const aboutTenant = await rowsOf(await exportCsv(`?target=${org.tenant.id}&action=tenant.`, operator.token));
    expect(aboutTenant.map((row) => row.action)).toEqual(['tenant.suspend', 'tenant.rename']);
    const aboutOperator = await rowsOf(await exportCsv(`?target=${otherOperatorId}`, operator.token));
    expect(aboutOperator.map((row) => row.action)).toEqual(['super_admin.deactivate']);
    expect((await exportCsv('?target=not-an-id', operator.token)).status).toBe(400);
  });

  it('refuses a tenant admin, even one holding audit.export, and an anonymous caller', async () => {
    const refused = await exportCsv('', org.token);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('Renamed Org');
    expect((await exportCsv('', null)).status).toBe(401);
    // The tenant export stays the tenant's: it does not hand the platform trail to its admin either.
    const tenantCsv = await (await fetch(`${app.url}/audit/export.csv`, { headers: { authorization: `Bearer ${org.token}` } })).text();
    expect(tenantCsv).not.toContain('Renamed Org');
  });
});
