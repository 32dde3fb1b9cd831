import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createRole, createTenant, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import type { TenantEntity } from '../../tenants/tenant.entity.js';

const USERS = /* GraphQL */ `
  query Users($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { username email displayName isActive role { name isSystem } } }
    }
  }
`;
interface UsersPage {
  users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { username: string; role: { name: string } } }> };
}

describe('users query', () => {
  let app: TestApp;
  let tenant: TenantEntity;
  let readerToken: string;
  let outsiderToken: string;

  async function signIn(slug: string, username: string): Promise<string> {
    const result = await app.graphql<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }',
      { input: { tenant: slug, username, password: TEST_PASSWORD } },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.login.accessToken;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.database.dataSource;
    tenant = await createTenant(ds);
    const readers = await createRole(ds, tenant.id, ['users.access', 'users.read'], 'Readers');
    const nobodies = await createRole(ds, tenant.id, [], 'Nobodies');
    await createUser(ds, tenant.id, readers.id, { username: 'reader' });
    await createUser(ds, tenant.id, nobodies.id, { username: 'outsider' });
    for (const name of ['carol', 'bob', 'alice', 'dave', 'erin']) {
      await createUser(ds, tenant.id, nobodies.id, { username: name });
    }
    const other = await createTenant(ds, 'Other Org');
    const otherRole = await createRole(ds, other.id, ['users.access', 'users.read']);
    await createUser(ds, other.id, otherRole.id, { username: 'zed-from-elsewhere' });
    readerToken = await signIn(tenant.slug, 'reader');
    outsiderToken = await signIn(tenant.slug, 'outsider');
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a caller who is not signed in', async () => {
    const result = await app.graphql(USERS, { first: 10 });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed-in user without users.read, naming the permission', async () => {
    const result = await app.graphql(USERS, { first: 10 }, outsiderToken);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', permission: 'users.read' });
  });

  it("lists only the caller's tenant, ordered by username", async () => {
    const result = await app.graphql<UsersPage>(USERS, { first: 50 }, readerToken);
    expect(result.errors).toBeUndefined();
    const usernames = result.data!.users.edges.map((edge) => edge.node.username);
    expect(usernames).toEqual(['alice', 'bob', 'carol', 'dave', 'erin', 'outsider', 'reader']);
    expect(result.data!.users.totalCount).toBe(7);
    expect(result.data!.users.pageInfo.hasNextPage).toBe(false);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: Awaited<ReturnType<typeof app.graphql<UsersPage>>> = await app.graphql<UsersPage>(USERS, { first: 3, after }, readerToken);
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.users.edges.map((edge) => edge.node.username));
      if (!result.data!.users.pageInfo.hasNextPage) break;
      after = result.data!.users.pageInfo.endCursor;
    }
    expect(seen).toEqual(['alice', 'bob', 'carol', 'dave', 'erin', 'outsider', 'reader']);
  });

  it('rejects a malformed cursor and an oversized page as bad input on the right field', async () => {
    const badCursor = await app.graphql(USERS, { first: 3, after: 'not-a-cursor' }, readerToken);
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await app.graphql(USERS, { first: 1000 }, readerToken);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each([['CREATED_AT'], ['LAST_LOGIN'], ['STATUS']])('takes back the cursors it hands out for the %s order', async (field) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: Awaited<ReturnType<typeof app.graphql<UsersPage>>> = await app.graphql<UsersPage>(
        'query($after: String, $field: UserOrderField!) { users(first: 2, after: $after, orderBy: { field: $field, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { username role { name } } } } }',
        { after, field },
        readerToken,
      );
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.users.edges.map((edge) => edge.node.username));
      if (!result.data!.users.pageInfo.hasNextPage) break;
      after = result.data!.users.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
  });

  it.each([
    ['STATUS', 'a date', ['2026-13-45T99:99:99Z', '00000000-0000-0000-0000-000000000000']],
    ['STATUS', 'a number past the states', ['99999999999', '00000000-0000-0000-0000-000000000000']],
    ['CREATED_AT', 'text', ['abc', '00000000-0000-0000-0000-000000000000']],
    ['LAST_LOGIN', 'an empty key', ['', '00000000-0000-0000-0000-000000000000']],
    ['USERNAME', 'a NUL character', ['a\u0000', '00000000-0000-0000-0000-000000000000']],
  ])('rejects a cursor for the %s order holding %s as bad input on after', async (field, _what, cursor) => {
    const after = Buffer.from(JSON.stringify(cursor)).toString('base64url');
    const result = await app.graphql(
      'query($after: String, $field: UserOrderField!) { users(first: 3, after: $after, orderBy: { field: $field, direction: DESC }) { totalCount } }',
      { after, field },
      readerToken,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('hides guarded fields from a reader without the permission, and only them', async () => {
    const GUARDED = '{ users(first: 50) { edges { node { username lastLoginAt links { kind } } } } }';
    await app.database.dataSource.query("UPDATE user_account SET last_login_at = now() WHERE tenant_id = $1 AND username = 'alice'", [tenant.id]);
    const asReader = await app.graphql<{ users: { edges: Array<{ node: { username: string; lastLoginAt: string | null; links: unknown } }> } }>(GUARDED, {}, readerToken);
    expect(asReader.errors).toBeUndefined();
    const alice = asReader.data!.users.edges.find((edge) => edge.node.username === 'alice')!.node;
    expect(alice).toEqual({ username: 'alice', lastLoginAt: null, links: null });

    const ds = app.database.dataSource;
    await ds.query(
      "INSERT INTO role_permission (role_id, permission_key) SELECT id, 'users.activity.read' FROM role WHERE tenant_id = $1 AND name = 'Readers'",
      [tenant.id],
    );
    await ds.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [tenant.id]);
    const withActivity = await app.graphql<{ users: { edges: Array<{ node: { username: string; lastLoginAt: string | null } }> } }>(GUARDED, {}, readerToken);
    expect(withActivity.data!.users.edges.find((edge) => edge.node.username === 'alice')!.node.lastLoginAt).toEqual(expect.any(String));
  });

  it('takes effect at once when the role loses the permission', async () => {
    await app.database.dataSource.query(
      "DELETE FROM role_permission WHERE permission_key = 'users.read' AND role_id = (SELECT id FROM role WHERE tenant_id = $1 AND name = 'Readers')",
      [tenant.id],
    );
    await app.database.dataSource.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [tenant.id]);
    const result = await app.graphql(USERS, { first: 10 }, readerToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
