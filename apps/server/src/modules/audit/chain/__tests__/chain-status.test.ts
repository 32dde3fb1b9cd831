import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChains } from '../seal-audit-chains.js';
import { tamper } from '../../../../test-support/audit-tampering.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../../test-support/sessions.js';
import { createRole, createUser } from '../../../../test-support/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test-support/test-app.js';

interface Status {
  entries: number;
  sealedEntries: number;
  verifiedUpTo: string | null;
  sealedAt: string | null;
  sealIntact: boolean | null;
}

const STATUS = '{ auditChain { entries sealedEntries verifiedUpTo sealedAt sealIntact } }';

describe('the audit chain as the Audit log page reads it', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let other: TenantWithAdmin;

  const status = async (token = org.token) => ok(await app.graphql<{ auditChain: Status }>(STATUS, {}, token)).auditChain;
  const createRoleNamed = async (name: string, token = org.token) =>
    ok(await app.graphql('mutation($name: String!) { createRole(input: { name: $name }) { id } }', { name }, token));
  const seal = async (at: string) => {
    return sealAuditChains(app.database.dataSource, app.keys, new Date(at), org.tenant.id);
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Chained Org');
    other = await tenantWithAdmin(app, 'Other Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts the tenant’s own entries and says nothing is sealed yet', async () => {
    const before = (await status()).entries;
    await createRoleNamed('Clerk');
    await createRoleNamed('Auditor');
    await createRoleNamed('Elsewhere', other.token);
    expect(await status()).toEqual({ entries: before + 2, sealedEntries: 0, verifiedUpTo: null, sealedAt: null, sealIntact: null });
  });

  it('reports the latest seal: verified up to the newest sealed entry', async () => {
    await seal('2026-12-06T12:00:00.000Z');
    const [newest] = (await app.database.dataSource.query(
      'SELECT occurred_at FROM audit_entry WHERE tenant_id = $1 ORDER BY sequence DESC LIMIT 1',
      [org.tenant.id],
    )) as Array<{ occurred_at: Date | string }>;
    await createRoleNamed('After the seal');
    const current = await status();
    expect(current).toMatchObject({ sealedAt: '2026-12-06T12:00:00.000Z', sealIntact: true, verifiedUpTo: new Date(newest!.occurred_at).toISOString() });
    expect(current.entries).toBe(current.sealedEntries + 1);
  });

  it('says the seal no longer holds once the sealed chain was recomputed', async () => {
    await tamper(app.database.dataSource, (manager) =>
      manager.query(
        `UPDATE audit_chain_link SET hash = sha256(hash) WHERE chain_id = $1 AND position = (SELECT max(position) FROM audit_chain_seal WHERE chain_id = $1)`,
        [org.tenant.id],
      ),
    );
    expect((await status()).sealIntact).toBe(false);
  });

  it('is for those who may read the audit log', async () => {
    const clerkRole = await createRole(app.database.dataSource, org.tenant.id, []);
    await createUser(app.database.dataSource, org.tenant.id, clerkRole.id, { username: 'chain-clerk' });
    const clerk = await signIn(app, org.tenant.slug, 'chain-clerk');
    const refused = await app.graphql(STATUS, {}, clerk);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
