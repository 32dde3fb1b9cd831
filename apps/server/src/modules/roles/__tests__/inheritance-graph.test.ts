import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, signedInSuperAdmin, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const CREATE_ROLE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }';
const GRANT = 'mutation($roleId: ID!, $keys: [String!]!) { grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: true) { granted } }';
const SET_PARENTS = 'mutation($id: ID!, $parentIds: [ID!]!) { setRoleParents(id: $id, parentIds: $parentIds) { id } }';
const GRAPH = `query($id: ID!) {
  role(id: $id) { inheritanceGraph { roles { id name parents { id } } links { childId parentId inheritedPermissionsCount } } }
}`;

interface Graph {
  roles: Array<{ id: string; name: string; parents: Array<{ id: string }> }>;
  links: Array<{ childId: string; parentId: string; inheritedPermissionsCount: number }>;
}

describe('Role.inheritanceGraph: ancestors, descendants and what each link passes down', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  const ids: Record<string, string> = {};

  const call = <T>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const graphOf = async (id: string, token = org.token) => ok(await call<{ role: { inheritanceGraph: Graph } }>(GRAPH, { id }, token)).role.inheritanceGraph;
  /** Role names for ids, so failures read as the hierarchy. */
  const named = (graph: Graph) => {
    const names = new Map(graph.roles.map((role) => [role.id, role.name]));
    return graph.links.map((link) => `${names.get(link.childId)} <- ${names.get(link.parentId)}: ${link.inheritedPermissionsCount}`);
  };

  async function role(name: string, parents: string[], keys: string[]): Promise<string> {
    const id = ok(await call<{ createRole: { id: string } }>(CREATE_ROLE, { input: { name, parentIds: parents.map((parent) => ids[parent]) } })).createRole.id;
    if (keys.length > 0) ok(await call(GRANT, { roleId: id, keys }));
    ids[name] = id;
    return id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Graph Org');
    // Base grants Create Purchase Orders with its two prerequisites: three permissions.
    await role('Base', [], ['purchasing.orders.create']);
    await role('Middle', ['Base'], ['purchasing.orders.approve']);
    await role('Auditor', [], ['purchasing.suppliers.read']);
    await role('Lead', ['Middle', 'Auditor'], ['purchasing.orders.read']);
    await role('Outsider', [], ['vault.access']);
    await role('Trainee', ['Lead', 'Outsider'], []);
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the role, its ancestors nearest first, then its descendants, counting what the child does not hold', async () => {
    const graph = await graphOf(ids.Lead!);
    expect(graph.roles.map((r) => r.name)).toEqual(['Lead', 'Middle', 'Auditor', 'Base', 'Trainee']);
    expect(named(graph)).toEqual([
      // Middle holds Base's three and Approve; Lead has Read Purchase Orders itself.
      'Lead <- Middle: 3',
      // Auditor holds Read Suppliers and its prerequisite Purchasing access, which Lead lacks.
      'Lead <- Auditor: 2',
      'Middle <- Base: 3',
      // Trainee's link to Outsider says nothing about Lead: left out, and Outsider with it.
      'Trainee <- Lead: 5',
    ]);
    expect(graph.roles.find((r) => r.name === 'Trainee')?.parents.map((p) => p.id).sort()).toEqual([ids.Lead, ids.Outsider].sort());
  });

  it('is the role alone when nothing links to it', async () => {
    const alone = await role('Alone', [], []);
    expect(await graphOf(alone)).toEqual({ roles: [{ id: alone, name: 'Alone', parents: [] }], links: [] });
  });

  it('follows a parent change and a permission change at once', async () => {
    ok(await call(SET_PARENTS, { id: ids.Lead, parentIds: [ids.Middle] }));
    ok(await call(GRANT, { roleId: ids.Trainee, keys: ['purchasing.orders.approve'] }));
    const graph = await graphOf(ids.Middle!);
    expect(graph.roles.map((r) => r.name)).toEqual(['Middle', 'Base', 'Lead', 'Trainee']);
    expect(named(graph)).toEqual(['Middle <- Base: 3', 'Lead <- Middle: 3', 'Trainee <- Lead: 3']);
    ok(await call(SET_PARENTS, { id: ids.Lead, parentIds: [ids.Middle, ids.Auditor] }));
  });

  it("shows a deleted role alone to a super admin, and another tenant's role to nobody", async () => {
    const gone = await role('Gone', ['Base'], []);
    ok(await call('mutation($id: ID!) { deleteRole(id: $id) { id } }', { id: gone }));
    expect((await graphOf(ids.Base!)).roles.map((r) => r.name)).not.toContain('Gone');

    const operator = await signedInSuperAdmin(app);
    ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { name } }', { id: org.tenant.id }, operator.token));
    // Its parent rows are kept for a restore, but while deleted it takes part in no inheritance.
    const graph = await graphOf(gone, operator.token);
    expect(graph.roles.map((r) => r.name)).toEqual(['Gone']);
    expect(graph.links).toEqual([]);
    expect(named(await graphOf(ids.Middle!, operator.token))).toContain('Lead <- Middle: 3');

    const other = await tenantWithAdmin(app, 'Other Graph Org');
    const refused = await call(GRAPH, { id: ids.Lead }, other.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.data).toBeNull();
  });

  it('costs the same SQL statements for a chain of 2 roles as for one of 12', async () => {
    const statementsFor = async (id: string) => {
      ok(await call(GRAPH, { id })); // warm the tenant's access model
      const before = app.database.statements();
      ok(await call(GRAPH, { id }));
      return app.database.statements() - before;
    };
    const chain = async (prefix: string, length: number) => {
      for (let i = 0; i < length; i++) await role(`${prefix} ${i}`, i === 0 ? [] : [`${prefix} ${i - 1}`], []);
      return ids[`${prefix} ${Math.floor(length / 2)}`]!;
    };
    const short = await statementsFor(await chain('Short', 2));
    const long = await chain('Long', 12);
    expect((await graphOf(long)).roles).toHaveLength(12);
    expect(await statementsFor(long)).toBe(short);
    // The role, the neighbourhood's records and their parents: one statement each.
    expect(short).toBeLessThanOrEqual(3);
  });
});
