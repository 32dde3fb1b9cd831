import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';
const SIGN_IN = { accountMaxFailures: 5, addressMaxFailures: 1000, baseLockoutSeconds: 900, maxLockoutSeconds: 86400 };

describe('brute-force protection', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;

  const attempt = (username: string, password: string) => app.graphql(LOGIN, { input: { tenant: org.tenant.slug, username, password } });
  const reasons = async (userId: string) =>
    (await app.database.dataSource.query<Array<{ reason: string }>>(
      "SELECT after->>'reason' AS reason FROM audit_entry WHERE target_id = $1 AND action = 'auth.login_refused' ORDER BY occurred_at, id",
      [userId],
    )).map((row) => row.reason);
  const lockedUntil = async (userId: string) =>
    ok(await app.graphql<{ user: { signInLockedUntil: string | null } }>('query($id: ID!) { user(id: $id) { signInLockedUntil } }', { id: userId }, org.token)).user
      .signInLockedUntil;

  beforeAll(async () => {
    app = await startTestApp({ signIn: SIGN_IN });
    org = await tenantWithAdmin(app, 'Throttle Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('locks an account after repeated failures, with the same message as a wrong password, until an admin clears it', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 5; i++) expect((await attempt(user.username, `Wrong#Guess${i}`)).errors?.[0]?.message).toBe('Invalid username or password');
    const locked = await attempt(user.username, TEST_PASSWORD);
    expect(locked.errors?.[0]?.message).toBe('Invalid username or password');
    expect(await reasons(user.id)).toEqual(['WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'LOCKED_OUT']);
    const [lockout]: Array<{ after: { lockedUntil: string } }> = await app.database.dataSource.query(
      "SELECT after FROM audit_entry WHERE target_id = $1 AND action = 'auth.lockout'",
      [user.id],
    );
    expect(new Date(lockout!.after.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 800_000);
    expect(await lockedUntil(user.id)).toEqual(expect.any(String));
    const state = ok(await app.graphql<{ user: { state: string } }>('query($id: ID!) { user(id: $id) { state } }', { id: user.id }, org.token)).user.state;
    expect(state).toBe('ACTIVE');

    ok(await app.graphql('mutation($id: ID!) { clearSignInLockout(id: $id) { id } }', { id: user.id }, org.token));
    expect(await lockedUntil(user.id)).toBeNull();
    ok(await attempt(user.username, TEST_PASSWORD));
  });

  it('lets no more attempts through than the limit, however many arrive at once', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(user.username, `Parallel#Guess${i}`)));
    const seen = await reasons(user.id);
    expect(seen.filter((reason) => reason === 'WRONG_PASSWORD')).toHaveLength(5);
    expect(seen.filter((reason) => reason === 'LOCKED_OUT')).toHaveLength(7);
  });

  it('doubles the lockout with each failure past the limit, and a success resets the count', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 4; i++) await attempt(user.username, 'Wrong#Guess1');
    ok(await attempt(user.username, TEST_PASSWORD));
    const [reset]: Array<{ failures: number }> = await app.database.dataSource.query('SELECT failures FROM login_throttle WHERE key = $1', [`user:${user.id}`]);
    expect(reset!.failures).toBe(0);

    for (let i = 0; i < 5; i++) await attempt(user.username, 'Wrong#Guess1');
    await app.database.dataSource.query("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE key = $1", [`user:${user.id}`]);
    await attempt(user.username, 'Wrong#Guess1');
    const [row]: Array<{ failures: number; seconds: number }> = await app.database.dataSource.query(
      'SELECT failures, extract(epoch from locked_until - now()) AS seconds FROM login_throttle WHERE key = $1',
      [`user:${user.id}`],
    );
    expect(row!.failures).toBe(6);
    expect(Number(row!.seconds)).toBeGreaterThan(1700);
    expect(Number(row!.seconds)).toBeLessThanOrEqual(1800);
  });

  it('forgets old failures after a quiet period', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 4; i++) await attempt(user.username, 'Wrong#Guess1');
    await app.database.dataSource.query("UPDATE login_throttle SET updated_at = now() - interval '16 minutes' WHERE key = $1", [`user:${user.id}`]);
    await attempt(user.username, 'Wrong#Guess1');
    const [row]: Array<{ failures: number; locked_until: Date | null }> = await app.database.dataSource.query(
      'SELECT failures, locked_until FROM login_throttle WHERE key = $1',
      [`user:${user.id}`],
    );
    expect(row).toEqual({ failures: 1, locked_until: null });
  });

  it('limits attempts per client address across accounts', async () => {
    const strict = await startTestApp({ signIn: { ...SIGN_IN, addressMaxFailures: 3 } }, { database: app.database });
    try {
      const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
      for (const name of ['nobody-1', 'nobody-2', 'nobody-3']) {
        await strict.graphql(LOGIN, { input: { tenant: org.tenant.slug, username: name, password: 'Whatever#123' } });
      }
      const blocked = await strict.graphql(LOGIN, { input: { tenant: org.tenant.slug, username: user.username, password: TEST_PASSWORD } });
      expect(blocked.errors?.[0]?.message).toBe('Invalid username or password');
      expect(await reasons(user.id)).toEqual(['LOCKED_OUT']);
    } finally {
      await strict.close();
      await app.database.dataSource.query("DELETE FROM login_throttle WHERE key LIKE 'address:%'");
    }
  });
});
