import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const USER_AGENT = 'ResetTest/1.0 (links)';

interface Reply {
  data?: Record<string, { accessToken?: string; secret?: string; url?: string }> | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

describe('a password reset ends what the old password opened', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;

  async function post(query: string, options: { variables?: Record<string, unknown>; token?: string; cookie?: string } = {}) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    return { body: (await response.json()) as Reply, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
  }

  /** A signed-in user with a live session (access token and refresh cookie) and a personal API token. */
  async function userWithCredentials() {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const login = await post('mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }', {
      variables: { input: { tenant: org.tenant.slug, username: user.username, password: TEST_PASSWORD } },
    });
    const accessToken = login.body.data!.login!.accessToken!;
    const apiToken = (await post('mutation { createApiToken(name: "Script") { secret } }', { token: accessToken })).body.data!.createApiToken!.secret!;
    const credentials = { user, accessToken, cookie: login.cookie, apiToken };
    expect(await stillWorking(credentials)).toEqual({ accessToken: true, refresh: true, apiToken: true });
    return credentials;
  }

  /** Probes each credential; the refresh probe spends the cookie, so it runs last and only once per state. */
  async function stillWorking(credentials: { accessToken: string; cookie: string; apiToken: string }) {
    const works = (reply: { body: Reply }) => !reply.body.errors;
    const accessToken = works(await post('{ me { username } }', { token: credentials.accessToken }));
    const apiToken = works(await post('{ me { username } }', { token: credentials.apiToken }));
    const refreshed = await post('mutation { refreshSession { accessToken } }', { cookie: credentials.cookie });
    if (works(refreshed)) credentials.cookie = refreshed.cookie;
    return { accessToken, refresh: works(refreshed), apiToken };
  }

  const resetLink = async (userId: string) =>
    ok(await app.graphql<{ createPasswordResetLink: { url: string } }>('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: userId }, org.token))
      .createPasswordResetLink.url;
  const auditOf = async (userId: string, action: string) =>
    (await app.database.dataSource.query<Array<{ origin: { ip?: string; userAgent?: string }; after: Record<string, unknown> }>>(
      'SELECT origin, after FROM audit_entry WHERE target_id = $1 AND action = $2 ORDER BY sequence',
      [userId, action],
    ))[0]!;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Reset Credentials Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('a reset through an emailed link ends every session and API token at once, and audits where it came from', async () => {
    const credentials = await userWithCredentials();
    const url = await resetLink(credentials.user.id);
    const reset = await post('mutation($t: String!) { resetPasswordWithLink(token: $t, password: "Lantern#Harbour77") }', { variables: { t: tokenOf(url) } });
    expect(reset.body.errors).toBeUndefined();

    expect(await stillWorking(credentials)).toEqual({ accessToken: false, refresh: false, apiToken: false });
    const entry = await auditOf(credentials.user.id, 'user.reset_password_with_link');
    expect(entry.origin).toMatchObject({ ip: expect.stringContaining('127.0.0.1'), userAgent: USER_AGENT });
    expect(entry.after).toMatchObject({ passwordSet: true, sessionsEnded: 1, apiTokensRevoked: 1 });
  });

  it('an activation through a link audits where it came from', async () => {
    const created = ok(await app.graphql<{ createUser: { id: string } }>(
      'mutation($role: ID!) { createUser(input: { username: "ada.link", email: "ada.link@example.test", roleId: $role, holdInvite: false }) { id } }',
      { role: roleId },
      org.token,
    )).createUser;
    const url = ok(await app.graphql<{ createActivationLink: { url: string } }>('mutation($id: ID!) { createActivationLink(userId: $id) { url } }', { id: created.id }, org.token))
      .createActivationLink.url;
    expect((await post('mutation($t: String!) { activateAccount(token: $t, password: "Lantern#Harbour78") }', { variables: { t: tokenOf(url) } })).body.errors).toBeUndefined();
    expect((await auditOf(created.id, 'user.activate_with_link')).origin).toMatchObject({ ip: expect.stringContaining('127.0.0.1'), userAgent: USER_AGENT });
  });

  it('forcing a reset at the next sign-in ends the sessions a refresh cookie would otherwise renew', async () => {
    const credentials = await userWithCredentials();
    ok(await app.graphql('mutation($id: ID!) { forceReset(id: $id) { id } }', { id: credentials.user.id }, org.token));
    const after = await stillWorking(credentials);
    expect({ accessToken: after.accessToken, refresh: after.refresh }).toEqual({ accessToken: false, refresh: false });
    expect((await auditOf(credentials.user.id, 'user.force_reset')).after).toMatchObject({ sessionsEnded: 1 });
  });

  it("an admin's reset (temporary password) ends API tokens as well as sessions", async () => {
    const credentials = await userWithCredentials();
    ok(await app.graphql('mutation($id: ID!) { resetPassword(id: $id) { id } }', { id: credentials.user.id }, org.token));
    expect(await stillWorking(credentials)).toEqual({ accessToken: false, refresh: false, apiToken: false });
    expect((await auditOf(credentials.user.id, 'user.reset_password')).after).toMatchObject({ sessionsEnded: 1, apiTokensRevoked: 1 });
  });
});
