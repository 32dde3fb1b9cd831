import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TestClock } from '../../../test-support/test-clock.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';
const DEFAULTS = loadConfig({ NODE_ENV: 'test' }).signIn;
// The documented account thresholds; the address limit is raised so one test file's attempts from 127.0.0.1 never trip it.
const SIGN_IN = { ...DEFAULTS, addressMaxFailures: 1000 };

describe('brute-force protection', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;
  const clock = new TestClock();

  const attempt = (username: string, password: string) => app.graphql(LOGIN, { input: { tenant: org.tenant.slug, username, password } });
  const throttleRow = async (userId: string) =>
    (await app.database.dataSource.query<Array<{ failures: number; locked_until: Date | null }>>(
      'SELECT failures, locked_until FROM login_throttle WHERE key = $1',
      [`user:${userId}`],
    ))[0]!;
  const secondsFromNow = (moment: Date) => (moment.getTime() - clock.now().getTime()) / 1000;
  const reasons = async (userId: string) =>
    (await app.database.dataSource.query<Array<{ reason: string }>>(
      "SELECT after->>'reason' AS reason FROM audit_entry WHERE target_id = $1 AND action = 'auth.login_refused' ORDER BY sequence",
      [userId],
    )).map((row) => row.reason);
  const lockedUntil = async (userId: string) =>
    ok(await app.graphql<{ user: { signInLockedUntil: string | null } }>('query($id: ID!) { user(id: $id) { signInLockedUntil } }', { id: userId }, org.token)).user
      .signInLockedUntil;

  beforeAll(async () => {
    app = await startTestApp({ signIn: SIGN_IN, clock });
    org = await tenantWithAdmin(app, 'Throttle Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('uses the thresholds the README documents by default', () => {
    expect(DEFAULTS).toEqual({ accountMaxFailures: 5, addressMaxFailures: 50, baseLockoutSeconds: 900, maxLockoutSeconds: 86400 });
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
    expect(secondsFromNow(new Date(lockout!.after.lockedUntil))).toBe(900);
    expect(await lockedUntil(user.id)).toEqual(expect.any(String));
    const state = ok(await app.graphql<{ user: { state: string } }>('query($id: ID!) { user(id: $id) { state } }', { id: user.id }, org.token)).user.state;
    expect(state).toBe('ACTIVE');

    ok(await app.graphql('mutation($id: ID!) { clearSignInLockout(id: $id) { id } }', { id: user.id }, org.token));
    expect(await lockedUntil(user.id)).toBeNull();
    ok(await attempt(user.username, TEST_PASSWORD));
  });

  it('lets no more attempts through than the limit, however many arrive at once', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => attempt(user.username, `Parallel#Guess${i}`)));
    expect(answers.map((answer) => answer.errors?.[0]?.message)).toEqual(Array.from({ length: 100 }, () => 'Invalid username or password'));
    // Each password checked against the hash leaves one WRONG_PASSWORD entry; the rest were refused unchecked.
    const seen = await reasons(user.id);
    expect(seen.filter((reason) => reason === 'WRONG_PASSWORD')).toHaveLength(5);
    expect(seen.filter((reason) => reason === 'LOCKED_OUT')).toHaveLength(95);
    expect((await throttleRow(user.id)).failures).toBe(5);
  });

  it('ends a lockout by itself when its time is up, however often it is tried meanwhile', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 5; i++) await attempt(user.username, 'Wrong#Guess1');
    const locked = await throttleRow(user.id);
    expect(secondsFromNow(locked.locked_until!)).toBe(900);

    clock.advanceSeconds(899);
    expect((await attempt(user.username, TEST_PASSWORD)).errors?.[0]?.message).toBe('Invalid username or password');
    expect(await throttleRow(user.id)).toEqual(locked);

    clock.advanceSeconds(1);
    ok(await attempt(user.username, TEST_PASSWORD));
    expect(await reasons(user.id)).toEqual(['WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'LOCKED_OUT']);
    expect(await throttleRow(user.id)).toEqual({ failures: 0, locked_until: null });
  });

  it('doubles the lockout with each failure past the limit up to the maximum, and a success resets the count', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 4; i++) await attempt(user.username, 'Wrong#Guess1');
    ok(await attempt(user.username, TEST_PASSWORD));
    expect((await throttleRow(user.id)).failures).toBe(0);

    for (let i = 0; i < 5; i++) await attempt(user.username, 'Wrong#Guess1');
    const lockouts: number[] = [];
    for (let failures = 5; failures <= 13; failures++) {
      const row = await throttleRow(user.id);
      expect(row.failures).toBe(failures);
      lockouts.push(secondsFromNow(row.locked_until!));
      clock.advanceTo(row.locked_until!);
      if (failures < 13) await attempt(user.username, 'Wrong#Guess1');
    }
    expect(lockouts).toEqual([900, 1800, 3600, 7200, 14400, 28800, 57600, 86400, 86400]);

    ok(await attempt(user.username, TEST_PASSWORD));
    expect(await throttleRow(user.id)).toEqual({ failures: 0, locked_until: null });
  });

  it('forgets failures after a quiet period as long as the first lockout, counted from the last failure or the end of a lockout', async () => {
    const remembered = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 4; i++) await attempt(remembered.username, 'Wrong#Guess1');
    clock.advanceSeconds(900);
    await attempt(remembered.username, 'Wrong#Guess1');
    expect(await throttleRow(remembered.id)).toEqual({ failures: 5, locked_until: new Date(clock.now().getTime() + 900_000) });

    const forgotten = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 4; i++) await attempt(forgotten.username, 'Wrong#Guess1');
    clock.advanceSeconds(900.001);
    await attempt(forgotten.username, 'Wrong#Guess1');
    expect(await throttleRow(forgotten.id)).toEqual({ failures: 1, locked_until: null });

    const wasLocked = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let i = 0; i < 5; i++) await attempt(wasLocked.username, 'Wrong#Guess1');
    clock.advanceTo((await throttleRow(wasLocked.id)).locked_until!);
    clock.advanceSeconds(900.001);
    await attempt(wasLocked.username, 'Wrong#Guess1');
    expect(await throttleRow(wasLocked.id)).toEqual({ failures: 1, locked_until: null });
  });

  it('limits attempts per client address across accounts', async () => {
    await app.database.dataSource.query("DELETE FROM login_throttle WHERE key LIKE 'address:%'");
    const strict = await startTestApp({ signIn: { ...SIGN_IN, addressMaxFailures: 3 }, clock }, { database: app.database });
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
