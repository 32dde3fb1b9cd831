import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

interface Entry {
  action: string;
  targetType: string;
  targetId: string | null;
  actor: { userId: string | null; superAdminId: string | null; label: string };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  originUserAgent: string | null;
}

describe('audit: one entry per mutation, none for a failed one', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let emptyRoleId: string;

  async function auditRows(): Promise<number> {
    const [row]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM audit_entry WHERE tenant_id = $1', [org.tenant.id]);
    return Number(row!.count);
  }

  async function newEntries(run: () => Promise<unknown>): Promise<Entry[]> {
    const before = await auditRows();
    await run();
    const added = (await auditRows()) - before;
    if (added === 0) return [];
    const page = ok(await app.graphql<{ auditEntries: { edges: Array<{ node: Entry }> } }>(
      `query($first: Int!) { auditEntries(first: $first) { edges { node {
        action targetType targetId actor { userId superAdminId label } before after originUserAgent
      } } } }`,
      { first: added },
      org.token,
    ));
    return page.auditEntries.edges.map((edge) => edge.node);
  }

  const mutate = (query: string, variables: Record<string, unknown> = {}, token = org.token) => async () => ok(await app.graphql(query, variables, token));

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app);
    emptyRoleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Empty')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('records each role and grant change with its before and after values', async () => {
    let roleId = '';
    const created = await newEntries(async () => {
      roleId = ok(await app.graphql<{ createRole: { id: string } }>('mutation { createRole(input: { name: "Clerk" }) { id } }', {}, org.token)).createRole.id;
    });
    expect(created).toEqual([
      expect.objectContaining({
        action: 'role.create',
        targetType: 'role',
        targetId: roleId,
        actor: { userId: org.admin.id, superAdminId: null, label: 'Ada Admin' },
        before: null,
        after: { name: 'Clerk', parentIds: [] },
      }),
    ]);

    expect(await newEntries(mutate('mutation($id: ID!) { renameRole(id: $id, name: "Senior Clerk") { id } }', { id: roleId }))).toEqual([
      expect.objectContaining({ action: 'role.rename', before: { name: 'Clerk' }, after: { name: 'Senior Clerk' } }),
    ]);

    const parent = await createRole(app.database.dataSource, org.tenant.id, [], 'Base');
    expect(await newEntries(mutate('mutation($id: ID!, $p: ID!) { setRoleParents(id: $id, parentIds: [$p]) { id } }', { id: roleId, p: parent.id }))).toEqual([
      expect.objectContaining({ action: 'role.set_parents', before: { parentIds: [] }, after: { parentIds: [parent.id] } }),
    ]);

    expect(await newEntries(mutate('mutation($id: ID!) { grantRolePermissions(roleId: $id, keys: ["vault.secrets.read"], withPrerequisites: true) { granted } }', { id: roleId }))).toEqual([
      expect.objectContaining({
        action: 'role.grant_permissions',
        before: { permissions: [] },
        after: { permissions: ['vault.access', 'vault.secrets.read'], granted: ['vault.access', 'vault.secrets.read'], prerequisitesGranted: ['vault.access'] },
      }),
    ]);

    expect(await newEntries(mutate('mutation($id: ID!) { revokeRolePermissions(roleId: $id, keys: ["vault.secrets.read"]) { revoked } }', { id: roleId }))).toEqual([
      expect.objectContaining({
        action: 'role.revoke_permissions',
        before: { permissions: ['vault.access', 'vault.secrets.read'] },
        after: { permissions: ['vault.access'], revoked: ['vault.secrets.read'], cascaded: [] },
      }),
    ]);

    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    expect(await newEntries(mutate('mutation($id: ID!) { grantUserPermissions(userId: $id, keys: ["audit.access"]) { granted } }', { id: user.id }))).toEqual([
      expect.objectContaining({ action: 'user.grant_permissions', targetType: 'user', targetId: user.id, before: { direct: [] } }),
    ]);
    expect(await newEntries(mutate('mutation($id: ID!) { revokeUserPermissions(userId: $id, keys: ["audit.access"]) { revoked } }', { id: user.id }))).toEqual([
      expect.objectContaining({ action: 'user.revoke_permissions', before: { direct: ['audit.access'] }, after: { direct: [], revoked: ['audit.access'], cascaded: [] } }),
    ]);

    await app.database.dataSource.query('DELETE FROM user_permission WHERE user_id = $1', [user.id]);
    await app.database.dataSource.query('UPDATE user_account SET role_id = $1 WHERE id = $2', [parent.id, user.id]);
    const deleted = await newEntries(mutate('mutation($id: ID!) { deleteRole(id: $id) { id } }', { id: roleId }));
    expect(deleted).toEqual([expect.objectContaining({ action: 'role.delete', targetId: roleId })]);
    expect(deleted[0]!.after?.deletedAt).toEqual(expect.any(String));

    const operator = await signedInSuperAdmin(app);
    const restored = await newEntries(async () => {
      ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { id } }', { id: org.tenant.id }, operator.token));
      ok(await app.graphql('mutation($id: ID!) { restoreRole(id: $id) { id } }', { id: roleId }, operator.token));
      ok(await app.graphql('mutation { leaveTenant }', {}, operator.token));
    });
    expect(restored.map((entry) => entry.action)).toEqual(['super_admin.leave_tenant', 'role.restore', 'super_admin.enter_tenant']);
    for (const entry of restored) expect(entry.actor).toMatchObject({ userId: null, superAdminId: operator.id });
    expect(restored[1]).toMatchObject({ before: { deletedAt: expect.any(String) }, after: { deletedAt: null } });
  });

  it('records where the request came from', async () => {
    const [entry] = await newEntries(mutate('mutation { createRole(input: { name: "Origin check" }) { id } }'));
    expect(entry?.originUserAgent).toEqual(expect.any(String));
  });

  it.each([
    ['a duplicate role name', 'mutation { createRole(input: { name: "Administrator" }) { id } }', 'BAD_USER_INPUT'],
    ['a parent that does not exist (after the role row was written)', 'mutation { createRole(input: { name: "Orphan", parentIds: ["00000000-0000-4000-8000-000000000000"] }) { id } }', 'NOT_FOUND'],
    ['a grant with unmet prerequisites', 'mutation($empty: ID!) { grantRolePermissions(roleId: $empty, keys: ["vault.secrets.reveal"]) { granted } }', 'BAD_USER_INPUT'],
    ['an unknown permission key', 'mutation($id: ID!) { grantRolePermissions(roleId: $id, keys: ["vault.everything"]) { granted } }', 'BAD_USER_INPUT'],
    ['deleting a role in use', 'mutation($id: ID!) { deleteRole(id: $id) { id } }', 'CONFLICT'],
    ['an empty role name', 'mutation($id: ID!) { renameRole(id: $id, name: "   ") { id } }', 'BAD_USER_INPUT'],
  ])('leaves no entry and changes nothing for %s', async (_case, query, code) => {
    const snapshot = async () =>
      JSON.stringify(await app.database.dataSource.query(
        `SELECT r.name, r.deleted_at, array(SELECT permission_key FROM role_permission WHERE role_id = r.id ORDER BY 1) AS keys,
                array(SELECT parent_role_id::text FROM role_parent WHERE role_id = r.id ORDER BY 1) AS parents
           FROM role r WHERE r.tenant_id = $1 ORDER BY r.name`,
        [org.tenant.id],
      ));
    const before = await snapshot();
    const auditBefore = await auditRows();
    const variables = query.includes('$empty') ? { empty: emptyRoleId } : query.includes('$id') ? { id: org.adminRoleId } : {};
    const result = await app.graphql(query, variables, org.token);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(await auditRows()).toBe(auditBefore);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a cursor past the bigint range as bad input, not as a database failure', async () => {
    const cursor = Buffer.from(JSON.stringify({ sequence: '9999999999999999999' })).toString('base64url');
    const refused = await app.graphql('query($after: String) { auditEntries(first: 1, after: $after) { totalCount } }', { after: cursor }, org.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
