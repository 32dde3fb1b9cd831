import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const ROLES = '{ roles { name isSystem usersCount parents { name parents { name } } permissions { key name } } }';
const MATRIX = '{ permissionMatrix { modules { key } rows { role { name usersCount parents { name } } cells { key state inheritedFrom { roleName } missing } } } }';
const USERS = 'query($first: Int!) { users(first: $first) { totalCount edges { node { username role { name } } } } }';

describe('SQL statements per request do not grow with the data', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    ok(await app.graphql(query, variables, org.token)); // warm the tenant's access model
    const before = app.database.statements();
    ok(await app.graphql(query, variables, org.token));
    return app.database.statements() - before;
  }

  async function addRoles(count: number, offset: number): Promise<void> {
    const ds = app.database.dataSource;
    let previous: string | null = null;
    for (let i = 0; i < count; i++) {
      const role = await createRole(ds, org.tenant.id, ['purchasing.access', 'purchasing.orders.read'], `Role ${offset + i}`);
      if (previous) await ds.query('INSERT INTO role_parent (role_id, parent_role_id) VALUES ($1, $2)', [role.id, previous]);
      await createUser(ds, org.tenant.id, role.id);
      previous = role.id;
    }
    await ds.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [org.tenant.id]);
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('roles with parents, permissions and user counts', async () => {
    await addRoles(3, 0);
    const few = await statementsFor(ROLES);
    await addRoles(30, 3);
    const many = await statementsFor(ROLES);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
  });

  it('the Permissions Manager grid', async () => {
    const few = await statementsFor(MATRIX);
    await addRoles(20, 100);
    expect(await statementsFor(MATRIX)).toBe(few);
  });

  it("the roles' own permissions on a users page come from the access model, not another statement", async () => {
    const withPermissions = 'query($first: Int!) { users(first: $first) { edges { node { username role { name permissions { key name } } } } } }';
    const page = ok(await app.graphql<{ users: { edges: Array<{ node: { role: { permissions: Array<{ key: string }> } } }> } }>(withPermissions, { first: 50 }, org.token));
    expect(page.users.edges.some((edge) => edge.node.role.permissions.length > 0)).toBe(true);
    expect(await statementsFor(withPermissions, { first: 50 })).toBe(await statementsFor(USERS, { first: 50 }));
  });

  it('a page of 50 users costs what a page of 5 costs', async () => {
    expect(await statementsFor(USERS, { first: 50 })).toBe(await statementsFor(USERS, { first: 5 }));
  });
});
