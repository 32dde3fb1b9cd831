import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on TwoFactorRequired { challengeToken }
    ... on TwoFactorEnrollmentRequired { enrollmentToken otpauthUri qrCodeDataUrl secret }
    ... on Session { accessToken }
  }
}`;
const VERIFY = 'mutation($t: String!, $c: String!) { verifyTwoFactor(challengeToken: $t, code: $c) { __typename ... on Session { accessToken } } }';
interface Login {
  login: { __typename: string; challengeToken?: string; enrollmentToken?: string; otpauthUri?: string; qrCodeDataUrl?: string; secret?: string };
}

describe('two-factor sign-in with TOTP', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;

  const login = (username: string) => app.graphql<Login>(LOGIN, { input: { tenant: org.tenant.slug, username, password: TEST_PASSWORD } });
  const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'TOTP Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('enrols at the next sign-in once an admin requires it, then asks for a code every time; a code works once', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    ok(await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, twoFactorRequired: true }) { id } }', { id: user.id }, org.token));

    const enrol = ok(await login(user.username)).login;
    expect(enrol.__typename).toBe('TwoFactorEnrollmentRequired');
    const uri = new URL(enrol.otpauthUri!);
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toContain(`${org.tenant.slug}:${user.username}`);
    expect(uri.searchParams.get('issuer')).toBe('Access');
    expect(uri.searchParams.get('secret')).toBe(enrol.secret);
    expect(enrol.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await app.graphql('{ me { username } }', {}, enrol.enrollmentToken)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });

    const CONFIRM = 'mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes session { accessToken } } }';
    const wrong = await app.graphql(CONFIRM, { t: enrol.enrollmentToken, c: '000000' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const firstCode = await codeAt(enrol.secret!);
    const confirmed = ok(await app.graphql<{ confirmTwoFactorEnrollment: { recoveryCodes: string[]; session: { accessToken: string } } }>(CONFIRM, {
      t: enrol.enrollmentToken,
      c: firstCode,
    })).confirmTwoFactorEnrollment;
    expect(confirmed.recoveryCodes).toHaveLength(10);
    ok(await app.graphql('{ me { username } }', {}, confirmed.session.accessToken));

    const challenge = ok(await login(user.username)).login;
    expect(challenge.__typename).toBe('TwoFactorRequired');
    const replay = await app.graphql(VERIFY, { t: challenge.challengeToken, c: firstCode });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const next = ok(await app.graphql<{ verifyTwoFactor: { __typename: string } }>(VERIFY, { t: challenge.challengeToken, c: await codeAt(enrol.secret!, 30) }));
    expect(next.verifyTwoFactor.__typename).toBe('Session');

    const again = ok(await login(user.username)).login;
    const recovery = confirmed.recoveryCodes[0]!;
    expect(ok(await app.graphql<{ verifyTwoFactor: { __typename: string } }>(VERIFY, { t: again.challengeToken, c: recovery.toUpperCase() })).verifyTwoFactor.__typename).toBe('Session');
    const reused = await app.graphql(VERIFY, { t: again.challengeToken, c: recovery });
    expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const state = ok(await app.graphql<{ user: { twoFactorEnabled: boolean; twoFactorEnrolledAt: string | null } }>(
      'query($id: ID!) { user(id: $id) { twoFactorEnabled twoFactorEnrolledAt } }',
      { id: user.id },
      org.token,
    ));
    expect(state.user.twoFactorEnabled).toBe(true);
    const [stored]: Array<{ totp_enabled_at: Date }> = await app.database.dataSource.query('SELECT totp_enabled_at FROM user_account WHERE id = $1', [user.id]);
    expect(state.user.twoFactorEnrolledAt).toBe(stored!.totp_enabled_at.toISOString());
  });

  it('opens one session per challenge: replaying the challenge token after a successful sign-in is refused, even with a valid code', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    ok(await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, twoFactorRequired: true }) { id } }', { id: user.id }, org.token));
    const enrol = ok(await login(user.username)).login;
    const { recoveryCodes } = ok(await app.graphql<{ confirmTwoFactorEnrollment: { recoveryCodes: string[] } }>(
      'mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes } }',
      { t: enrol.enrollmentToken, c: await codeAt(enrol.secret!) },
    )).confirmTwoFactorEnrollment;
    type Verified = { verifyTwoFactor: { __typename: string } };

    const challenge = ok(await login(user.username)).login.challengeToken!;
    expect(ok(await app.graphql<Verified>(VERIFY, { t: challenge, c: recoveryCodes[0] })).verifyTwoFactor.__typename).toBe('Session');
    const replay = await app.graphql(VERIFY, { t: challenge, c: recoveryCodes[1] });
    expect(replay.data).toBeNull();
    expect(replay.errors?.[0]).toMatchObject({ message: 'Sign in again', extensions: { code: 'UNAUTHENTICATED' } });
    const reasons: Array<{ reason: string }> = await app.database.dataSource.query(
      "SELECT after->>'reason' AS reason FROM audit_entry WHERE target_id = $1 AND action = 'auth.login_refused'",
      [user.id],
    );
    expect(reasons.map((row) => row.reason)).toEqual(['CHALLENGE_ALREADY_USED']);

    // The refused replay did not spend the recovery code it carried.
    const fresh = ok(await login(user.username)).login.challengeToken!;
    expect(ok(await app.graphql<Verified>(VERIFY, { t: fresh, c: recoveryCodes[1] })).verifyTwoFactor.__typename).toBe('Session');

    const raced = ok(await login(user.username)).login.challengeToken!;
    const answers = await Promise.all([recoveryCodes[2], recoveryCodes[3]].map((code) => app.graphql<Verified>(VERIFY, { t: raced, c: code })));
    expect(answers.map((answer) => answer.data?.verifyTwoFactor.__typename ?? answer.errors?.[0]?.extensions?.code).sort()).toEqual(['Session', 'UNAUTHENTICATED']);
    const [sessions]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM auth_session WHERE user_id = $1', [user.id]);
    expect(Number(sessions!.count)).toBe(4);
  });

  it('counts wrong codes towards the sign-in lockout', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    ok(await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, twoFactorRequired: true }) { id } }', { id: user.id }, org.token));
    const enrol = ok(await login(user.username)).login;
    ok(await app.graphql('mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes } }', {
      t: enrol.enrollmentToken,
      c: await codeAt(enrol.secret!),
    }));
    const challenge = ok(await login(user.username)).login;
    for (let i = 0; i < 5; i++) await app.graphql(VERIFY, { t: challenge.challengeToken, c: `12345${i}` });
    const locked = await app.graphql(VERIFY, { t: challenge.challengeToken, c: await codeAt(enrol.secret!, 30) });
    expect(locked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reasons: Array<{ reason: string }> = await app.database.dataSource.query(
      "SELECT after->>'reason' AS reason FROM audit_entry WHERE target_id = $1 AND action = 'auth.login_refused' ORDER BY sequence",
      [user.id],
    );
    expect(reasons.map((row) => row.reason)).toEqual(['WRONG_TOTP', 'WRONG_TOTP', 'WRONG_TOTP', 'WRONG_TOTP', 'WRONG_TOTP', 'LOCKED_OUT']);
  });

  it('lets an admin reset a lost authenticator: the next sign-in enrols again', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    ok(await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, twoFactorRequired: true }) { id } }', { id: user.id }, org.token));
    const enrol = ok(await login(user.username)).login;
    ok(await app.graphql('mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes } }', {
      t: enrol.enrollmentToken,
      c: await codeAt(enrol.secret!),
    }));
    const reset = ok(await app.graphql<{ resetTwoFactor: { twoFactorEnabled: boolean; twoFactorEnrolledAt: string | null } }>(
      'mutation($id: ID!) { resetTwoFactor(id: $id) { twoFactorEnabled twoFactorEnrolledAt } }',
      { id: user.id },
      org.token,
    ));
    expect(reset.resetTwoFactor).toEqual({ twoFactorEnabled: false, twoFactorEnrolledAt: null });
    expect(ok(await login(user.username)).login.__typename).toBe('TwoFactorEnrollmentRequired');
  });

  it('keeps asking enrolled users for their code after the organisation stops requiring two-factor', async () => {
    const SETTINGS = 'mutation($on: Boolean!) { updateTenantSettings(input: { twoFactorRequiredForAll: $on }) { twoFactorRequiredForAll } }';
    const other = await tenantWithAdmin(app, 'TOTP Policy Org');
    const staff = (await createRole(app.database.dataSource, other.tenant.id, [], 'Staff')).id;
    const user = await createUser(app.database.dataSource, other.tenant.id, staff);
    const signInTo = (username: string) => app.graphql<Login>(LOGIN, { input: { tenant: other.tenant.slug, username, password: TEST_PASSWORD } });
    ok(await app.graphql(SETTINGS, { on: true }, other.token));
    const enrol = ok(await signInTo(user.username)).login;
    expect(enrol.__typename).toBe('TwoFactorEnrollmentRequired');
    ok(await app.graphql('mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes } }', {
      t: enrol.enrollmentToken,
      c: await codeAt(enrol.secret!),
    }));

    ok(await app.graphql(SETTINGS, { on: false }, other.token));
    expect(ok(await signInTo(user.username)).login.__typename).toBe('TwoFactorRequired');
    const state = ok(await app.graphql<{ user: { twoFactorEnabled: boolean } }>('query($id: ID!) { user(id: $id) { twoFactorEnabled } }', { id: user.id }, other.token));
    expect(state.user.twoFactorEnabled).toBe(true);
  });
});
