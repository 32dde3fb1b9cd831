import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const CREATE_ROLE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id name } }';
const GRANT = `mutation($roleId: ID!, $keys: [String!]!, $with: Boolean! = false) {
  grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $with) { granted prerequisitesGranted }
}`;
const REVOKE = `mutation($roleId: ID!, $keys: [String!]!, $cascade: Boolean! = false) {
  revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {
    revoked cascaded notOwned rolesAffected { roleName inactive } usersAffected { userId inactive }
  }
}`;
const EFFECTIVE = `query($userId: ID!) {
  effectivePermissions(userId: $userId) { key state missingPrerequisites sources { kind roleName path } }
}`;
const SET_PARENTS = 'mutation($id: ID!, $parentIds: [ID!]!) { setRoleParents(id: $id, parentIds: $parentIds) { id parents { name } } }';

interface Effective {
  key: string;
  state: string;
  missingPrerequisites: string[];
  sources: Array<{ kind: string; roleName: string | null; path: string[] }>;
}

describe('roles and permissions: the flow of the Roles and Permissions help page', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let buyerId: string;
  let seniorId: string;
  let maria: { id: string; username: string };

  const call = <T>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const effective = async (userId: string) => ok(await call<{ effectivePermissions: Effective[] }>(EFFECTIVE, { userId })).effectivePermissions;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Acme');
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a permission with unmet prerequisites, listing them, and grants them on request', async () => {
    buyerId = ok(await call<{ createRole: { id: string } }>(CREATE_ROLE, { input: { name: 'Buyer' } })).createRole.id;
    const refused = await call(GRANT, { roleId: buyerId, keys: ['purchasing.orders.create'] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'keys',
      reason: 'PREREQUISITES_MISSING',
      missing: ['purchasing.access', 'purchasing.orders.read'],
    });
    expect(refused.errors?.[0]?.message).toMatch(/purchasing\.access/);
    const role = ok(await call<{ role: { permissions: unknown[] } }>('query($id: ID!) { role(id: $id) { permissions { key } } }', { id: buyerId }));
    expect(role.role.permissions).toEqual([]);

    const granted = ok(await call<{ grantRolePermissions: { granted: string[]; prerequisitesGranted: string[] } }>(GRANT, {
      roleId: buyerId,
      keys: ['purchasing.orders.create'],
      with: true,
    }));
    expect(granted.grantRolePermissions).toEqual({
      granted: ['purchasing.access', 'purchasing.orders.read', 'purchasing.orders.create'],
      prerequisitesGranted: ['purchasing.access', 'purchasing.orders.read'],
    });
  });

  it('builds Senior Buyer on Buyer with Approve Purchase Orders on top; inherited shows as inherited', async () => {
    seniorId = ok(await call<{ createRole: { id: string } }>(CREATE_ROLE, { input: { name: 'Senior Buyer', parentIds: [buyerId] } })).createRole.id;
    ok(await call(GRANT, { roleId: seniorId, keys: ['purchasing.orders.approve'] }));

    const user = await createUser(app.database.dataSource, org.tenant.id, seniorId, { firstName: 'Maria', lastName: 'Lopez' });
    maria = { id: user.id, username: user.username };
    const permissions = await effective(maria.id);
    expect(permissions.map((p) => p.key)).toEqual(['purchasing.access', 'purchasing.orders.read', 'purchasing.orders.create', 'purchasing.orders.approve']);
    expect(permissions.find((p) => p.key === 'purchasing.orders.create')).toEqual({
      key: 'purchasing.orders.create',
      state: 'ACTIVE',
      missingPrerequisites: [],
      sources: [{ kind: 'INHERITED', roleName: 'Buyer', path: ['Senior Buyer', 'Buyer'] }],
    });
    expect(permissions.find((p) => p.key === 'purchasing.orders.approve')?.sources).toEqual([{ kind: 'ROLE', roleName: 'Senior Buyer', path: [] }]);

    const matrix = ok(await call<{ permissionMatrix: { rows: Array<{ role: { name: string }; cells: Array<{ key: string; state: string; toggleable: boolean; inheritedFrom: Array<{ roleName: string }> }> }> } }>(
      '{ permissionMatrix { rows { role { name } cells { key state toggleable inheritedFrom { roleName } } } } }',
    ));
    const seniorRow = matrix.permissionMatrix.rows.find((row) => row.role.name === 'Senior Buyer')!;
    expect(seniorRow.cells.find((cell) => cell.key === 'purchasing.orders.create')).toEqual({
      key: 'purchasing.orders.create',
      state: 'INHERITED',
      toggleable: false,
      inheritedFrom: [{ roleName: 'Buyer' }],
    });
    expect(seniorRow.cells.find((cell) => cell.key === 'purchasing.orders.approve')?.state).toBe('GRANTED');
    expect(seniorRow.cells.find((cell) => cell.key === 'vault.secrets.reveal')?.state).toBe('UNAVAILABLE');

    const one = ok(await call<{ permissionMatrix: { rows: Array<{ role: { name: string } }> } }>(
      'query($ids: [ID!]) { permissionMatrix(roleIds: $ids) { rows { role { name } } } }',
      { ids: [seniorId, buyerId] },
    ));
    expect(one.permissionMatrix.rows.map((row) => row.role.name)).toEqual(['Senior Buyer', 'Buyer']);
  });

  it('rejects inheritance that would close a cycle, spelling the cycle out', async () => {
    const result = await call(SET_PARENTS, { id: buyerId, parentIds: [seniorId] });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentIds',
      reason: 'ROLE_CYCLE',
      cycle: ['Senior Buyer', 'Buyer', 'Senior Buyer'],
    });
    expect(result.errors?.[0]?.message).toContain('Senior Buyer -> Buyer -> Senior Buyer');
    const parents = ok(await call<{ role: { parents: unknown[] } }>('query($id: ID!) { role(id: $id) { parents { name } } }', { id: buyerId }));
    expect(parents.role.parents).toEqual([]);
  });

  it('names a parent that does not exist as not found, for the parents field', async () => {
    for (const missing of ['not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const result = await call(SET_PARENTS, { id: buyerId, parentIds: [missing] });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentIds', reason: 'PARENT_ROLE_NOT_FOUND' });
    }
  });

  it('explains why a user has a permission', async () => {
    const result = ok(await call<{ explainPermission: { status: string; sentence: string } }>(
      'query($userId: ID!, $key: String!) { explainPermission(userId: $userId, key: $key) { status sentence } }',
      { userId: maria.id, key: 'purchasing.orders.create' },
    ));
    expect(result.explainPermission.status).toBe('ACTIVE');
    expect(result.explainPermission.sentence).toContain('Senior Buyer -> Buyer');
  });

  it('keeps direct permissions when the role changes', async () => {
    ok(await call('mutation($userId: ID!, $keys: [String!]!) { grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: true) { granted } }', {
      userId: maria.id,
      keys: ['vault.secrets.read'],
    }));
    // Move Maria to Buyer the way a role change does: the row and the tenant's access version.
    await app.database.dataSource.query('UPDATE user_account SET role_id = $1 WHERE id = $2', [buyerId, maria.id]);
    await app.database.dataSource.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [org.tenant.id]);
    const permissions = await effective(maria.id);
    expect(permissions.find((p) => p.key === 'vault.secrets.read')).toMatchObject({ state: 'ACTIVE', sources: [{ kind: 'DIRECT' }] });
    expect(permissions.some((p) => p.key === 'purchasing.orders.approve')).toBe(false);
    await app.database.dataSource.query('UPDATE user_account SET role_id = $1 WHERE id = $2', [seniorId, maria.id]);
    await app.database.dataSource.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [org.tenant.id]);
  });

  it('reports what turns inactive when a prerequisite is revoked, and cascades on request', async () => {
    const revoked = ok(await call<{ revokeRolePermissions: { revoked: string[]; cascaded: string[]; rolesAffected: Array<{ roleName: string; inactive: string[] }>; usersAffected: Array<{ userId: string; inactive: string[] }> } }>(
      REVOKE,
      { roleId: buyerId, keys: ['purchasing.orders.read'] },
    )).revokeRolePermissions;
    expect(revoked.revoked).toEqual(['purchasing.orders.read']);
    expect(revoked.cascaded).toEqual([]);
    expect(revoked.rolesAffected).toEqual(
      expect.arrayContaining([
        { roleName: 'Buyer', inactive: ['purchasing.orders.create'] },
        { roleName: 'Senior Buyer', inactive: ['purchasing.orders.create', 'purchasing.orders.approve'] },
      ]),
    );
    expect(revoked.usersAffected).toEqual([{ userId: maria.id, inactive: ['purchasing.orders.create', 'purchasing.orders.approve'] }]);
    const create = (await effective(maria.id)).find((p) => p.key === 'purchasing.orders.create');
    expect(create).toMatchObject({ state: 'INACTIVE', missingPrerequisites: ['purchasing.orders.read'] });

    ok(await call(GRANT, { roleId: buyerId, keys: ['purchasing.orders.read'] }));
    const cascaded = ok(await call<{ revokeRolePermissions: { revoked: string[]; cascaded: string[] } }>(REVOKE, {
      roleId: buyerId,
      keys: ['purchasing.access'],
      cascade: true,
    })).revokeRolePermissions;
    expect(cascaded.revoked).toEqual(['purchasing.access', 'purchasing.orders.read', 'purchasing.orders.create']);
    expect(cascaded.cascaded).toEqual(['purchasing.orders.read', 'purchasing.orders.create']);
  });

  it('takes a role change into effect on the very next request of an affected user', async () => {
    const token = await signIn(app, org.tenant.slug, maria.username);
    const before = ok(await app.graphql<{ myPermissions: { visibleModules: string[] } }>('{ myPermissions { visibleModules } }', {}, token));
    expect(before.myPermissions.visibleModules).toContain('vault');
    ok(await call('mutation($userId: ID!, $keys: [String!]!) { revokeUserPermissions(userId: $userId, keys: $keys, cascade: true) { revoked } }', {
      userId: maria.id,
      keys: ['vault.access'],
    }));
    const after = ok(await app.graphql<{ myPermissions: { visibleModules: string[] } }>('{ myPermissions { visibleModules } }', {}, token));
    expect(after.myPermissions.visibleModules).not.toContain('vault');
  });

  it('refuses to delete a role while users are on it, saying how many, and refuses system roles', async () => {
    const refused = await call('mutation($id: ID!) { deleteRole(id: $id) { id } }', { id: seniorId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_IN_USE', usersCount: 1 });
    expect(refused.errors?.[0]?.message).toMatch(/^1 user is still on "Senior Buyer"/);

    const [system]: Array<{ id: string }> = await app.database.dataSource.query(
      "INSERT INTO role (tenant_id, name, is_system) VALUES ($1, 'Auditor', true) RETURNING id",
      [org.tenant.id],
    );
    const systemRefused = await call('mutation($id: ID!) { deleteRole(id: $id) { id } }', { id: system!.id });
    expect(systemRefused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SYSTEM_ROLE' });
  });

  it('soft-deletes an unused role, and only a super admin inside the tenant restores it', async () => {
    const spareId = ok(await call<{ createRole: { id: string } }>(CREATE_ROLE, { input: { name: 'Spare' } })).createRole.id;
    const deleted = ok(await call<{ deleteRole: { deletedAt: string | null } }>('mutation($id: ID!) { deleteRole(id: $id) { deletedAt } }', { id: spareId }));
    expect(deleted.deleteRole.deletedAt).not.toBeNull();
    const names = ok(await call<{ roles: Array<{ name: string }> }>('{ roles { name } }')).roles.map((role) => role.name);
    expect(names).not.toContain('Spare');
    expect((await call('query($id: ID!) { role(id: $id) { id } }', { id: spareId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await call('{ roles(filter: { includeDeleted: true }) { name } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const RESTORE = 'mutation($id: ID!) { restoreRole(id: $id) { name deletedAt } }';
    expect((await call(RESTORE, { id: spareId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const operator = await signedInSuperAdmin(app);
    expect((await app.graphql(RESTORE, { id: spareId }, operator.token)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_IN_TENANT' });

    ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { name } }', { id: org.tenant.id }, operator.token));
    const listed = ok(await app.graphql<{ roles: Array<{ name: string; deletedAt: string | null }> }>('{ roles(filter: { includeDeleted: true }) { name deletedAt } }', {}, operator.token));
    expect(listed.roles.find((role) => role.name === 'Spare')?.deletedAt).not.toBeNull();
    const restored = ok(await app.graphql<{ restoreRole: { name: string; deletedAt: string | null } }>(RESTORE, { id: spareId }, operator.token));
    expect(restored.restoreRole).toEqual({ name: 'Spare', deletedAt: null });

    const audit = ok(await call<{ auditEntries: { edges: Array<{ node: { action: string; actor: { superAdminId: string | null; label: string } } }> } }>(
      'query($id: ID!) { auditEntries(filter: { targetId: $id }) { edges { node { action actor { superAdminId label } } } } }',
      { id: spareId },
    ));
    expect(audit.auditEntries.edges.map((edge) => edge.node.action)).toEqual(['role.restore', 'role.delete', 'role.create']);
    expect(audit.auditEntries.edges[0]!.node.actor).toMatchObject({ superAdminId: operator.id, label: expect.stringContaining('(super admin)') });

    ok(await app.graphql('mutation { leaveTenant }', {}, operator.token));
    expect((await app.graphql(RESTORE, { id: spareId }, operator.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const entered = ok(await call<{ auditEntries: { edges: Array<{ node: { action: string } }> } }>(
      '{ auditEntries(filter: { action: "super_admin." }) { edges { node { action } } } }',
    ));
    expect(entered.auditEntries.edges.map((edge) => edge.node.action)).toEqual(['super_admin.leave_tenant', 'super_admin.enter_tenant']);
  });

  it('refuses to restore a role whose kept inheritance would close a loop made while it was deleted', async () => {
    const looping = await tenantWithAdmin(app, 'Restore loop');
    const [a, b, c] = await Promise.all(['Loop A', 'Loop B', 'Loop C'].map((name) => createRole(app.database.dataSource, looping.tenant.id, [], name)));
    const as = (query: string, variables: Record<string, unknown>) => app.graphql(query, variables, looping.token);
    ok(await as(SET_PARENTS, { id: a!.id, parentIds: [b!.id] }));
    ok(await as(SET_PARENTS, { id: c!.id, parentIds: [a!.id] }));
    ok(await as('mutation($id: ID!) { deleteRole(id: $id) { id } }', { id: a!.id }));
    // With A gone, B -> C closes nothing; A's kept rows A -> B and C -> A would close B -> C -> A -> B.
    ok(await as(SET_PARENTS, { id: b!.id, parentIds: [c!.id] }));

    const operator = await signedInSuperAdmin(app);
    ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { name } }', { id: looping.tenant.id }, operator.token));
    const refused = await app.graphql('mutation($id: ID!) { restoreRole(id: $id) { id } }', { id: a!.id }, operator.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_CYCLE', cycle: ['Loop A', 'Loop B', 'Loop C', 'Loop A'] });
    const [row]: Array<{ deleted_at: Date | null }> = await app.database.dataSource.query('SELECT deleted_at FROM role WHERE id = $1', [a!.id]);
    expect(row!.deleted_at).not.toBeNull();

    ok(await as(SET_PARENTS, { id: b!.id, parentIds: [] }));
    ok(await app.graphql('mutation($id: ID!) { restoreRole(id: $id) { id } }', { id: a!.id }, operator.token));
  });

  it('never closes a cycle from parent changes made at the same moment', async () => {
    const racing = await tenantWithAdmin(app, 'Racing parents');
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => createRole(app.database.dataSource, racing.tenant.id, [], `Racer ${i}`).then((role) => role.id)));
    const setParents = (id: string, parentIds: string[]) => app.graphql(SET_PARENTS, { id, parentIds }, racing.token);
    // Fixed pairs (a linear congruential walk) so a failure can be replayed; every role both gains and is given parents.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % ids.length;
    const pairs: Array<[string, string]> = [[ids[0]!, ids[1]!], [ids[1]!, ids[0]!]];
    while (pairs.length < 40) {
      const [child, parent] = [next(), next()];
      if (child !== parent) pairs.push([ids[child]!, ids[parent]!]);
    }
    const results = await Promise.all(pairs.map(([child, parent]) => setParents(child, [parent])));
    const refused = results.filter((result) => result.errors);
    for (const result of refused) expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROLE_CYCLE' });
    expect(refused.length).toBeGreaterThan(0);

    const edges: Array<{ role_id: string; parent_role_id: string }> = await app.database.dataSource.query(
      'SELECT role_id, parent_role_id FROM role_parent WHERE role_id = ANY($1)',
      [ids],
    );
    const parentsOf = new Map(ids.map((id) => [id, edges.filter((edge) => edge.role_id === id).map((edge) => edge.parent_role_id)]));
    const reachesItself = (start: string) => {
      const seen = new Set<string>();
      const stack = [...parentsOf.get(start)!];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (id === start) return true;
        if (!seen.has(id)) stack.push(...(seen.add(id), parentsOf.get(id) ?? []));
      }
      return false;
    };
    expect(ids.filter(reachesItself)).toEqual([]);
    const [audited]: Array<{ n: string }> = await app.database.dataSource.query(
      "SELECT count(*) AS n FROM audit_entry WHERE tenant_id = $1 AND action = 'role.set_parents'",
      [racing.tenant.id],
    );
    expect(Number(audited!.n)).toBe(results.length - refused.length);
  });
});
