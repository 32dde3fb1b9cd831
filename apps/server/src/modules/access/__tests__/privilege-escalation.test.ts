import { CATALOGUE, SYSTEM_ROLES, type PermissionKey } from '@access/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test-support/test-app.js';

/** The keys with every prerequisite they need, so a test role holds them actively. */
function withPrerequisites(keys: readonly PermissionKey[]): PermissionKey[] {
  return [...new Set(keys.flatMap((key) => [...CATALOGUE.prerequisitesOf(key), key]))];
}

let app: TestApp;
let org: TenantWithAdmin;
let workerRoleId: string;
let managerId: string;
let managerToken: string;
let editorToken: string;
let roleManagerRoleId: string;
let roleManagerToken: string;

async function auditCount(): Promise<number> {
  const [row] = await app.database.dataSource.query<Array<{ count: string }>>('SELECT count(*) AS count FROM audit_entry WHERE tenant_id = $1', [
    org.tenant.id,
  ]);
  return Number(row?.count);
}

/** A refusal of the rule: FORBIDDEN, the missing permissions named, nothing written. */
async function expectEscalationRefused(call: () => Promise<GraphQLResponse>, missing: PermissionKey): Promise<void> {
  const before = await auditCount();
  const result = await call();
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe('FORBIDDEN');
  expect(result.errors?.[0]?.extensions?.reason).toBe('PRIVILEGE_ESCALATION');
  expect(result.errors?.[0]?.extensions?.missing).toContain(missing);
  expect(await auditCount()).toBe(before);
}

beforeAll(async () => {
  app = await startTestApp();
  const ds = app.database.dataSource;
  org = await tenantWithAdmin(app, 'Escalation Org');
  workerRoleId = (await createRole(ds, org.tenant.id, [], 'Worker')).id;
  const managerRole = await createRole(ds, org.tenant.id, [...SYSTEM_ROLES.userManager.permissions], 'User Manager');
  const manager = await createUser(ds, org.tenant.id, managerRole.id);
  managerId = manager.id;
  managerToken = await signIn(app, org.tenant.slug, manager.username);
  const editorRole = await createRole(ds, org.tenant.id, withPrerequisites(['users.update']), 'User Editor');
  editorToken = await signIn(app, org.tenant.slug, (await createUser(ds, org.tenant.id, editorRole.id)).username);
  const roleManagerRole = await createRole(ds, org.tenant.id, withPrerequisites(['roles.manage', 'permissions.grant', 'users.read']), 'Role Manager');
  roleManagerRoleId = roleManagerRole.id;
  roleManagerToken = await signIn(app, org.tenant.slug, (await createUser(ds, org.tenant.id, roleManagerRole.id)).username);
});

afterAll(async () => {
  await app?.close();
});

describe('a User Manager cannot make themselves, or anyone, more powerful than they are', () => {
  it('refuses changeRole on their own id to the Administrator role', async () => {
    await expectEscalationRefused(
      () => app.graphql('mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }', { id: managerId, roleId: org.adminRoleId }, managerToken),
      'roles.manage',
    );
    const [row] = await app.database.dataSource.query<Array<{ role_id: string }>>('SELECT role_id FROM user_account WHERE id = $1', [managerId]);
    expect(row?.role_id).not.toBe(org.adminRoleId);
  });

  it('refuses granting themselves a permission they lack', async () => {
    await expectEscalationRefused(
      () =>
        app.graphql(
          'mutation($userId: ID!) { grantUserPermissions(userId: $userId, keys: ["roles.manage"], withPrerequisites: true) { granted } }',
          { userId: managerId },
          managerToken,
        ),
      'roles.manage',
    );
    const rows = await app.database.dataSource.query('SELECT 1 FROM user_permission WHERE user_id = $1', [managerId]);
    expect(rows).toHaveLength(0);
  });

  it("refuses setting an Administrator's password, and the Administrator's own still works", async () => {
    await expectEscalationRefused(
      () =>
        app.graphql(
          'mutation($input: SetPasswordInput!) { setPassword(input: $input) { id } }',
          { input: { userId: org.admin.id, password: 'Taken#Over2026', confirmation: 'Taken#Over2026' } },
          managerToken,
        ),
      'roles.manage',
    );
    const signInAs = (password: string) =>
      app.graphql<{ login: { __typename: string } }>('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
        input: { tenant: org.tenant.slug, username: org.admin.username, password },
      });
    expect((await signInAs('Taken#Over2026')).data?.login.__typename).not.toBe('Session');
    expect((await signInAs(TEST_PASSWORD)).data?.login.__typename).toBe('Session');
  });

  it('refuses an API token for an Administrator', async () => {
    await expectEscalationRefused(
      () =>
        app.graphql('mutation($userId: ID!) { createUserApiToken(userId: $userId, name: "mine now") { secret } }', { userId: org.admin.id }, managerToken),
      'roles.manage',
    );
    const rows = await app.database.dataSource.query('SELECT 1 FROM api_token WHERE user_id = $1', [org.admin.id]);
    expect(rows).toHaveLength(0);
  });

  it('refuses creating a user on the Administrator role', async () => {
    await expectEscalationRefused(
      () =>
        app.graphql(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          { input: { username: 'sock.puppet', email: 'sock.puppet@example.test', origin: 'INTERNAL', roleId: org.adminRoleId } },
          managerToken,
        ),
      'roles.manage',
    );
    const rows = await app.database.dataSource.query("SELECT 1 FROM user_account WHERE username = 'sock.puppet'");
    expect(rows).toHaveLength(0);
  });

  it('refuses importing a user on the Administrator role, row by row, creating nobody', async () => {
    const csv = 'username,email,role\nimported.admin,imported.admin@example.test,Administrator\nimported.worker,imported.worker@example.test,Worker\n';
    const result = ok(
      await app.graphql<{ importUsers: { created: number; failed: number; rows: Array<{ status: string; errors: Array<{ field: string; message: string }> }> } }>(
        'mutation($csv: String!) { importUsers(csv: $csv) { created failed rows { status errors { field message } } } }',
        { csv },
        managerToken,
      ),
    );
    expect(result.importUsers).toMatchObject({ created: 0, failed: 1 });
    expect(result.importUsers.rows[0]?.errors[0]).toMatchObject({ field: 'role' });
    expect(result.importUsers.rows[0]?.errors[0]?.message).toContain('roles.manage');
    expect(result.importUsers.rows[1]?.errors).toEqual([]);
  });

  it('still acts on people it outranks: a worker gets a password, a role it holds, a token', async () => {
    const ds = app.database.dataSource;
    const worker = await createUser(ds, org.tenant.id, workerRoleId);
    ok(
      await app.graphql(
        'mutation($input: SetPasswordInput!) { setPassword(input: $input) { id } }',
        { input: { userId: worker.id, password: 'Fresh#Start2026', confirmation: 'Fresh#Start2026' } },
        managerToken,
      ),
    );
    ok(await app.graphql('mutation($userId: ID!) { createUserApiToken(userId: $userId, name: "ci") { secret } }', { userId: worker.id }, managerToken));
    const managerRoleId = (await ds.query<Array<{ role_id: string }>>('SELECT role_id FROM user_account WHERE id = $1', [managerId]))[0]!.role_id;
    ok(await app.graphql('mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }', { id: worker.id, roleId: managerRoleId }, managerToken));
  });
});

