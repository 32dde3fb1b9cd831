import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { changeNoticesApplication } from '../../../db/change-notices.js';
import type { Principal } from '../principal.js';
import { PRINCIPAL_CHANGE_CHANNEL, PrincipalCache, type LoadedPrincipal } from '../principal-cache.js';

const ME = '{ me { username } }';
const USERS = '{ users(first: 5) { totalCount } }';

function userPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    kind: 'user',
    userId: 'user-1',
    tenantId: 'tenant-1',
    username: 'ada',
    displayName: 'Ada',
    roleId: 'role-1',
    accessVersion: 1,
    pendingPasswordChange: false,
    sessionId: 'session-1',
    origin: 'internal',
    plannerUser: false,
    portalAccess: false,
    ...overrides,
  } as Principal;
}

describe('PrincipalCache', () => {
  const loaded = (principal: Principal, sessionExpiresAt: number | null = null): LoadedPrincipal => ({ principal, sessionExpiresAt });

  it('reads once, then answers from memory until a row it was read from changes', async () => {
    const cache = new PrincipalCache();
    cache.connected();
    let reads = 0;
    const load = () => Promise.resolve(loaded(userPrincipal({ username: `read-${++reads}` })));
    expect(await cache.get('k', load)).toMatchObject({ username: 'read-1' });
    expect(await cache.get('k', load)).toMatchObject({ username: 'read-1' });
    cache.notice('some-other-row');
    expect(await cache.get('k', load)).toMatchObject({ username: 'read-1' });
    for (const row of ['session-1', 'user-1', 'tenant-1']) {
      cache.notice(row);
      const fresh = `read-${reads + 1}`;
      expect(await cache.get('k', load)).toMatchObject({ username: fresh });
      expect(await cache.get('k', load)).toMatchObject({ username: fresh });
    }
    expect(reads).toBe(4);
  });

  it('does not keep a read that a change overtook', async () => {
    const cache = new PrincipalCache();
    cache.connected();
    let reads = 0;
    const overtaken = () => {
      reads += 1;
      // The row changes while the read is on its way: what it returns may be from before the change.
      cache.notice('user-1');
      return Promise.resolve(loaded(userPrincipal()));
    };
    await cache.get('k', overtaken);
    await cache.get('k', overtaken);
    expect(reads).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('keeps nothing while notices are not flowing, and forgets everything when they stop', async () => {
    const cache = new PrincipalCache();
    let reads = 0;
    const load = () => Promise.resolve(loaded(userPrincipal({ username: `read-${++reads}` })));
    await cache.get('k', load);
    await cache.get('k', load);
    expect(reads).toBe(2);
    cache.connected();
    await cache.get('k', load);
    await cache.get('k', load);
    expect(reads).toBe(3);
    cache.lost();
    await cache.get('k', load);
    expect(reads).toBe(4);
  });

  it('lets a principal go when its session ends, without a notice', async () => {
    let now = 1_000;
    const cache = new PrincipalCache(() => now);
    cache.connected();
    let reads = 0;
    const load = () => Promise.resolve(reads++ === 0 ? loaded(userPrincipal(), 2_000) : null);
    expect(await cache.get('k', load)).not.toBeNull();
    now = 1_999;
    expect(await cache.get('k', load)).not.toBeNull();
    now = 2_000;
    expect(await cache.get('k', load)).toBeNull();
  });
});

describe('principals of requests, against the database', () => {
  let app: TestApp;
  let second: TestApp;
  let org: TenantWithAdmin;

  beforeAll(async () => {
    app = await startTestApp();
    // Another instance of the same deployment on the same database.
    second = await startTestApp({ dataDir: app.config.dataDir }, { database: app.database });
    org = await tenantWithAdmin(app);
  });
  afterAll(async () => {
    await second.close();
    await app.close();
  });

  async function statementsFor(target: TestApp, query: string, token: string): Promise<number> {
    await target.settleChanges();
    const before = app.database.statements();
    ok(await target.graphql(query, {}, token));
    return app.database.statements() - before;
  }

  it('answers a known token without reading the database', async () => {
    ok(await app.graphql(ME, {}, org.token));
    expect(await statementsFor(app, ME, org.token)).toBe(0);
  });

  async function reader(): Promise<{ id: string; token: string }> {
    const role = await createRole(app.database.dataSource, org.tenant.id, ['users.access', 'users.read']);
    const user = await createUser(app.database.dataSource, org.tenant.id, role.id);
    return { id: user.id, token: await signIn(app, org.tenant.slug, user.username) };
  }

  it('refuses a session ended by any statement, on this instance and the other', async () => {
    const { token } = await reader();
    ok(await app.graphql(ME, {}, token));
    ok(await second.graphql(ME, {}, token));
    await app.database.dataSource.query("UPDATE auth_session SET revoked_at = now(), revoked_reason = 'test' WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM user_account WHERE role_id <> $1)", [org.adminRoleId]);
    expect((await app.graphql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await second.graphql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a deactivated user and a suspended tenant on the next request', async () => {
    const deactivated = await reader();
    ok(await second.graphql(ME, {}, deactivated.token));
    await app.database.dataSource.query('UPDATE user_account SET is_active = false WHERE id = $1', [deactivated.id]);
    expect((await second.graphql(ME, {}, deactivated.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const active = await reader();
    ok(await second.graphql(ME, {}, active.token));
    await app.database.dataSource.query('UPDATE tenant SET suspended_at = now() WHERE id = $1', [org.tenant.id]);
    expect((await second.graphql(ME, {}, active.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await app.database.dataSource.query('UPDATE tenant SET suspended_at = NULL WHERE id = $1', [org.tenant.id]);
    ok(await second.graphql(ME, {}, active.token));
  });

  it('signs out through one instance and the other refuses the token at once', async () => {
    const { token } = await reader();
    ok(await second.graphql(USERS, {}, token));
    ok(await app.graphql('mutation { logout }', {}, token));
    expect((await second.graphql(USERS, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  // The embedded database has no connection to lose: its notices arrive with the statement that commits.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('reads from the database while the notices connection is down, and caches again once it is back', async () => {
    const { id, token } = await reader();
    ok(await app.graphql(ME, {}, token));
    const dropped = (await app.database.dataSource.query(
      'SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [changeNoticesApplication(PRINCIPAL_CHANGE_CHANNEL)],
    )) as Array<{ done: boolean }>;
    expect(dropped.length).toBe(2);
    // A change made while nobody listens is still seen: without notices nothing is answered from memory.
    await app.database.dataSource.query('UPDATE user_account SET is_active = false WHERE id = $1', [id]);
    expect((await app.graphql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await second.graphql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await app.database.dataSource.query('UPDATE user_account SET is_active = true WHERE id = $1', [id]);
    await expect.poll(() => statementsFor(app, ME, token), { timeout: 5_000, interval: 100 }).toBe(0);
  });
});
