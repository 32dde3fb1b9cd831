import { CATALOGUE, PERMISSION_KEYS, type PermissionKey } from '@access/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test-support/test-app.js';

/** What gives access back to anyone: losing all of it from the last holder locks the tenant out. */
const ADMINISTRATION: PermissionKey[] = ['roles.manage', 'permissions.grant', 'users.roles.assign', 'users.permissions.grant'];

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

async function auditCount(tenantId: string): Promise<number> {
  const [row] = await app.database.dataSource.query<Array<{ count: string }>>('SELECT count(*) AS count FROM audit_entry WHERE tenant_id = $1', [tenantId]);
  return Number(row?.count);
}

async function expectLockoutRefused(tenantId: string, call: () => Promise<GraphQLResponse>): Promise<void> {
  const before = await auditCount(tenantId);
  const result = await call();
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe('CONFLICT');
  expect(result.errors?.[0]?.extensions?.reason).toBe('LAST_ADMINISTRATOR');
  expect(await auditCount(tenantId)).toBe(before);
}

describe('the last administrator cannot be edited away through roles or grants', () => {
  it('refuses revoking the administration permissions from the last Administrator role', async () => {
    const org = await tenantWithAdmin(app, 'Lockout by revoke');
    await expectLockoutRefused(org.tenant.id, () =>
      app.graphql(
        'mutation($roleId: ID!, $keys: [String!]!) { revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: true) { revoked } }',
        { roleId: org.adminRoleId, keys: ADMINISTRATION },
        org.token,
      ),
    );
    for (const key of ADMINISTRATION) {
      await expectLockoutRefused(org.tenant.id, () =>
        app.graphql('mutation($roleId: ID!, $keys: [String!]!) { revokeRolePermissions(roleId: $roleId, keys: $keys) { revoked } }', {
          roleId: org.adminRoleId,
          keys: [key],
        }, org.token),
      );
    }
    // The administrator can still hand out roles.
    ok(await app.graphql('{ roles { id } }', {}, org.token));
  });

  it('allows the revoke once another active user keeps administering', async () => {
    const org = await tenantWithAdmin(app, 'Two admins');
    const backupRole = await createRole(app.database.dataSource, org.tenant.id, [...PERMISSION_KEYS], 'Backup Administrator');
    await createUser(app.database.dataSource, org.tenant.id, backupRole.id);
    ok(
      await app.graphql('mutation($roleId: ID!) { revokeRolePermissions(roleId: $roleId, keys: ["roles.manage"]) { revoked } }', { roleId: org.adminRoleId }, org.token),
    );
  });

  it('refuses removing the parent role that gives the last administrator their access', async () => {
    const ds = app.database.dataSource;
    const org = await tenantWithAdmin(app, 'Lockout by parents');
    const base = await createRole(ds, org.tenant.id, [...PERMISSION_KEYS], 'Base');
    const chief = await createRole(ds, org.tenant.id, [], 'Chief');
    await ds.query('INSERT INTO role_parent (role_id, parent_role_id) VALUES ($1, $2)', [chief.id, base.id]);
    // The only administrator now holds everything through Chief's parent.
    await ds.query('UPDATE user_account SET role_id = $1 WHERE id = $2', [chief.id, org.admin.id]);
    await ds.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [org.tenant.id]);
    const token = await signIn(app, org.tenant.slug, org.admin.username);

    await expectLockoutRefused(org.tenant.id, () =>
      app.graphql('mutation($id: ID!) { setRoleParents(id: $id, parentIds: []) { id } }', { id: chief.id }, token),
    );
    await expectLockoutRefused(org.tenant.id, () => app.graphql('mutation($id: ID!) { deleteRole(id: $id) { id } }', { id: base.id }, token));
  });

  it('refuses revoking the direct permissions the last administrator holds them by', async () => {
    const ds = app.database.dataSource;
    const org = await tenantWithAdmin(app, 'Lockout by direct revoke');
    const plain = await createRole(ds, org.tenant.id, [], 'Plain');
    await ds.query('UPDATE user_account SET role_id = $1 WHERE id = $2', [plain.id, org.admin.id]);
    await ds.query('INSERT INTO user_permission (user_id, tenant_id, permission_key) SELECT $1, $2, unnest($3::text[])', [
      org.admin.id,
      org.tenant.id,
      [...PERMISSION_KEYS],
    ]);
    await ds.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [org.tenant.id]);
    const token = await signIn(app, org.tenant.slug, org.admin.username);

    await expectLockoutRefused(org.tenant.id, () =>
      app.graphql('mutation($userId: ID!) { revokeUserPermissions(userId: $userId, keys: ["permissions.grant"]) { revoked } }', { userId: org.admin.id }, token),
    );
    // A prerequisite's cascade would take them too.
    expect(CATALOGUE.prerequisitesOf('users.permissions.grant')).toContain('users.read');
    await expectLockoutRefused(org.tenant.id, () =>
      app.graphql('mutation($userId: ID!) { revokeUserPermissions(userId: $userId, keys: ["users.read"], cascade: true) { revoked } }', { userId: org.admin.id }, token),
    );
    // Something harmless can still go.
    ok(await app.graphql('mutation($userId: ID!) { revokeUserPermissions(userId: $userId, keys: ["vault.secrets.reveal"]) { revoked } }', { userId: org.admin.id }, token));
  });
});

describe('the last two administrators, changed at the same moment', () => {
  const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(id: $id) { id } }';
  const CHANGE_ROLE = 'mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }';
  const activeAdministrators = async (tenantId: string, adminRoleId: string) =>
    Number(
      (await app.database.dataSource.query<Array<{ n: string }>>(
        'SELECT count(*) AS n FROM user_account WHERE tenant_id = $1 AND role_id = $2 AND is_active AND deleted_at IS NULL',
        [tenantId, adminRoleId],
      ))[0]!.n,
    );

  // Each round is a fresh tenant whose only two administrators remove each other, one by
  // deactivation and one by deactivation or by a move to a role without administration.
  it.each([
    ['they deactivate each other', false],
    ['one is deactivated while the other loses the Administrator role', true],
  ])('keeps one of them when %s', async (_name, byRole) => {
    for (let round = 0; round < 5; round += 1) {
      const org = await tenantWithAdmin(app, 'Two racing admins');
      const staff = await createRole(app.database.dataSource, org.tenant.id, ['users.access', 'users.read'], 'Staff');
      const second = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
      const secondToken = await signIn(app, org.tenant.slug, second.username);
      const results = await Promise.all([
        app.graphql(DEACTIVATE, { id: second.id }, org.token),
        byRole
          ? app.graphql(CHANGE_ROLE, { id: org.admin.id, roleId: staff.id }, secondToken)
          : app.graphql(DEACTIVATE, { id: org.admin.id }, secondToken),
      ]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      // The loser is refused by the guard, or earlier, by what the winner's change took from its caller.
      const refused = results.find((result) => result.errors)!.errors![0]!.extensions;
      expect(['CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN'], JSON.stringify(refused)).toContain(refused?.code);
      expect(await activeAdministrators(org.tenant.id, org.adminRoleId)).toBe(1);
      expect(await auditCount(org.tenant.id)).toBe(1);
    }
  });
});
