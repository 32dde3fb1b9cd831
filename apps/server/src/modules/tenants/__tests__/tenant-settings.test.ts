import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const READ = `{ tenantSettings { authenticationMode externalAuthorization localPasswordFallback twoFactorRequiredForAll
  lockoutMaxFailures lockoutSeconds lockoutMaxSeconds sessionLifetimeDays accessTokenTtlSeconds defaultRole { name }
  passwordPolicy { minLength } platformDefaults { lockoutMaxFailures sessionLifetimeDays accessTokenTtlSeconds } } }`;
const UPDATE = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) {
  twoFactorRequiredForAll lockoutMaxFailures lockoutSeconds lockoutMaxSeconds sessionLifetimeDays accessTokenTtlSeconds } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on Session { accessToken expiresAt sessionId } } }`;

interface Login {
  login: { __typename: string; accessToken?: string; expiresAt?: string; sessionId?: string };
}

describe('tenant settings', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let other: TenantWithAdmin;

  const login = (tenant: TenantWithAdmin, username: string, password = 'Correct#Horse9') =>
    app.graphql<Login>(LOGIN, { input: { tenant: tenant.tenant.slug, username, password } });

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Settings Org');
    other = await tenantWithAdmin(app, 'Other Settings Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('start from the platform defaults of the environment', async () => {
    const { tenantSettings } = ok(await app.graphql<{ tenantSettings: Record<string, unknown> }>(READ, {}, org.token));
    expect(tenantSettings).toEqual({
      authenticationMode: 'INTERNAL',
      externalAuthorization: false,
      localPasswordFallback: false,
      twoFactorRequiredForAll: false,
      lockoutMaxFailures: app.config.signIn.accountMaxFailures,
      lockoutSeconds: app.config.signIn.baseLockoutSeconds,
      lockoutMaxSeconds: app.config.signIn.maxLockoutSeconds,
      sessionLifetimeDays: app.config.sessionLifetimeDays,
      accessTokenTtlSeconds: app.config.accessTokenTtlSeconds,
      defaultRole: null,
      passwordPolicy: { minLength: 8 },
      platformDefaults: {
        lockoutMaxFailures: app.config.signIn.accountMaxFailures,
        sessionLifetimeDays: app.config.sessionLifetimeDays,
        accessTokenTtlSeconds: app.config.accessTokenTtlSeconds,
      },
    });
  });

  it('refuses values out of range and impossible combinations, changing nothing', async () => {
    const low = await app.graphql(UPDATE, { input: { lockoutMaxFailures: 1 } }, org.token);
    expect(low.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lockoutMaxFailures', reason: 'TENANT_SETTINGS_INVALID' });
    const order = await app.graphql(UPDATE, { input: { lockoutSeconds: 3600, lockoutMaxSeconds: 600 } }, org.token);
    expect(order.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lockoutMaxSeconds' });
    const external = await app.graphql(UPDATE, { input: { externalAuthorization: true } }, org.token);
    expect(external.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalAuthorization' });
    const role = await app.graphql(UPDATE, { input: { defaultRoleId: other.adminRoleId } }, org.token);
    expect(role.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'defaultRoleId' });
    expect(await app.database.dataSource.query('SELECT settings, default_role_id FROM tenant WHERE id = $1', [org.tenant.id])).toEqual([
      { settings: null, default_role_id: null },
    ]);
  });

  it('needs tenant.settings.read to read and tenant.settings.update to change', async () => {
    const reader = await createRole(app.database.dataSource, org.tenant.id, ['tenant.access', 'tenant.settings.read'], 'Settings reader');
    const user = await createUser(app.database.dataSource, org.tenant.id, reader.id);
    const token = await signIn(app, org.tenant.slug, user.username);
    ok(await app.graphql(READ, {}, token));
    expect((await app.graphql(UPDATE, { input: { lockoutMaxFailures: 9 } }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nobody = await createUser(app.database.dataSource, org.tenant.id, (await createRole(app.database.dataSource, org.tenant.id, [], 'Nothing')).id);
    expect((await app.graphql(READ, {}, await signIn(app, org.tenant.slug, nobody.username))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("locks accounts at the tenant's own threshold, leaving other tenants at the platform's", async () => {
    ok(await app.graphql(UPDATE, { input: { lockoutMaxFailures: 3, lockoutSeconds: 120, lockoutMaxSeconds: 600 } }, org.token));
    const victim = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    for (let attempt = 0; attempt < 3; attempt += 1) await login(org, victim.username, 'Wrong#Password1');
    expect((await login(org, victim.username)).errors?.[0]?.message).toBe('Invalid username or password');
    const [locked] = await app.database.dataSource.query<Array<{ failures: number; seconds: number }>>(
      'SELECT failures, extract(epoch FROM locked_until - updated_at)::int AS seconds FROM login_throttle WHERE key = $1',
      [`user:${victim.id}`],
    );
    expect(locked).toEqual({ failures: 3, seconds: 120 });

    const elsewhere = await createUser(app.database.dataSource, other.tenant.id, other.adminRoleId);
    for (let attempt = 0; attempt < 3; attempt += 1) await login(other, elsewhere.username, 'Wrong#Password1');
    expect(ok(await login(other, elsewhere.username)).login.__typename).toBe('Session');
  });

  it("gives sessions and access tokens the tenant's lifetimes, audited with before and after", async () => {
    ok(await app.graphql(UPDATE, { input: { sessionLifetimeDays: 2, accessTokenTtlSeconds: 120 } }, org.token));
    const user = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    const session = ok(await login(org, user.username)).login;
    const tokenSeconds = (Date.parse(session.expiresAt!) - Date.now()) / 1000;
    expect(tokenSeconds).toBeGreaterThan(100);
    expect(tokenSeconds).toBeLessThanOrEqual(120);
    const [row] = await app.database.dataSource.query<Array<{ hours: number }>>(
      'SELECT extract(epoch FROM expires_at - created_at)::int / 3600 AS hours FROM auth_session WHERE id = $1',
      [session.sessionId],
    );
    expect(row!.hours).toBe(48);
    const elsewhere = ok(await login(other, other.admin.username)).login;
    expect((Date.parse(elsewhere.expiresAt!) - Date.now()) / 1000).toBeGreaterThan(app.config.accessTokenTtlSeconds - 30);

    const [audit] = await app.database.dataSource.query<Array<{ before: Record<string, unknown>; after: Record<string, unknown> }>>(
      "SELECT before, after FROM audit_entry WHERE tenant_id = $1 AND action = 'tenant.update_settings' ORDER BY sequence DESC LIMIT 1",
      [org.tenant.id],
    );
    expect(audit).toEqual({
      before: { sessionLifetimeDays: app.config.sessionLifetimeDays, accessTokenTtlSeconds: app.config.accessTokenTtlSeconds },
      after: { sessionLifetimeDays: 2, accessTokenTtlSeconds: 120 },
    });
  });

  it('with 2FA required for everyone, the next sign-in of any user must enrol an authenticator', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    expect(ok(await login(org, user.username)).login.__typename).toBe('Session');
    ok(await app.graphql(UPDATE, { input: { twoFactorRequiredForAll: true } }, org.token));
    expect(ok(await login(org, user.username)).login.__typename).toBe('TwoFactorEnrollmentRequired');
    expect(ok(await login(other, other.admin.username)).login.__typename).toBe('Session');
    ok(await app.graphql(UPDATE, { input: { twoFactorRequiredForAll: false } }, org.token));
    expect(ok(await login(org, user.username)).login.__typename).toBe('Session');
  });
});
