import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { buildExecutableSchema } from '../../../graphql/schema.js';
import { KNOWN_USER_FIELDS } from '../queries/user-page-row.js';

/** Every field of User that reads the user row or its role (the rest are resolvers of their own). */
const USER_FIELDS = `id username email firstName lastName displayName phone jobTitle department location origin
  role { id name isSystem deletedAt createdAt } state holdInvite isActive externalPlannerAccess externalPurchasingAccess
  portalAccess twoFactorRequired twoFactorEnabled twoFactorEnrolledAt passwordChangeRequired lastLoginAt activatedAt
  timeZone version createdAt updatedAt deletedAt`;

describe('a users page, read as plain rows', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app);
    const ds = app.database.dataSource;
    const role = await createRole(ds, org.tenant.id, ['users.access'], 'Row readers');
    const full = await createUser(ds, org.tenant.id, role.id, { username: 'full.row', firstName: 'Full', lastName: 'Row' });
    await ds.query(
      `UPDATE user_account SET phone = '+44 20 1234', job_title = 'Clerk', department = 'Ops', location = 'Leeds', time_zone = 'Europe/London',
         two_factor_required = true, totp_enabled_at = now() - interval '3 days', last_login_at = now() - interval '1 day',
         external_planner_access = true, portal_access = true, password_change_required = true WHERE id = $1`,
      [full.id],
    );
    const held = await createUser(ds, org.tenant.id, role.id, { username: 'held.row', isActive: false });
    await ds.query('UPDATE user_account SET hold_invite = true, activated_at = NULL WHERE id = $1', [held.id]);
    await createUser(ds, org.tenant.id, role.id, { username: 'inactive.row', isActive: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers every user field as the single-user query, which reads the entity, does', async () => {
    const page = ok(await app.graphql<{ users: { edges: Array<{ node: Record<string, unknown> & { id: string } }> } }>(
      `{ users(first: 50) { edges { node { ${USER_FIELDS} } } } }`,
      {},
      org.token,
    ));
    const nodes = page.users.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.username)).toEqual(expect.arrayContaining(['full.row', 'held.row', 'inactive.row']));
    for (const node of nodes) {
      const single = ok(await app.graphql<{ user: Record<string, unknown> }>(`query($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`, { id: node.id }, org.token));
      expect(node).toEqual(single.user);
    }
    const full = nodes.find((node) => node.username === 'full.row')!;
    expect(full).toMatchObject({ phone: '+44 20 1234', timeZone: 'Europe/London', twoFactorEnabled: true, state: 'ACTIVE', displayName: 'Full Row' });
    expect(nodes.find((node) => node.username === 'held.row')).toMatchObject({ state: 'INTRODUCTION', holdInvite: true });
  });

  it('sorted by role, the page answers the same rows', async () => {
    const byRole = ok(await app.graphql<{ users: { edges: Array<{ node: Record<string, unknown> }> } }>(
      `{ users(first: 50, orderBy: { field: ROLE, direction: ASC }) { edges { node { ${USER_FIELDS} } } } }`,
      {},
      org.token,
    ));
    const byName = ok(await app.graphql<{ users: { edges: Array<{ node: Record<string, unknown> }> } }>(`{ users(first: 50) { edges { node { ${USER_FIELDS} } } } }`, {}, org.token));
    const sorted = (edges: Array<{ node: Record<string, unknown> }>) => edges.map((edge) => edge.node).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(sorted(byRole.users.edges)).toEqual(sorted(byName.users.edges));
  });

  it('reads only the columns a narrow selection needs, through fragments, and answers it the same', async () => {
    const narrow = ok(await app.graphql<{ users: { edges: Array<{ node: Record<string, unknown> }> } }>(
      `query { users(first: 50) { edges { node { ...Who ... on User { role { name } } } } } }
       fragment Who on User { id displayName state effectiveTimeZone }`,
      {},
      org.token,
    ));
    const wide = ok(await app.graphql<{ users: { edges: Array<{ node: Record<string, unknown> }> } }>(
      `{ users(first: 50) { edges { node { id displayName state effectiveTimeZone role { name } username email } } } }`,
      {},
      org.token,
    ));
    expect(narrow.users.edges.map((edge) => edge.node)).toEqual(
      wide.users.edges.map(({ node: { id, displayName, state, effectiveTimeZone, role } }) => ({ id, displayName, state, effectiveTimeZone, role })),
    );
  });

  it('knows how to read every field of User', async () => {
    const user = (await buildExecutableSchema()).getType('User') as import('graphql').GraphQLObjectType;
    expect(Object.keys(user.getFields()).filter((field) => !KNOWN_USER_FIELDS.has(field))).toEqual([]);
  });
});
