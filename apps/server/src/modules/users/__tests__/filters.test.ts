import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

interface Page {
  users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { username: string } }> };
}
const USERS = `query($filter: UserFilter, $orderBy: UserOrder, $first: Int!, $after: String) {
  users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { username } }
  }
}`;

describe('finding users: filters, sort orders and keyset pages', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let buyersId: string;

  async function all(filter: Record<string, unknown> | null, orderBy: Record<string, unknown> | null, pageSize = 2): Promise<{ names: string[]; total: number }> {
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 50; guard++) {
      const page: Page = ok(await app.graphql<Page>(USERS, { filter, orderBy, first: pageSize, after }, org.token));
      total = page.users.totalCount;
      names.push(...page.users.edges.map((edge) => edge.node.username));
      if (!page.users.pageInfo.hasNextPage) break;
      after = page.users.pageInfo.endCursor;
    }
    return { names, total };
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Filters Org');
    const ds = app.database.dataSource;
    buyersId = (await createRole(ds, org.tenant.id, [], 'Buyers')).id;
    const clerksId = (await createRole(ds, org.tenant.id, [], 'Clerks')).id;
    await ds.query("UPDATE user_account SET username = 'zz-admin' WHERE id = $1", [org.admin.id]);
    const people: Array<[string, string, string, string, string]> = [
      ['anna', 'Anna', 'Berg', 'anna@north.example', buyersId],
      ['bruno', 'Bruno', 'Costa', 'bruno@south.example', clerksId],
      ['carla', 'Carla', 'Adams', 'carla@north.example', buyersId],
      ['dmitri', 'Dmitri', 'Berg', 'dmitri@east.example', clerksId],
      ['eve', 'Eve', 'Zhang', 'eve@north.example', clerksId],
    ];
    for (const [username, firstName, lastName, email] of people) {
      const roleId = people.find((p) => p[0] === username)![4];
      await createUser(ds, org.tenant.id, roleId, { username, firstName, lastName, email });
    }
    await ds.query("UPDATE user_account SET last_login_at = now() - interval '2 days' WHERE username = 'anna' AND tenant_id = $1", [org.tenant.id]);
    await ds.query("UPDATE user_account SET last_login_at = now() - interval '40 days' WHERE username = 'bruno' AND tenant_id = $1", [org.tenant.id]);
    await ds.query("UPDATE user_account SET last_login_at = now() - interval '400 days' WHERE username = 'carla' AND tenant_id = $1", [org.tenant.id]);
    await ds.query("UPDATE user_account SET is_active = false WHERE username = 'dmitri' AND tenant_id = $1", [org.tenant.id]);
    await ds.query("UPDATE user_account SET hold_invite = true, activated_at = NULL WHERE username = 'eve' AND tenant_id = $1", [org.tenant.id]);
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['name (first, last or username, any case)', { name: 'BERG' }, ['anna', 'dmitri']],
    ['email, partial and any case', { email: 'NORTH' }, ['anna', 'carla', 'eve']],
    ['role', { roleId: 'BUYERS' }, ['anna', 'carla']],
    ['state', { states: ['INACTIVE', 'INTRODUCTION'] }, ['dmitri', 'eve']],
    ['signed in within 30 days', { loginActivity: { withinDays: 30 } }, ['anna', 'zz-admin']],
    ['not signed in within 30 days', { loginActivity: { notWithinDays: 30 } }, ['bruno', 'carla', 'dmitri', 'eve']],
    ['never signed in', { loginActivity: { never: true } }, ['dmitri', 'eve']],
  ])('filters by %s', async (_name, rawFilter, expected) => {
    const filter = { ...rawFilter } as Record<string, unknown>;
    if (filter.roleId === 'BUYERS') filter.roleId = buyersId;
    const { names, total } = await all(filter, null);
    expect(names).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it.each([
    ['USERNAME', 'ASC', ['anna', 'bruno', 'carla', 'dmitri', 'eve', 'zz-admin']],
    ['USERNAME', 'DESC', ['zz-admin', 'eve', 'dmitri', 'carla', 'bruno', 'anna']],
    ['NAME', 'ASC', ['carla', 'zz-admin', 'anna', 'dmitri', 'bruno', 'eve']],
    ['EMAIL', 'DESC', ['zz-admin', 'eve', 'dmitri', 'carla', 'bruno', 'anna']],
    // Within one role the order is by id, which is random here: only the role order is fixed.
    ['ROLE', 'ASC', ['zz-admin']],
    ['LAST_LOGIN', 'DESC', ['zz-admin', 'anna', 'bruno', 'carla']],
    ['STATUS', 'DESC', ['dmitri']],
  ])('sorts by %s %s across pages without gaps or repeats', async (field, direction, expectedPrefix) => {
    const { names, total } = await all(null, { field, direction }, 2);
    expect(total).toBe(6);
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(6);
    expect(names.slice(0, expectedPrefix.length)).toEqual(expectedPrefix);
    if (field === 'STATUS') expect(names.at(-1)).toBe('eve');
    if (field === 'ROLE') {
      expect(new Set(names.slice(1, 3))).toEqual(new Set(['anna', 'carla']));
      expect(new Set(names.slice(3))).toEqual(new Set(['bruno', 'dmitri', 'eve']));
    }
  });

  it.each([['ASC'], ['DESC']])('sorts by role name, then id, %s, filtered or not, page after page', async (direction) => {
    const ds = app.database.dataSource;
    const rows: Array<{ id: string; role: string; email: string; active: boolean }> = await ds.query(
      `SELECT u.id::text AS id, lower(r.name) AS role, u.email, NOT u.hold_invite AND u.is_active AND u.activated_at IS NOT NULL AS active
       FROM user_account u JOIN role r ON r.id = u.role_id WHERE u.tenant_id = $1 AND u.deleted_at IS NULL`,
      [org.tenant.id],
    );
    const sign = direction === 'ASC' ? 1 : -1;
    const expected = (keep: (row: { email: string; active: boolean }) => boolean) =>
      rows
        .filter(keep)
        .sort((a, b) => sign * (a.role === b.role ? (a.id < b.id ? -1 : 1) : a.role < b.role ? -1 : 1))
        .map((row) => row.id);
    const ids = async (filter: Record<string, unknown> | null) => {
      const found: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const page: { users: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } } = ok(
          await app.graphql(
            'query($filter: UserFilter, $orderBy: UserOrder, $after: String) { users(filter: $filter, orderBy: $orderBy, first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
            { filter, orderBy: { field: 'ROLE', direction }, after },
            org.token,
          ),
        );
        found.push(...page.users.edges.map((edge) => edge.node.id));
        if (!page.users.pageInfo.hasNextPage) break;
        after = page.users.pageInfo.endCursor;
      }
      return found;
    };
    expect(await ids(null)).toEqual(expected(() => true));
    expect(await ids({ states: ['ACTIVE'] })).toEqual(expected((row) => row.active));
    expect(await ids({ email: 'north' })).toEqual(expected((row) => row.email.includes('north')));
  });

  it('refuses malformed filters as bad input on the right field', async () => {
    const both = await app.graphql(USERS, { filter: { loginActivity: { never: true, withinDays: 3 } }, first: 5 }, org.token);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.loginActivity' });
    const days = await app.graphql(USERS, { filter: { loginActivity: { withinDays: 0 } }, first: 5 }, org.token);
    expect(days.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.loginActivity.withinDays' });
    // PostgreSQL text cannot hold NUL: it must be refused before it reaches SQL.
    for (const field of ['name', 'email']) {
      const nul = await app.graphql(USERS, { filter: { [field]: 'an\u0000a' }, first: 5 }, org.token);
      expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `filter.${field}` });
    }
  });

  it('reports recent activity from sign-in events', async () => {
    const ds = app.database.dataSource;
    const [anna]: Array<{ id: string }> = await ds.query("SELECT id FROM user_account WHERE username = 'anna' AND tenant_id = $1", [org.tenant.id]);
    for (const daysAgo of [1, 3, 10, 20, 100, 200, 500]) {
      await ds.query(`INSERT INTO login_event (tenant_id, user_id, occurred_at) VALUES ($1, $2, now() - interval '${daysAgo} days')`, [org.tenant.id, anna!.id]);
    }
    const activity = ok(await app.graphql<{ userActivity: Record<string, unknown> }>(
      'query($id: ID!) { userActivity(userId: $id) { lastLoginAt loginsLast7Days loginsLast30Days loginsLast365Days } }',
      { id: anna!.id },
      org.token,
    )).userActivity;
    expect(activity).toMatchObject({ loginsLast7Days: 2, loginsLast30Days: 4, loginsLast365Days: 6 });
    expect(activity.lastLoginAt).toEqual(expect.any(String));
  });
});
