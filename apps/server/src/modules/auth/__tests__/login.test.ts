import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createRole, createSuperAdmin, createTenant, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import type { TenantEntity } from '../../tenants/tenant.entity.js';

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) { ... on Session { accessToken expiresAt viewer { username displayName isSuperAdmin tenant { slug name } permissions } } }
  }
`;
const ME = /* GraphQL */ `{ me { username isSuperAdmin tenant { slug } permissions } }`;

describe('login and me', () => {
  let app: TestApp;
  let tenant: TenantEntity;

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.database.dataSource;
    tenant = await createTenant(ds, 'Login Org');
    const role = await createRole(ds, tenant.id, ['users.access', 'users.read']);
    await createUser(ds, tenant.id, role.id, { username: 'ada', firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Example.test' });
    await createUser(ds, tenant.id, role.id, { username: 'gone', isActive: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it('signs a tenant user in and returns a token that identifies them', async () => {
    const result = await app.graphql<{ login: { accessToken: string; viewer: Record<string, unknown> } }>(LOGIN, {
      input: { tenant: tenant.slug, username: 'ada', password: TEST_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.viewer).toEqual({
      username: 'ada',
      displayName: 'Ada Lovelace',
      isSuperAdmin: false,
      tenant: { slug: tenant.slug, name: 'Login Org' },
      permissions: ['users.access', 'users.read'],
    });
    const me = await app.graphql<{ me: { username: string } }>(ME, {}, result.data!.login.accessToken);
    expect(me.data?.me.username).toBe('ada');
  });

  it('accepts the email address instead of the username, in any case', async () => {
    const result = await app.graphql(LOGIN, { input: { tenant: tenant.slug.toUpperCase(), username: 'ADA@example.TEST', password: TEST_PASSWORD } });
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['a wrong password', () => ({ tenant: tenant.slug, username: 'ada', password: 'Wrong#Pass1' })],
    ['an unknown user', () => ({ tenant: tenant.slug, username: 'nobody', password: TEST_PASSWORD })],
    ['an unknown organisation', () => ({ tenant: 'no-such-org', username: 'ada', password: TEST_PASSWORD })],
    ['a deactivated user', () => ({ tenant: tenant.slug, username: 'gone', password: TEST_PASSWORD })],
    ['a tenant user signing in as a super admin', () => ({ tenant: null, username: 'ada', password: TEST_PASSWORD })],
    // Unknown accounts are still counted towards the lockout, under a key built from what was typed.
    ['an over-long username', () => ({ tenant: tenant.slug, username: 'a'.repeat(5000), password: TEST_PASSWORD })],
    ['an over-long organisation', () => ({ tenant: 'o'.repeat(5000), username: 'ada', password: TEST_PASSWORD })],
    ['an over-long super admin name', () => ({ tenant: null, username: 'a'.repeat(5000), password: TEST_PASSWORD })],
  ])('refuses %s with the same message', async (_case, input) => {
    const result = await app.graphql(LOGIN, { input: input() });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe('Invalid username or password');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs a super admin in without an organisation', async () => {
    const admin = await createSuperAdmin(app.database.dataSource);
    const result = await app.graphql<{ login: { accessToken: string; viewer: { isSuperAdmin: boolean; tenant: unknown } } }>(LOGIN, {
      input: { username: admin.username, password: TEST_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.viewer).toMatchObject({ isSuperAdmin: true, tenant: null });
    const me = await app.graphql<{ me: { username: string; isSuperAdmin: boolean } }>(ME, {}, result.data!.login.accessToken);
    expect(me.data?.me).toMatchObject({ username: admin.username, isSuperAdmin: true });
  });

  it('records the time of the last sign-in', async () => {
    await app.graphql(LOGIN, { input: { tenant: tenant.slug, username: 'ada', password: TEST_PASSWORD } });
    const [row]: Array<{ last_login_at: Date | null }> = await app.database.dataSource.query(
      'SELECT last_login_at FROM user_account WHERE tenant_id = $1 AND username = $2',
      [tenant.id, 'ada'],
    );
    expect(row?.last_login_at).toBeInstanceOf(Date);
    expect(Date.now() - row!.last_login_at!.getTime()).toBeLessThan(60_000);
  });

  it('refuses me without a token, with a forged token and after deactivation', async () => {
    expect((await app.graphql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await app.graphql<{ login: { accessToken: string } }>(LOGIN, { input: { tenant: tenant.slug, username: 'ada', password: TEST_PASSWORD } });
    const token = login.data!.login.accessToken;
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: '00000000-0000-0000-0000-000000000000' })).toString('base64url');
    expect((await app.graphql(ME, {}, `${header}.${forgedPayload}.${signature}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await app.database.dataSource.query('UPDATE user_account SET is_active = false WHERE tenant_id = $1 AND username = $2', [tenant.id, 'ada']);
    expect((await app.graphql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await app.database.dataSource.query('UPDATE user_account SET is_active = true WHERE tenant_id = $1 AND username = $2', [tenant.id, 'ada']);
    expect((await app.graphql(ME, {}, token)).errors).toBeUndefined();
  });
});