describe('a user with only users.update cannot touch an Administrator', () => {
  it("refuses changing the Administrator's email", async () => {
    const [row] = await app.database.dataSource.query<Array<{ version: number }>>('SELECT version FROM user_account WHERE id = $1', [org.admin.id]);
    await expectEscalationRefused(
      () =>
        app.graphql(
          'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
          { input: { id: org.admin.id, version: row!.version, email: 'attacker@example.test' } },
          editorToken,
        ),
      'roles.manage',
    );
  });

  it("refuses resetting the Administrator's 2FA and ending their sessions", async () => {
    await expectEscalationRefused(() => app.graphql('mutation($id: ID!) { resetTwoFactor(id: $id) { id } }', { id: org.admin.id }, editorToken), 'roles.manage');
    await expectEscalationRefused(() => app.graphql('mutation($id: ID!) { revokeAllSessions(userId: $id) }', { id: org.admin.id }, editorToken), 'roles.manage');
    // The Administrator's session still answers.
    expect(ok(await app.graphql<{ me: { id: string } }>('{ me { id } }', {}, org.token)).me.id).toBe(org.admin.id);
  });
});

describe('role edits cannot reach beyond the caller', () => {
  it('refuses making their own role inherit from Administrator', async () => {
    await expectEscalationRefused(
      () =>
        app.graphql('mutation($id: ID!, $parentIds: [ID!]!) { setRoleParents(id: $id, parentIds: $parentIds) { id } }', {
          id: roleManagerRoleId,
          parentIds: [org.adminRoleId],
        }, roleManagerToken),
      'vault.secrets.reveal',
    );
  });

  it('refuses granting their own role a permission they lack', async () => {
    await expectEscalationRefused(
      () =>
        app.graphql(
          'mutation($roleId: ID!) { grantRolePermissions(roleId: $roleId, keys: ["users.roles.assign"], withPrerequisites: true) { granted } }',
          { roleId: roleManagerRoleId },
          roleManagerToken,
        ),
      'users.roles.assign',
    );
  });

  it('refuses creating a role that inherits from Administrator', async () => {
    await expectEscalationRefused(
      () => app.graphql('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', { input: { name: 'Shadow Admin', parentIds: [org.adminRoleId] } }, roleManagerToken),
      'vault.secrets.reveal',
    );
  });

  it('allows granting a permission they hold', async () => {
    ok(
      await app.graphql('mutation($roleId: ID!) { grantRolePermissions(roleId: $roleId, keys: ["users.read"], withPrerequisites: true) { granted } }', {
        roleId: workerRoleId,
      }, roleManagerToken),
    );
  });
});

describe('a super admin inside the tenant is exempt', () => {
  it('moves a user to the Administrator role', async () => {
    const superAdmin = await signedInSuperAdmin(app);
    ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { id } }', { id: org.tenant.id }, superAdmin.token));
    const worker = await createUser(app.database.dataSource, org.tenant.id, workerRoleId);
    ok(await app.graphql('mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }', { id: worker.id, roleId: org.adminRoleId }, superAdmin.token));
  });
});
