import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSuperAdmin, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, tenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { deactivateSuperAdmin } from '../use-cases/accounts.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  __typename ... on Session { accessToken } ... on TwoFactorRequired { challengeToken }
  ... on TwoFactorEnrollmentRequired { enrollmentToken otpauthUri } } }`;
const ENROL = `mutation($token: String!, $code: String!) { confirmTwoFactorEnrollment(enrollmentToken: $token, code: $code) {
  recoveryCodes session { accessToken } } }`;
const VERIFY = `mutation($token: String!, $code: String!) { verifyTwoFactor(challengeToken: $token, code: $code) {
  __typename ... on Session { accessToken } } }`;
const CREATE = `mutation($input: CreateSuperAdminInput!) { createSuperAdmin(input: $input) {
  id username displayName email active twoFactorRequired twoFactorEnabled } }`;
const DEACTIVATE = 'mutation($id: ID!) { deactivateSuperAdmin(id: $id) { id active } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateSuperAdmin(id: $id) { id active } }';
const LIST = '{ superAdmins { id username active twoFactorEnabled lastLoginAt } }';
const TENANTS = '{ tenants { id } }';
const NEW_PASSWORD = 'Platform#Ops2026';

interface Login {
  login: { __typename: string; accessToken?: string; challengeToken?: string; enrollmentToken?: string; otpauthUri?: string };
}

describe('super admin accounts', () => {
  let app: TestApp;
  let operator: { id: string; token: string };

  const login = (username: string, password: string) => app.graphql<Login>(LOGIN, { input: { tenant: null, username, password } });
  const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
  const platformAudit = async (targetId: string) =>
    app.database.dataSource.query<Array<{ action: string; after: Record<string, unknown> }>>(
      'SELECT action, after FROM audit_entry WHERE tenant_id IS NULL AND target_id = $1 ORDER BY sequence',
      [targetId],
    );
  const count = async () => Number((await app.database.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM super_admin'))[0]!.n);

  beforeAll(async () => {
    app = await startTestApp();
    operator = await signedInSuperAdmin(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates an account that must enrol an authenticator before it gets a session, then asks for a code every time', async () => {
    const created = ok(await app.graphql<{ createSuperAdmin: { id: string; active: boolean; twoFactorRequired: boolean; twoFactorEnabled: boolean } }>(
      CREATE,
      { input: { username: 'grace.ops', displayName: 'Grace Ops', email: 'Grace@Platform.example', password: NEW_PASSWORD } },
      operator.token,
    )).createSuperAdmin;
    expect(created).toMatchObject({ active: true, twoFactorRequired: true, twoFactorEnabled: false });
    expect((await platformAudit(created.id)).map((entry) => entry.action)).toEqual(['super_admin.create']);

    const first = ok(await login('grace.ops', NEW_PASSWORD)).login;
    expect(first.__typename).toBe('TwoFactorEnrollmentRequired');
    // The enrolment token is no credential for anything else.
    expect((await app.graphql(TENANTS, {}, first.enrollmentToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const secret = new URL(first.otpauthUri!).searchParams.get('secret')!;
    expect(new URL(first.otpauthUri!).pathname).toContain('platform:grace.ops');
    const enrolled = ok(await app.graphql<{ confirmTwoFactorEnrollment: { recoveryCodes: string[]; session: { accessToken: string } } }>(
      ENROL,
      { token: first.enrollmentToken, code: await codeAt(secret) },
      {} as never,
    )).confirmTwoFactorEnrollment;
    expect(enrolled.recoveryCodes).toHaveLength(10);
    ok(await app.graphql(TENANTS, {}, enrolled.session.accessToken));

    const second = ok(await login('grace.ops', NEW_PASSWORD)).login;
    expect(second.__typename).toBe('TwoFactorRequired');
    const wrong = await app.graphql(VERIFY, { token: second.challengeToken, code: '000000' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viaRecovery = ok(await app.graphql<{ verifyTwoFactor: { __typename: string; accessToken: string } }>(VERIFY, {
      token: second.challengeToken,
      code: enrolled.recoveryCodes[0],
    })).verifyTwoFactor;
    expect(viaRecovery.__typename).toBe('Session');
    ok(await app.graphql(TENANTS, {}, viaRecovery.accessToken));

    expect((await platformAudit(created.id)).map((entry) => [entry.action, entry.after?.reason ?? null])).toEqual([
      ['super_admin.create', null],
      ['super_admin.two_factor_enrolled', null],
      ['auth.login_refused', 'WRONG_TOTP'],
    ]);
    const listed = ok(await app.graphql<{ superAdmins: Array<{ id: string; twoFactorEnabled: boolean; lastLoginAt: string | null }> }>(LIST, {}, operator.token));
    expect(listed.superAdmins.find((admin) => admin.id === created.id)).toMatchObject({ twoFactorEnabled: true, lastLoginAt: expect.any(String) });
  });

  it('refuses a weak password, a bad email and a taken username, creating nothing', async () => {
    const before = await count();
    const weak = await app.graphql(CREATE, { input: { username: 'weak.ops', displayName: 'Weak', email: 'weak@platform.example', password: 'password' } }, operator.token);
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const email = await app.graphql(CREATE, { input: { username: 'mail.ops', displayName: 'Mail', email: 'nope', password: NEW_PASSWORD } }, operator.token);
    expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const taken = await app.graphql(CREATE, { input: { username: 'GRACE.OPS', displayName: 'Twin', email: 'twin@platform.example', password: NEW_PASSWORD } }, operator.token);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USERNAME_TAKEN', field: 'username' });
    expect(await count()).toBe(before);
  });

  it('is refused to tenant users', async () => {
    const org = await tenantWithAdmin(app, 'Tenant Org');
    expect((await app.graphql(LIST, {}, org.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(DEACTIVATE, { id: operator.id }, org.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deactivation ends the sessions at once and refuses sign-in with the generic message; reactivation lets it sign in again', async () => {
    const other = await signedInSuperAdmin(app);
    const [{ username }] = (await app.database.dataSource.query<Array<{ username: string }>>('SELECT username FROM super_admin WHERE id = $1', [other.id])) as [{ username: string }];
    ok(await app.graphql(TENANTS, {}, other.token));
    expect(ok(await app.graphql<{ deactivateSuperAdmin: { active: boolean } }>(DEACTIVATE, { id: other.id }, operator.token)).deactivateSuperAdmin.active).toBe(false);
    expect((await app.graphql(TENANTS, {}, other.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(username!, TEST_PASSWORD)).errors?.[0]?.message).toBe('Invalid username or password');
    expect((await platformAudit(other.id)).map((entry) => [entry.action, entry.after?.reason ?? null])).toEqual([
      ['super_admin.deactivate', null],
      ['auth.login_refused', 'SUPER_ADMIN_DEACTIVATED'],
    ]);
    expect((await app.graphql(DEACTIVATE, { id: other.id }, operator.token)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUPER_ADMIN_INACTIVE' });

    ok(await app.graphql(REACTIVATE, { id: other.id }, operator.token));
    expect(ok(await login(username!, TEST_PASSWORD)).login.__typename).toBe('Session');
  });

  it('never deactivates the last active super admin, even when the last two deactivate each other at the same moment', async () => {
    const ds = app.database.dataSource;
    const deps = { dataSource: ds } as UseCaseDeps;
    const actorFor = (id: string) => ({ tenantId: null, userId: null, superAdminId: id, label: 'Racer (super admin)', origin: {} });
    await ds.query('UPDATE super_admin SET deactivated_at = now() WHERE id <> $1', [operator.id]);
    for (let round = 0; round < 5; round += 1) {
      const partner = await createSuperAdmin(ds);
      const survivor = (await ds.query<Array<{ id: string }>>('SELECT id FROM super_admin WHERE deactivated_at IS NULL AND id <> $1', [partner.id]))[0]!.id;
      // Called below the HTTP layer, so both transactions really start before either commits.
      const outcomes = await Promise.allSettled([
        deactivateSuperAdmin(deps, actorFor(survivor), partner.id),
        deactivateSuperAdmin(deps, actorFor(partner.id), survivor),
      ]);
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_SUPER_ADMIN' });
      const [{ n }] = (await ds.query('SELECT count(*) AS n FROM super_admin WHERE deactivated_at IS NULL')) as [{ n: string }];
      expect(Number(n)).toBe(1);
    }

    const [last] = await ds.query<Array<{ id: string; username: string }>>('SELECT id, username FROM super_admin WHERE deactivated_at IS NULL');
    const token = ok(await login(last!.username, TEST_PASSWORD)).login.accessToken;
    const refused = await app.graphql(DEACTIVATE, { id: last!.id }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_SUPER_ADMIN' });
  });
});
