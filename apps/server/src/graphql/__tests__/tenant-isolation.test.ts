import { getDirectives } from '@graphql-tools/utils';
import { getNamedType, isNonNullType, isListType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../test-support/sessions.js';
import { onboardedTenant } from '../../test-support/onboarding.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { APPROVALS_ISOLATION_CALLS } from '../../modules/approvals/__tests__/isolation-calls.js';
import { PLANNER_ADMIN_ISOLATION_CALLS } from '../../modules/planner/__tests__/isolation-calls.js';
import { buildDeclaredSchema } from '../schema.js';

interface Ids {
  roleId: string;
  deletedRoleId: string;
  userId: string;
  sessionId: string;
  apiTokenId: string;
  failedMailId: string;
}

/**
 * Every operation that takes an id, called from tenant A with tenant B's ids. Operations that are
 * not tenant-scoped say so here; the schema walk below fails when a new id-taking operation is
 * missing from this table.
 */
const CALLS: Record<string, (b: Ids, a: Ids) => { query: string; variables: Record<string, unknown>; asSuperAdmin?: boolean }> = {
  role: (b) => ({ query: 'query($id: ID!) { role(id: $id) { id } }', variables: { id: b.roleId } }),
  effectivePermissions: (b) => ({ query: 'query($id: ID!) { effectivePermissions(userId: $id) { key } }', variables: { id: b.userId } }),
  explainPermission: (b) => ({ query: 'query($id: ID!) { explainPermission(userId: $id, key: "users.read") { sentence } }', variables: { id: b.userId } }),
  renameRole: (b) => ({ query: 'mutation($id: ID!) { renameRole(id: $id, name: "Taken over") { id } }', variables: { id: b.roleId } }),
  setRoleParents: (b) => ({ query: 'mutation($id: ID!) { setRoleParents(id: $id, parentIds: []) { id } }', variables: { id: b.roleId } }),
  deleteRole: (b) => ({ query: 'mutation($id: ID!) { deleteRole(id: $id) { id } }', variables: { id: b.deletedRoleId } }),
  restoreRole: (b) => ({ query: 'mutation($id: ID!) { restoreRole(id: $id) { id } }', variables: { id: b.deletedRoleId }, asSuperAdmin: true }),
  grantRolePermissions: (b) => ({ query: 'mutation($id: ID!) { grantRolePermissions(roleId: $id, keys: ["users.access"]) { granted } }', variables: { id: b.roleId } }),
  revokeRolePermissions: (b) => ({ query: 'mutation($id: ID!) { revokeRolePermissions(roleId: $id, keys: ["users.access"]) { revoked } }', variables: { id: b.roleId } }),
  grantUserPermissions: (b) => ({ query: 'mutation($id: ID!) { grantUserPermissions(userId: $id, keys: ["vault.access"]) { granted } }', variables: { id: b.userId } }),
  revokeUserPermissions: (b) => ({ query: 'mutation($id: ID!) { revokeUserPermissions(userId: $id, keys: ["users.access"]) { revoked } }', variables: { id: b.userId } }),
  permissionMatrix: (b) => ({ query: 'query($id: ID!) { permissionMatrix(roleIds: [$id]) { rows { role { id } } } }', variables: { id: b.roleId } }),
  user: (b) => ({ query: 'query($id: ID!) { user(id: $id) { id } }', variables: { id: b.userId } }),
  userActivity: (b) => ({ query: 'query($id: ID!) { userActivity(userId: $id) { loginsLast7Days } }', variables: { id: b.userId } }),
  updateUser: (b) => ({ query: 'mutation($id: ID!) { updateUser(input: { id: $id, version: 1, firstName: "Mallory" }) { id } }', variables: { id: b.userId } }),
  releaseAccess: (b) => ({ query: 'mutation($id: ID!) { releaseAccess(id: $id) { id } }', variables: { id: b.userId } }),
  deactivateUser: (b) => ({ query: 'mutation($id: ID!) { deactivateUser(id: $id) { id } }', variables: { id: b.userId } }),
  reactivateUser: (b) => ({ query: 'mutation($id: ID!) { reactivateUser(id: $id) { id } }', variables: { id: b.userId } }),
  deleteUser: (b) => ({ query: 'mutation($id: ID!) { deleteUser(id: $id) { id } }', variables: { id: b.userId } }),
  restoreUser: (b) => ({ query: 'mutation($id: ID!) { restoreUser(id: $id) { id } }', variables: { id: b.userId }, asSuperAdmin: true }),
  resetPassword: (b) => ({ query: 'mutation($id: ID!) { resetPassword(id: $id) { id } }', variables: { id: b.userId } }),
  setPassword: (b) => ({
    query: 'mutation($id: ID!) { setPassword(input: { userId: $id, password: "Taken#Over2026", confirmation: "Taken#Over2026" }) { id } }',
    variables: { id: b.userId },
  }),
  userApiTokens: (b) => ({ query: 'query($id: ID!) { userApiTokens(userId: $id) { id } }', variables: { id: b.userId } }),
  createUserApiToken: (b) => ({ query: 'mutation($id: ID!) { createUserApiToken(userId: $id, name: "x") { secret } }', variables: { id: b.userId } }),
  revokeUserApiToken: (b) => ({
    query: 'mutation($id: ID!, $token: ID!) { revokeUserApiToken(userId: $id, id: $token) }',
    variables: { id: b.userId, token: b.apiTokenId },
  }),
  regenerateApiToken: (b) => ({ query: 'mutation($id: ID!) { regenerateApiToken(id: $id) { secret } }', variables: { id: b.apiTokenId } }),
  revokeApiToken: (b) => ({ query: 'mutation($id: ID!) { revokeApiToken(id: $id) }', variables: { id: b.apiTokenId } }),
  revokeSession: (b) => ({ query: 'mutation($id: ID!) { revokeSession(id: $id) }', variables: { id: b.sessionId } }),
  userSessions: (b) => ({ query: 'query($id: ID!) { userSessions(userId: $id) { id } }', variables: { id: b.userId } }),
  revokeAllSessions: (b) => ({ query: 'mutation($id: ID!) { revokeAllSessions(userId: $id) }', variables: { id: b.userId } }),
  resetTwoFactor: (b) => ({ query: 'mutation($id: ID!) { resetTwoFactor(id: $id) { id } }', variables: { id: b.userId } }),
  clearSignInLockout: (b) => ({ query: 'mutation($id: ID!) { clearSignInLockout(id: $id) { id } }', variables: { id: b.userId } }),
  forceReset: (b) => ({ query: 'mutation($id: ID!) { forceReset(id: $id) { id } }', variables: { id: b.userId } }),
  setPortalAccess: (b) => ({ query: 'mutation($id: ID!) { setPortalAccess(id: $id, enabled: true) { id } }', variables: { id: b.userId } }),
  changeRole: (b) => ({ query: 'mutation($id: ID!, $role: ID!) { changeRole(id: $id, roleId: $role) { id } }', variables: { id: b.userId, role: b.roleId } }),
  createActivationLink: (b) => ({ query: 'mutation($id: ID!) { createActivationLink(userId: $id) { url } }', variables: { id: b.userId } }),
  revokeActivationLinks: (b) => ({ query: 'mutation($id: ID!) { revokeActivationLinks(userId: $id) }', variables: { id: b.userId } }),
  createPasswordResetLink: (b) => ({ query: 'mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', variables: { id: b.userId } }),
  revokePasswordResetLinks: (b) => ({ query: 'mutation($id: ID!) { revokePasswordResetLinks(userId: $id) }', variables: { id: b.userId } }),
  retryMail: (b) => ({ query: 'mutation($id: ID!) { retryMail(id: $id) { id } }', variables: { id: b.failedMailId } }),
};
// Variants where tenant A's own record points at tenant B's.
const CROSS_REFERENCES: Record<string, (b: Ids, a: Ids) => { query: string; variables: Record<string, unknown> }> = {
  'setRoleParents (B role as parent of an A role)': (b, a) => ({
    query: 'mutation($id: ID!, $parent: ID!) { setRoleParents(id: $id, parentIds: [$parent]) { id } }',
    variables: { id: a.roleId, parent: b.roleId },
  }),
  'changeRole (an A user onto a B role)': (b, a) => ({
    query: 'mutation($id: ID!, $role: ID!) { changeRole(id: $id, roleId: $role) { id } }',
    variables: { id: a.userId, role: b.roleId },
  }),
  'createUser (on a B role)': (b) => ({
    query: 'mutation($role: ID!) { createUser(input: { username: "intruder", email: "intruder@example.test", roleId: $role }) { id } }',
    variables: { role: b.roleId },
  }),
  'updateTenantSettings (B role as the default role)': (b) => ({
    query: 'mutation($role: ID!) { updateTenantSettings(input: { defaultRoleId: $role }) { lockoutMaxFailures } }',
    variables: { role: b.roleId },
  }),
  'updateSsoConfiguration (B role in a role mapping)': (b) => ({
    query: `mutation($role: ID!) { updateSsoConfiguration(input: { displayName: "SSO", issuerUrl: "https://idp.example.com", clientId: "c",
      clientSecret: "s", claimMapping: { role: "groups" }, roleMappings: [{ claimValue: "admins", roleId: $role }] }) { clientId } }`,
    variables: { role: b.roleId },
  }),
  'createRole (B role as parent)': (b) => ({
    query: 'mutation($parent: ID!) { createRole(input: { name: "Borrower", parentIds: [$parent] }) { id } }',
    variables: { parent: b.roleId },
  }),
};
/** Take ids but are platform-level, not tenant-scoped. */
const NOT_TENANT_SCOPED = new Set(['enterTenant', 'renameTenant', 'suspendTenant', 'reactivateTenant', 'deactivateSuperAdmin', 'reactivateSuperAdmin']);
/** Take ids only as filters (covered by the listing test) or as references (covered by CROSS_REFERENCES). */
const FILTERS_OR_CROSS_REFERENCES = new Set(['updateTenantSettings', 'updateSsoConfiguration', 'auditEntries', 'platformAuditEntries', 'users', 'exportUsers', 'createRole', 'createUser']);
/** Run with their module's own records, by the module's tenant-isolation test. */
const COVERED_BY_MODULE_TESTS = new Set([...Object.keys(PLANNER_ADMIN_ISOLATION_CALLS), ...Object.keys(APPROVALS_ISOLATION_CALLS)]);

function takesId(arg: GraphQLArgument): boolean {
  const containsId = (type: GraphQLInputType): boolean => {
    if (isNonNullType(type) || isListType(type)) return containsId(type.ofType as GraphQLInputType);
    const named = getNamedType(type);
    if (named.name === 'ID') return true;
    return 'getFields' in named && Object.values(named.getFields()).some((field) => containsId(field.type as GraphQLInputType));
  };
  return containsId(arg.type);
}

type MakeTenant = (app: TestApp, superAdminToken: string, name: string) => Promise<TenantWithAdmin>;
const fixtureTenant: MakeTenant = (app, _token, name) => tenantWithAdmin(app, name);

/**
 * Run on tenants made by the test fixture, and with either side a tenant onboarded through
 * createTenant, so a customer created in the console is as isolated as any other.
 */
describe.each<[string, MakeTenant, MakeTenant]>([
  ['between fixture tenants', fixtureTenant, fixtureTenant],
  ['from an onboarded tenant', onboardedTenant, fixtureTenant],
  ['of an onboarded tenant', fixtureTenant, onboardedTenant],
])('tenant isolation %s', (_variant, makeA, makeB) => {
  let app: TestApp;
  let a: TenantWithAdmin;
  let b: TenantWithAdmin;
  let aIds: Ids;
  let bIds: Ids;
  let superAdminToken: string;

  async function snapshotOf(tenantId: string) {
    const ds = app.database.dataSource;
    const rows = async (sql: string) => JSON.stringify(await ds.query(sql, [tenantId]));
    return {
      roles: await rows('SELECT id, name, deleted_at FROM role WHERE tenant_id = $1 ORDER BY id'),
      rolePermissions: await rows('SELECT rp.* FROM role_permission rp JOIN role r ON r.id = rp.role_id WHERE r.tenant_id = $1 ORDER BY 1, 2'),
      parents: await rows('SELECT rp.* FROM role_parent rp JOIN role r ON r.id = rp.role_id WHERE r.tenant_id = $1 ORDER BY 1, 2'),
      userPermissions: await rows('SELECT user_id, permission_key FROM user_permission WHERE tenant_id = $1 ORDER BY 1, 2'),
      users: await rows(
        'SELECT id, username, first_name, role_id, is_active, hold_invite, deleted_at, password_hash, version FROM user_account WHERE tenant_id = $1 ORDER BY id',
      ),
      tokens: await rows('SELECT id, revoked_at FROM user_token WHERE tenant_id = $1 ORDER BY id'),
      sessions: await rows('SELECT id, revoked_at FROM auth_session WHERE tenant_id = $1 ORDER BY id'),
      apiTokens: await rows('SELECT id, token_hash, revoked_at FROM api_token WHERE tenant_id = $1 ORDER BY id'),
      mail: await rows('SELECT count(*) FROM mail_outbox WHERE $1::uuid IS NOT NULL'),
      mailStatus: await rows('SELECT id, status, attempts FROM mail_outbox WHERE recipient_tenant_id = $1 ORDER BY id'),
      audit: await rows('SELECT count(*) FROM audit_entry WHERE tenant_id = $1'),
      settings: await rows('SELECT settings, default_role_id, suspended_at FROM tenant WHERE id = $1'),
      sso: await rows('SELECT client_id, role_mappings FROM oidc_provider WHERE tenant_id = $1'),
    };
  }

  async function idsFor(org: TenantWithAdmin): Promise<Ids> {
    const ds = app.database.dataSource;
    const role = await createRole(ds, org.tenant.id, ['users.access', 'users.read'], 'Staff');
    const deleted = await createRole(ds, org.tenant.id, [], 'Old');
    await ds.query('UPDATE role SET deleted_at = now() WHERE id = $1', [deleted.id]);
    const user = await createUser(ds, org.tenant.id, role.id);
    await signIn(app, org.tenant.slug, user.username);
    const [session]: Array<{ id: string }> = await ds.query('SELECT id FROM auth_session WHERE user_id = $1', [user.id]);
    const [apiToken]: Array<{ id: string }> = await ds.query(
      "INSERT INTO api_token (tenant_id, user_id, name, prefix, token_hash) VALUES ($1, $2, 'Script', 'acc_x', md5(random()::text) || md5(random()::text)) RETURNING id",
      [org.tenant.id, user.id],
    );
    const [failedMail]: Array<{ id: string }> = await ds.query(
      `INSERT INTO mail_outbox (to_address, recipient_user_id, recipient_tenant_id, subject, text_body, status, attempts)
       VALUES ($3, $2, $1, 'Hello', 'Hello', 'FAILED', 8) RETURNING id`,
      [org.tenant.id, user.id, user.email],
    );
    return { roleId: role.id, deletedRoleId: deleted.id, userId: user.id, sessionId: session!.id, apiTokenId: apiToken!.id, failedMailId: failedMail!.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    const operator = await signedInSuperAdmin(app);
    superAdminToken = operator.token;
    a = await makeA(app, superAdminToken, 'Tenant A');
    b = await makeB(app, superAdminToken, 'Tenant B');
    aIds = await idsFor(a);
    bIds = await idsFor(b);
    ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { id } }', { id: a.tenant.id }, superAdminToken));
  });
  afterAll(async () => {
    await app.close();
  });

  it('covers every operation that takes an id', async () => {
    const schema = await buildDeclaredSchema();
    const idTaking = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((root) => Object.values(root.getFields()))
      .filter((field) => field.args.some(takesId))
      // Portal operations act on the caller's own rows: portal/__tests__/ownership.test.ts calls each with another tenant's ids.
      .filter((field) => !getDirectives(schema, field).some((directive) => directive.name === 'portal'))
      .map((field) => field.name)
      .filter((name) => !NOT_TENANT_SCOPED.has(name) && !FILTERS_OR_CROSS_REFERENCES.has(name) && !COVERED_BY_MODULE_TESTS.has(name));
    expect(idTaking.sort()).toEqual(Object.keys(CALLS).sort());
  });

  it.each(Object.keys(CALLS))("%s with tenant B's ids is NOT_FOUND and changes nothing", async (name) => {
    const before = await snapshotOf(b.tenant.id);
    const call = CALLS[name]!(bIds, aIds);
    const result = await app.graphql(call.query, call.variables, call.asSuperAdmin ? superAdminToken : a.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotOf(b.tenant.id)).toEqual(before);
  });

  it.each(Object.keys(CROSS_REFERENCES))("%s is NOT_FOUND and changes nothing", async (name) => {
    const beforeA = await snapshotOf(a.tenant.id);
    const beforeB = await snapshotOf(b.tenant.id);
    const call = CROSS_REFERENCES[name]!(bIds, aIds);
    const result = await app.graphql(call.query, call.variables, a.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotOf(a.tenant.id)).toEqual(beforeA);
    expect(await snapshotOf(b.tenant.id)).toEqual(beforeB);
  });

  it("never lists another tenant's records", async () => {
    const roles = ok(await app.graphql<{ roles: Array<{ id: string }> }>('{ roles { id } }', {}, a.token)).roles.map((role) => role.id);
    expect(roles).not.toContain(bIds.roleId);
    const users = ok(await app.graphql<{ users: { edges: Array<{ node: { id: string } }> } }>('{ users(first: 100) { edges { node { id } } } }', {}, a.token));
    expect(users.users.edges.map((edge) => edge.node.id)).not.toContain(bIds.userId);
    const byRole = ok(await app.graphql<{ users: { totalCount: number } }>(
      'query($role: ID!) { users(first: 10, filter: { roleId: $role }) { totalCount } }',
      { role: bIds.roleId },
      a.token,
    ));
    expect(byRole.users.totalCount).toBe(0);
    const audit = ok(await app.graphql<{ auditEntries: { totalCount: number } }>(
      'query($id: ID!) { auditEntries(filter: { targetId: $id }) { totalCount } }',
      { id: bIds.roleId },
      a.token,
    ));
    expect(audit.auditEntries.totalCount).toBe(0);
    const matrix = ok(await app.graphql<{ permissionMatrix: { rows: Array<{ role: { id: string } }> } }>('{ permissionMatrix { rows { role { id } } } }', {}, a.token));
    expect(matrix.permissionMatrix.rows.map((row) => row.role.id)).not.toContain(bIds.roleId);
  });

  it('treats a malformed id as not found rather than a server error', async () => {
    const result = await app.graphql('query { role(id: "not-a-uuid") { id } }', {}, a.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
