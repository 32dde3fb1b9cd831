import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const USERS = '{ users(first: 5) { totalCount } }';

describe('two server instances on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let org: TenantWithAdmin;
  let readerToken: string;
  let roleId: string;

  beforeAll(async () => {
    first = await startTestApp();
    // Same database and same signing key: two instances of one deployment.
    second = await startTestApp({ dataDir: first.config.dataDir }, { database: first.database });
    org = await tenantWithAdmin(first);
    roleId = (await createRole(first.database.dataSource, org.tenant.id, ['users.access', 'users.read'], 'Readers')).id;
    const reader = await createUser(first.database.dataSource, org.tenant.id, roleId);
    readerToken = await signIn(first, org.tenant.slug, reader.username);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('sees a permission revoked on the other instance on its very next request', async () => {
    // Both instances have compiled and cached the tenant's access model.
    ok(await first.graphql(USERS, {}, readerToken));
    ok(await second.graphql(USERS, {}, readerToken));

    ok(await first.graphql('mutation($id: ID!) { revokeRolePermissions(roleId: $id, keys: ["users.read"]) { revoked } }', { id: roleId }, org.token));

    expect((await second.graphql(USERS, {}, readerToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await first.graphql(USERS, {}, readerToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sees a permission granted on the other instance on its very next request', async () => {
    ok(await second.graphql('mutation($id: ID!) { grantRolePermissions(roleId: $id, keys: ["users.read"]) { granted } }', { id: roleId }, org.token));
    expect(ok(await first.graphql<{ users: { totalCount: number } }>(USERS, {}, readerToken)).users.totalCount).toBe(2);
  });
});
