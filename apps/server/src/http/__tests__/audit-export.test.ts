import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { AUDIT_CSV_COLUMNS, writeAuditCsv } from '../../modules/audit/export/entries-csv.js';
import { createRole, createUser } from '../../test-support/fixtures.js';
import { signIn, tenantWithAdmin, type TenantWithAdmin } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

type Row = Record<(typeof AUDIT_CSV_COLUMNS)[number], string>;

describe('GET /audit/export.csv', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let other: TenantWithAdmin;
  let readerToken: string;
  const targetId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

  async function record(tenant: TenantWithAdmin, action: string, targetLabel: string, target: string | null = targetId) {
    await app.database.dataSource.transaction((manager) =>
      recordAudit(
        manager,
        { tenantId: tenant.tenant.id, userId: tenant.admin.id, superAdminId: null, label: 'Ada Admin', origin: { ip: '127.0.0.1' } },
        { action, targetType: 'role', targetId: target, targetLabel, after: { label: targetLabel } },
      ),
    );
  }

  async function exportCsv(query: string, token: string | null = org.token): Promise<Response> {
    return fetch(`${app.url}/audit/export.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  async function rowsOf(response: Response): Promise<Row[]> {
    expect(response.status, await response.clone().text()).toBe(200);
    return parse(await response.text(), { columns: true }) as Row[];
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Export Org');
    other = await tenantWithAdmin(app, 'Other Org');
    for (let i = 1; i <= 5; i++) await record(org, i % 2 ? 'role.create' : 'role.rename', `role ${i}`);
    await record(org, 'user.grant_permissions', '=HYPERLINK("http://evil.test")', null);
    await record(other, 'role.create', 'secret of the other tenant');
    const readerRole = await createRole(app.database.dataSource, org.tenant.id, ['audit.access', 'audit.read']);
    const reader = await createUser(app.database.dataSource, org.tenant.id, readerRole.id);
    readerToken = await signIn(app, org.tenant.slug, reader.username);
  });
  afterAll(async () => {
    await app.close();
  });

  it('streams every entry of the tenant, newest first, as an attachment with formulas defused', async () => {
    const response = await exportCsv('');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const rows = await rowsOf(response);
    const labels = rows.map((row) => row.targetLabel);
    // The tenant's own sign-in writes entries too: only ours are checked, in order.
    expect(labels.filter((label) => label.startsWith('role ') || label.includes('HYPERLINK'))).toEqual([
      `'=HYPERLINK("http://evil.test")`,
      'role 5',
      'role 4',
      'role 3',
      'role 2',
      'role 1',
    ]);
    expect(labels).not.toContain('secret of the other tenant');
  });

  it('applies the same filters as the Audit log page', async () => {
    const renames = await rowsOf(await exportCsv('?action=role.rename'));
    expect(renames.map((row) => row.targetLabel)).toEqual(['role 4', 'role 2']);
    const prefix = await rowsOf(await exportCsv(`?action=role.&target=${targetId}&actor=${org.admin.id}`));
    expect(prefix.map((row) => row.targetLabel)).toEqual(['role 5', 'role 4', 'role 3', 'role 2', 'role 1']);
    const future = await rowsOf(await exportCsv(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`));
    expect(future).toEqual([]);
  });

  it('needs audit.export, not only audit.read, and a signed-in caller', async () => {
    const forbidden = await exportCsv('', readerToken);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).not.toContain('role 1');
    expect((await exportCsv('', null)).status).toBe(401);
    expect((await exportCsv('', 'not-a-token')).status).toBe(401);
  });

  it('answers bad filters with 400 before any row is sent', async () => {
    for (const query of ['?actor=nobody', '?from=yesterday', '?action=a&action=b', '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z']) {
      const response = await exportCsv(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type'), query).toMatch(/^text\/plain/);
    }
  });

  it('reads batch after batch by sequence until the filtered trail is complete', async () => {
    let csv = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        csv += chunk.toString('utf8');
        done();
      },
    });
    await writeAuditCsv(app.database.dataSource, org.tenant.id, { action: 'role.' }, sink, 2);
    const rows = parse(csv, { columns: true }) as Row[];
    expect(rows.map((row) => row.targetLabel)).toEqual(['role 5', 'role 4', 'role 3', 'role 2', 'role 1']);
  });
});
