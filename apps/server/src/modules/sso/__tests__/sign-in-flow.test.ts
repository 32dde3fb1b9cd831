import { randomUUID } from 'node:crypto';
import type { JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { startOidcTestProvider, type AccountClaims, type OidcTestProvider } from '../../../test-support/oidc-test-provider.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const CLIENT_SECRET = 'client-secret-that-must-never-come-back';
const CONFIGURE = `mutation($input: UpdateSsoConfigurationInput!) { updateSsoConfiguration(input: $input) {
  displayName issuerUrl clientId clientSecretSet scopes redirectUri claimMapping { username email role } roleMappings { claimValue role { name } } } }`;
const SETTINGS = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) {
  authenticationMode externalAuthorization localPasswordFallback defaultRole { name } } }`;
const OPTIONS = 'query($org: String!) { signInOptions(organisation: $org) { passwordSignIn sso { displayName startUrl } } }';

const person = (sub: string, extra: AccountClaims = {}): AccountClaims => ({
  email: `${sub}@corp.example`,
  email_verified: true,
  preferred_username: sub,
  given_name: 'Jane',
  family_name: 'Doe',
  ...extra,
});

describe('single sign-on through a real OpenID provider, end to end over HTTP', () => {
  let app: TestApp;
  let idp: OidcTestProvider;
  let org: TenantWithAdmin;
  let staffRoleId: string;

  const cookieFrom = (response: Response, name: string) =>
    response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);

  /** A browser's trip: our start route, the provider, our callback; then the app renews its token from the cookie. */
  async function ssoSignIn(options: { tamperCallback?: (url: URL) => URL; binding?: (cookie: string | undefined) => string | undefined } = {}) {
    const start = await fetch(`${app.url}/sso/start?organisation=${org.tenant.slug}`, { redirect: 'manual' });
    expect(start.status).toBe(303);
    const binding = options.binding ? options.binding(cookieFrom(start, 'access_sso')) : cookieFrom(start, 'access_sso');
    let callback = await idp.followSignIn(start.headers.get('location')!);
    if (options.tamperCallback) callback = options.tamperCallback(callback);
    const back = await fetch(callback, { redirect: 'manual', headers: binding ? { cookie: binding } : {} });
    expect(back.status).toBe(303);
    const location = back.headers.get('location')!;
    const refresh = cookieFrom(back, 'access_refresh');
    let accessToken: string | undefined;
    if (refresh) {
      const renewed = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: refresh },
        body: JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }),
      });
      accessToken = ((await renewed.json()) as { data: { refreshSession: { accessToken: string } } }).data.refreshSession.accessToken;
    }
    return { location, accessToken, callback, binding };
  }

  const usersWithSubject = async (sub: string) =>
    app.database.dataSource.query<Array<{ id: string; username: string; email: string; last_name: string; origin: string; role: string }>>(
      'SELECT u.id, u.username, u.email, u.last_name, u.origin, r.name AS role FROM user_account u JOIN role r ON r.id = u.role_id WHERE u.tenant_id = $1 AND u.external_subject = $2',
      [org.tenant.id, sub],
    );
  const refusals = async () =>
    app.database.dataSource.query<Array<{ reason: string }>>(
      "SELECT after->>'reason' AS reason FROM audit_entry WHERE tenant_id = $1 AND action = 'auth.sso_refused' ORDER BY sequence",
      [org.tenant.id],
    );
  const userCount = async () => Number((await app.database.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM user_account WHERE tenant_id = $1', [org.tenant.id]))[0]!.n);

  beforeAll(async () => {
    app = await startTestApp();
    idp = await startOidcTestProvider({ clientId: 'access-app', clientSecret: CLIENT_SECRET, redirectUris: [`${app.url}/sso/callback`] });
    org = await tenantWithAdmin(app, 'Corp');
    staffRoleId = (await createRole(app.database.dataSource, org.tenant.id, ['users.access'], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
    await idp.close();
  });

  it('will not switch to single sign-on before a provider and a default role are set', async () => {
    const early = await app.graphql(SETTINGS, { input: { authenticationMode: 'OIDC' } }, org.token);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SSO_NOT_CONFIGURED', field: 'authenticationMode' });
    expect(ok(await app.graphql<{ signInOptions: unknown }>(OPTIONS, { org: org.tenant.slug })).signInOptions).toEqual({ passwordSignIn: true, sso: null });
  });

  it('stores the provider with its secret sealed, never returns the secret, and tests the connection', async () => {
    const saved = ok(await app.graphql<{ updateSsoConfiguration: Record<string, unknown> }>(
      CONFIGURE,
      { input: { displayName: 'Corp SSO', issuerUrl: `${idp.issuer}/`, clientId: 'access-app', clientSecret: CLIENT_SECRET } },
      org.token,
    )).updateSsoConfiguration;
    expect(saved).toMatchObject({ displayName: 'Corp SSO', issuerUrl: idp.issuer, clientSecretSet: true, scopes: ['email', 'profile'], redirectUri: `${app.url}/sso/callback` });
    const stored = JSON.stringify(await app.database.dataSource.query('SELECT * FROM oidc_provider WHERE tenant_id = $1', [org.tenant.id]));
    expect(stored).not.toContain(CLIENT_SECRET);
    const audit = JSON.stringify(await app.database.dataSource.query("SELECT before, after FROM audit_entry WHERE tenant_id = $1 AND action LIKE 'tenant.sso.%'", [org.tenant.id]));
    expect(audit).toContain('"clientSecretChanged":true');
    expect(audit).not.toContain(CLIENT_SECRET);
    expect((await app.graphql('{ ssoConfiguration { clientSecret } }', {}, org.token)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const report = ok(await app.graphql<{ testSsoConnection: Record<string, unknown> }>(
      'mutation { testSsoConnection { ok issuer keyCount keyAlgorithms pkceS256 tokenEndpoint } }',
      {},
      org.token,
    )).testSsoConnection;
    expect(report).toMatchObject({ ok: true, issuer: idp.issuer, keyCount: 1, keyAlgorithms: ['RS256'], pkceS256: true });
    const bad = ok(await app.graphql<{ testSsoConnection: { ok: boolean; reason: string } }>('mutation { testSsoConnection(issuerUrl: "http://127.0.0.1:9") { ok reason } }', {}, org.token));
    expect(bad.testSsoConnection).toEqual({ ok: false, reason: 'DISCOVERY_FAILED' });
    const insecure = await app.graphql(CONFIGURE, { input: { displayName: 'X', issuerUrl: 'http://idp.example.com', clientId: 'a', clientSecret: 'b' } }, org.token);
    expect(insecure.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuerUrl' });

    const noRole = await app.graphql(SETTINGS, { input: { authenticationMode: 'OIDC' } }, org.token);
    expect(noRole.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEFAULT_ROLE_REQUIRED', field: 'defaultRoleId' });
    const switched = ok(await app.graphql<{ updateTenantSettings: unknown }>(SETTINGS, { input: { authenticationMode: 'OIDC', defaultRoleId: staffRoleId } }, org.token));
    expect(switched.updateTenantSettings).toEqual({ authenticationMode: 'OIDC', externalAuthorization: false, localPasswordFallback: false, defaultRole: { name: 'Staff' } });
    expect(ok(await app.graphql<{ signInOptions: unknown }>(OPTIONS, { org: org.tenant.slug })).signInOptions).toEqual({
      passwordSignIn: false,
      sso: { displayName: 'Corp SSO', startUrl: `${app.url}/sso/start?organisation=${org.tenant.slug}` },
    });
    // An unknown organisation answers like a password tenant: the page cannot list customers.
    expect(ok(await app.graphql<{ signInOptions: unknown }>(OPTIONS, { org: 'no-such-org' })).signInOptions).toEqual({ passwordSignIn: true, sso: null });
  });

  it('provisions the user at the first sign-in with the default role, and updates the mapped fields at the next', async () => {
    idp.signInAs('jane', person('jane'));
    const first = await ssoSignIn();
    expect(first.location).toBe('/');
    expect(ok(await app.graphql<{ me: { username: string } }>('{ me { username } }', {}, first.accessToken)).me.username).toBe('jane');
    expect(await usersWithSubject('jane')).toEqual([expect.objectContaining({ username: 'jane', email: 'jane@corp.example', last_name: 'Doe', origin: 'sso', role: 'Staff' })]);

    idp.signInAs('jane', person('jane', { family_name: 'Roe', email: 'jane.roe@corp.example' }));
    const second = await ssoSignIn();
    expect(second.accessToken).toBeTruthy();
    expect(await usersWithSubject('jane')).toEqual([expect.objectContaining({ email: 'jane.roe@corp.example', last_name: 'Roe' })]);
    const audit = await app.database.dataSource.query<Array<{ action: string; after: Record<string, unknown> }>>(
      "SELECT action, after FROM audit_entry WHERE tenant_id = $1 AND action IN ('user.provision_sso', 'user.sso_update') ORDER BY sequence",
      [org.tenant.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['user.provision_sso', 'user.sso_update']);
    expect(audit[1]!.after).toEqual({ email: 'jane.roe@corp.example', lastName: 'Roe' });
  });

  describe('refusals: each leaves no user and is audited', () => {
    async function refused(sub: string, reason: string, run: () => Promise<{ location: string }>) {
      const before = { users: await userCount(), refusals: (await refusals()).length };
      const { location } = await run();
      expect(new URL(location, app.url).searchParams.get('sso_error')).toBe(reason);
      // Back on the sign-in page, the organisation is filled in again.
      expect(new URL(location, app.url).searchParams.get('organisation')).toBe(org.tenant.slug);
      expect(await usersWithSubject(sub)).toEqual([]);
      expect(await userCount()).toBe(before.users);
      const after = await refusals();
      expect(after).toHaveLength(before.refusals + 1);
      expect(after.at(-1)!.reason).toBe(reason);
    }
    const tampered = (rewrite: (claims: JWTPayload) => Promise<string>) => async () => {
      idp.tamperIdTokens(rewrite);
      try {
        return await ssoSignIn();
      } finally {
        idp.tamperIdTokens(undefined);
      }
    };

    it('an id_token with a bad signature', async () => {
      idp.signInAs('forged', person('forged'));
      await refused('forged', 'ID_TOKEN_INVALID', tampered((claims) => idp.signWithRogueKey(claims)));
    });

    it('an id_token for another audience', async () => {
      idp.signInAs('aud', person('aud'));
      await refused('aud', 'ID_TOKEN_INVALID', tampered((claims) => idp.signWithProviderKey({ ...claims, aud: 'someone-else' })));
    });

    it('an id_token from another issuer', async () => {
      idp.signInAs('iss', person('iss'));
      await refused('iss', 'ID_TOKEN_INVALID', tampered((claims) => idp.signWithProviderKey({ ...claims, iss: 'https://evil.example.com' })));
    });

    it('an expired id_token', async () => {
      idp.signInAs('old', person('old'));
      const now = Math.floor(Date.now() / 1000);
      await refused('old', 'ID_TOKEN_INVALID', tampered((claims) => idp.signWithProviderKey({ ...claims, iat: now - 7200, exp: now - 3600 })));
    });

    it('a replayed nonce: a genuine id_token of an earlier sign-in', async () => {
      idp.signInAs('replay', person('replay'));
      let earlier: JWTPayload | undefined;
      await tampered(async (claims) => {
        earlier = claims;
        return idp.signWithProviderKey({ ...claims, aud: 'not-this-client' });
      })();
      expect(earlier?.nonce).toBeTruthy();
      await refused('replay', 'NONCE_MISMATCH', tampered((claims) => idp.signWithProviderKey({ ...claims, nonce: earlier!.nonce })));
    });

    it('a callback whose state is not the one this browser was sent with', async () => {
      idp.signInAs('crossed', person('crossed'));
      await refused('crossed', 'STATE_MISMATCH', () =>
        ssoSignIn({
          tamperCallback: (url) => {
            const forged = new URL(url);
            forged.searchParams.set('state', randomUUID());
            return forged;
          },
        }),
      );
    });

    it('a token without the email claim', async () => {
      const { email: _email, ...noEmail } = person('nomail');
      idp.signInAs('nomail', noEmail);
      await refused('nomail', 'CLAIM_MISSING', () => ssoSignIn());
    });

    it('a first sign-in whose email belongs to an existing account', async () => {
      const existing = await createUser(app.database.dataSource, org.tenant.id, staffRoleId, { email: 'taken@corp.example' });
      idp.signInAs('twin', person('twin', { email: 'taken@corp.example' }));
      await refused('twin', 'ACCOUNT_EXISTS', () => ssoSignIn());
      expect((await app.database.dataSource.query<Array<{ origin: string }>>('SELECT origin FROM user_account WHERE id = $1', [existing.id]))[0]!.origin).toBe('internal');
    });

    it('a callback replayed, or completed in a browser that did not start it', async () => {
      idp.signInAs('again', person('again'));
      const done = await ssoSignIn();
      expect(done.accessToken).toBeTruthy();
      const replay = await fetch(done.callback, { redirect: 'manual', headers: { cookie: done.binding! } });
      expect(new URL(replay.headers.get('location')!, app.url).searchParams.get('sso_error')).toBe('ATTEMPT_INVALID');
      const foreign = await ssoSignIn({ binding: () => undefined });
      expect(new URL(foreign.location, app.url).searchParams.get('sso_error')).toBe('ATTEMPT_INVALID');
      expect(await usersWithSubject('again')).toHaveLength(1);
    });
  });

  it('with external authorization, the role follows the claim at every sign-in and cannot be changed here', async () => {
    const adminRole = org.adminRoleId;
    const refusedEarly = await app.graphql(SETTINGS, { input: { externalAuthorization: true } }, org.token);
    expect(refusedEarly.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXTERNAL_AUTHORIZATION_NEEDS_ROLES' });
    ok(await app.graphql(
      CONFIGURE,
      {
        input: {
          displayName: 'Corp SSO',
          issuerUrl: idp.issuer,
          clientId: 'access-app',
          scopes: ['email', 'profile', 'groups'],
          claimMapping: { role: 'groups' },
          roleMappings: [
            { claimValue: 'access-admins', roleId: adminRole },
            { claimValue: 'staff', roleId: staffRoleId },
          ],
        },
      },
      org.token,
    ));
    ok(await app.graphql(SETTINGS, { input: { externalAuthorization: true } }, org.token));
    // Every signed-in user of the tenant can tell, so pages lock the role field for them all.
    const plain = await createUser(app.database.dataSource, org.tenant.id, staffRoleId);
    await app.graphql(SETTINGS, { input: { localPasswordFallback: true } }, org.token);
    const viewer = ok(await app.graphql<{ me: { tenant: unknown } }>(
      '{ me { tenant { authenticationMode externalAuthorization localPasswordFallback } } }',
      {},
      await signIn(app, org.tenant.slug, plain.username),
    ));
    expect(viewer.me.tenant).toEqual({ authenticationMode: 'OIDC', externalAuthorization: true, localPasswordFallback: true });
    ok(await app.graphql(SETTINGS, { input: { localPasswordFallback: false } }, org.token));

    idp.signInAs('omar', person('omar', { groups: ['staff'] }));
    await ssoSignIn();
    expect((await usersWithSubject('omar'))[0]!.role).toBe('Staff');
    idp.signInAs('omar', person('omar', { groups: ['staff', 'access-admins'] }));
    await ssoSignIn();
    const [omar] = await usersWithSubject('omar');
    expect(omar!.role).toBe('Administrator');
    const [moved] = await app.database.dataSource.query<Array<{ after: { roleName: string; claimValues: string[] } }>>(
      "SELECT after FROM audit_entry WHERE tenant_id = $1 AND action = 'user.role_from_claim' AND target_id = $2",
      [org.tenant.id, omar!.id],
    );
    expect(moved!.after).toMatchObject({ roleName: 'Administrator', claimValues: ['staff', 'access-admins'] });

    const change = await app.graphql('mutation($id: ID!, $role: ID!) { changeRole(id: $id, roleId: $role) { id } }', { id: omar!.id, role: staffRoleId }, org.token);
    expect(change.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MANAGED_BY_IDENTITY_PROVIDER', field: 'roleId' });
  });

  it('in single sign-on mode refuses creating people, password actions and identity edits; passwords sign in only with the fallback', async () => {
    const [jane] = await usersWithSubject('jane');
    const managed = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.reason;
    expect(managed(await app.graphql(
      'mutation($role: ID!) { createUser(input: { username: "newbie", email: "newbie@corp.example", roleId: $role }) { id } }',
      { role: staffRoleId },
      org.token,
    ))).toBe('MANAGED_BY_IDENTITY_PROVIDER');
    expect(managed(await app.graphql('mutation($csv: String!) { importUsers(csv: $csv) { created } }', { csv: 'username,email,role\nx1,x1@corp.example,Staff\n' }, org.token))).toBe('MANAGED_BY_IDENTITY_PROVIDER');
    for (const mutation of [
      'mutation($id: ID!) { resetPassword(id: $id) { id } }',
      'mutation($id: ID!) { forceReset(id: $id) { id } }',
      'mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }',
      'mutation($id: ID!) { setPassword(input: { userId: $id, password: "Brand#New2026x", confirmation: "Brand#New2026x" }) { id } }',
    ]) {
      expect(managed(await app.graphql(mutation, { id: jane!.id }, org.token)), mutation).toBe('MANAGED_BY_IDENTITY_PROVIDER');
    }
    const internal = await createUser(app.database.dataSource, org.tenant.id, staffRoleId);
    const edit = await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, lastName: "Renamed" }) { id } }', { id: internal.id }, org.token);
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MANAGED_BY_IDENTITY_PROVIDER', field: 'lastName' });

    await expect(signIn(app, org.tenant.slug, internal.username)).rejects.toThrow('Invalid username or password');
    const [refusal] = await app.database.dataSource.query<Array<{ reason: string }>>(
      "SELECT after->>'reason' AS reason FROM audit_entry WHERE tenant_id = $1 AND action = 'auth.login_refused' ORDER BY sequence DESC LIMIT 1",
      [org.tenant.id],
    );
    expect(refusal!.reason).toBe('PASSWORD_SIGN_IN_DISABLED');

    ok(await app.graphql(SETTINGS, { input: { localPasswordFallback: true } }, org.token));
    expect(await signIn(app, org.tenant.slug, internal.username)).toBeTruthy();
    ok(await app.graphql('mutation($id: ID!) { forceReset(id: $id) { id } }', { id: internal.id }, org.token));
    expect(managed(await app.graphql('mutation($id: ID!) { forceReset(id: $id) { id } }', { id: jane!.id }, org.token))).toBe('MANAGED_BY_IDENTITY_PROVIDER');
    expect(ok(await app.graphql<{ signInOptions: { passwordSignIn: boolean } }>(OPTIONS, { org: org.tenant.slug })).signInOptions.passwordSignIn).toBe(true);

    // Back on passwords, former single sign-on users can be given one, or they could never sign in again.
    ok(await app.graphql(SETTINGS, { input: { authenticationMode: 'INTERNAL' } }, org.token));
    const link = ok(await app.graphql<{ createPasswordResetLink: { url: string } }>('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: jane!.id }, org.token));
    expect(link.createPasswordResetLink.url).toContain('/reset-password?token=');
  });
});
