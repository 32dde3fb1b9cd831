import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TestClock } from '../../../test-support/test-clock.js';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { __typename ... on TwoFactorRequired { challengeToken } ... on TwoFactorEnrollmentRequired { enrollmentToken secret } }
}`;
const VERIFY = 'mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { __typename } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
// The documented account threshold; the address limit is raised so this file's attempts from 127.0.0.1 never trip it.
const SIGN_IN = { ...loadConfig({ NODE_ENV: 'test' }).signIn, addressMaxFailures: 1000 };
const MAX = SIGN_IN.accountMaxFailures;

interface Login {
  login: { __typename: string; challengeToken?: string; enrollmentToken?: string; secret?: string };
}

describe('one failure count per account across sign-in steps and password changes', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;
  const clock = new TestClock();

  const login = (username: string, password = TEST_PASSWORD) => app.graphql<Login>(LOGIN, { input: { tenant: org.tenant.slug, username, password } });
  const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
  const failuresOf = async (userId: string) =>
    (await app.database.dataSource.query<Array<{ failures: number }>>('SELECT failures FROM login_throttle WHERE key = $1', [`user:${userId}`]))[0]?.failures;
  const audited = async (userId: string, action: string) =>
    (await app.database.dataSource.query<Array<{ after: Record<string, unknown> }>>(
      'SELECT after FROM audit_entry WHERE target_id = $1 AND action = $2 ORDER BY sequence',
      [userId, action],
    )).map((row) => row.after);

  beforeAll(async () => {
    app = await startTestApp({ signIn: SIGN_IN, clock });
    org = await tenantWithAdmin(app, 'Lockout Steps Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts wrong codes across correct passwords and locks; only a completed sign-in clears the count', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    ok(await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, twoFactorRequired: true }) { id } }', { id: user.id }, org.token));
    const enrol = ok(await login(user.username)).login;
    ok(await app.graphql('mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes } }', {
      t: enrol.enrollmentToken,
      c: await codeAt(enrol.secret!),
    }));

    // Each round stays one failure short of the limit; a correct password in between must not wash them out.
    let challengeToken = '';
    for (let round = 0; round < 2; round++) {
      const challenge = ok(await login(user.username)).login;
      expect(challenge.__typename).toBe('TwoFactorRequired');
      challengeToken = challenge.challengeToken!;
      for (let i = 0; i < MAX - 1; i++) await app.graphql(VERIFY, { t: challengeToken, c: `00000${i}` });
    }
    const wrongCodes = (await audited(user.id, 'auth.login_refused')).filter((after) => after.reason === 'WRONG_TOTP');
    expect(wrongCodes).toHaveLength(MAX);
    expect(await audited(user.id, 'auth.lockout')).toHaveLength(1);

    const withRightCode = await app.graphql(VERIFY, { t: challengeToken, c: await codeAt(enrol.secret!, 30) });
    expect(withRightCode.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const withRightPassword = await login(user.username);
    expect(withRightPassword.errors?.[0]?.message).toBe('Invalid username or password');

    const [row]: Array<{ locked_until: Date }> = await app.database.dataSource.query('SELECT locked_until FROM login_throttle WHERE key = $1', [`user:${user.id}`]);
    clock.advanceTo(row!.locked_until);
    const after = ok(await login(user.username)).login;
    expect(await failuresOf(user.id)).toBe(MAX);
    expect(ok(await app.graphql<{ verifyTwoFactor: { __typename: string } }>(VERIFY, { t: after.challengeToken, c: await codeAt(enrol.secret!, 30) })).verifyTwoFactor.__typename).toBe(
      'Session',
    );
    expect(await failuresOf(user.id)).toBe(0);
  });

  it('counts wrong current passwords on changeMyPassword and locks the account like sign-in', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const token = await signIn(app, org.tenant.slug, user.username);
    for (let i = 0; i < MAX; i++) {
      const wrong = await app.graphql(CHANGE, { c: `Wrong#Current${i}`, n: 'Quarry#Lantern52' }, token);
      expect(wrong.errors?.[0]).toMatchObject({ message: 'The current password is not right', extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    }
    const locked = await app.graphql(CHANGE, { c: TEST_PASSWORD, n: 'Quarry#Lantern52' }, token);
    expect(locked.errors?.[0]).toMatchObject({ message: 'The current password is not right', extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } });
    expect((await login(user.username)).errors?.[0]?.message).toBe('Invalid username or password');
    expect((await audited(user.id, 'user.change_own_password_refused')).map((after) => after.reason)).toEqual([
      ...Array<string>(MAX).fill('WRONG_PASSWORD'),
      'LOCKED_OUT',
    ]);
    expect(await audited(user.id, 'auth.lockout')).toHaveLength(1);

    ok(await app.graphql('mutation($id: ID!) { clearSignInLockout(id: $id) { id } }', { id: user.id }, org.token));
    await app.graphql(CHANGE, { c: 'Wrong#Current', n: 'Quarry#Lantern52' }, token);
    // A right current password with a new one the policy refuses is not a failure.
    expect((await app.graphql(CHANGE, { c: TEST_PASSWORD, n: 'weak' }, token)).errors?.[0]?.extensions?.field).toBe('newPassword');
    expect(await failuresOf(user.id)).toBe(1);
    expect(ok(await app.graphql<{ changeMyPassword: boolean }>(CHANGE, { c: TEST_PASSWORD, n: 'Quarry#Lantern52' }, token)).changeMyPassword).toBe(true);
  });
});
