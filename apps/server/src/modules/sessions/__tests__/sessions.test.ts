import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

interface Exchange {
  // The shape differs per query; each test reads the fields it asked for.
  body: { data?: Record<string, Record<string, unknown> & { accessToken: string }> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  setCookie: string | null;
}

describe('sessions: refresh rotation, reuse detection, sign-out and revocation', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;

  async function post(query: string, options: { variables?: Record<string, unknown>; token?: string; cookie?: string } = {}): Promise<Exchange> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    return { body: (await response.json()) as Exchange['body'], setCookie: response.headers.get('set-cookie') };
  }
  const cookieOf = (setCookie: string | null) => setCookie?.split(';')[0] ?? '';

  async function signIn(username: string) {
    const result = await post('mutation($input: LoginInput!) { login(input: $input) { ... on Session { sessionId accessToken } } }', {
      variables: { input: { tenant: org.tenant.slug, username, password: TEST_PASSWORD } },
    });
    return { ...(result.body.data!.login as unknown as { sessionId: string; accessToken: string }), cookie: cookieOf(result.setCookie), setCookie: result.setCookie };
  }
  const refresh = (cookie: string) => post('mutation { refreshSession { accessToken sessionId } }', { cookie });
  const me = (token: string) => post('{ me { username } }', { token });

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Sessions Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('sets the refresh token as an httpOnly, SameSite=Strict cookie scoped to /graphql, never in the body', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const session = await signIn(user.username);
    expect(session.setCookie).toMatch(/^access_refresh=[\w-]+;/);
    expect(session.setCookie).toMatch(/HttpOnly/);
    expect(session.setCookie).toMatch(/SameSite=Strict/);
    expect(session.setCookie).toMatch(/Path=\/graphql/);
    expect(JSON.stringify(session)).not.toContain('refreshToken');
  });

  it('marks the cookie Secure when the request came over HTTPS (through a trusted proxy)', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { __typename } }',
        variables: { input: { tenant: org.tenant.slug, username: user.username, password: TEST_PASSWORD } },
      }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
    const plain = await signIn(user.username);
    expect(plain.setCookie).not.toMatch(/; Secure/);
  });

  it('stores refresh tokens only as their SHA-256, the first one and its rotation alike', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const session = await signIn(user.username);
    const secretOf = (cookie: string) => cookie.slice('access_refresh='.length);
    const issued = secretOf(session.cookie);
    const rotated = secretOf(cookieOf((await refresh(session.cookie)).setCookie));
    expect(issued).toMatch(/^[\w-]{43}$/);
    const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
    const rows: Array<Record<string, unknown>> = await app.database.dataSource.query('SELECT * FROM refresh_token WHERE session_id = $1', [session.sessionId]);
    expect(rows.map((row) => row.token_hash).sort()).toEqual([sha256(issued), sha256(rotated)].sort());
    const [sessionRow]: Array<Record<string, unknown>> = await app.database.dataSource.query('SELECT * FROM auth_session WHERE id = $1', [session.sessionId]);
    for (const secret of [issued, rotated]) expect(JSON.stringify([rows, sessionRow])).not.toContain(secret);
  });

  it('rotates the refresh token on every use; a reused one ends the whole session', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const session = await signIn(user.username);
    const first = await refresh(session.cookie);
    expect(first.body.errors).toBeUndefined();
    const rotated = cookieOf(first.setCookie);
    expect(rotated).not.toBe(session.cookie);
    const second = await refresh(rotated);
    expect(second.body.errors).toBeUndefined();
    const latestToken = second.body.data!.refreshSession!.accessToken;
    expect((await me(latestToken)).body.errors).toBeUndefined();

    const replay = await refresh(session.cookie);
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(replay.setCookie).toMatch(/access_refresh=;/);
    expect((await refresh(cookieOf(second.setCookie))).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(latestToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [audit]: Array<{ count: string }> = await app.database.dataSource.query(
      "SELECT count(*) AS count FROM audit_entry WHERE action = 'auth.refresh_token_reuse' AND target_id = $1",
      [user.id],
    );
    expect(Number(audit!.count)).toBe(1);
  });

  it('signs out: the session and its tokens stop working', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const session = await signIn(user.username);
    const out = await post('mutation { logout }', { token: session.accessToken, cookie: session.cookie });
    expect(out.body.data).toEqual({ logout: true });
    expect(out.setCookie).toMatch(/access_refresh=;/);
    expect((await me(session.accessToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await refresh(session.cookie)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists your sessions and ends one of them, but not somebody else’s', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const laptop = await signIn(user.username);
    const phone = await signIn(user.username);
    const listed = ok((await post('{ mySessions { id current } }', { token: laptop.accessToken })).body as never) as { mySessions: Array<{ id: string; current: boolean }> };
    expect(listed.mySessions).toHaveLength(2);
    expect(listed.mySessions.find((s) => s.current)?.id).toBe(laptop.sessionId);
    const other = await signIn(org.admin.username);
    expect((await post('mutation($id: ID!) { revokeSession(id: $id) }', { token: laptop.accessToken, variables: { id: other.sessionId } })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await post('mutation($id: ID!) { revokeSession(id: $id) }', { token: laptop.accessToken, variables: { id: phone.sessionId } })).body.data).toEqual({ revokeSession: true });
    expect((await me(phone.accessToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(laptop.accessToken)).body.errors).toBeUndefined();
    expect((await me(other.accessToken)).body.errors).toBeUndefined();

    const tablet = await signIn(user.username);
    const tv = await signIn(user.username);
    expect((await post('mutation { revokeMyOtherSessions }', { token: laptop.accessToken })).body.data).toEqual({ revokeMyOtherSessions: 2 });
    expect((await me(tablet.accessToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(tv.accessToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(laptop.accessToken)).body.errors).toBeUndefined();
    expect((await me(other.accessToken)).body.errors).toBeUndefined();
  });

  it('changes your own password with the current one; your other sessions end, this one continues', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const here = await signIn(user.username);
    const elsewhere = await signIn(user.username);
    const CHANGE = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await post(CHANGE, { token: here.accessToken, variables: { c: 'Not#The1Password', n: 'Lighthouse#Keeper9' } });
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await post(CHANGE, { token: here.accessToken, variables: { c: TEST_PASSWORD, n: 'weak' } });
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await post(CHANGE, { token: here.accessToken, variables: { c: TEST_PASSWORD, n: 'Lighthouse#Keeper9' } })).body.data).toEqual({ changeMyPassword: true });
    expect((await me(here.accessToken)).body.errors).toBeUndefined();
    expect((await me(elsewhere.accessToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await post('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
      variables: { input: { tenant: org.tenant.slug, username: user.username, password: 'Lighthouse#Keeper9' } },
    });
    expect(login.body.data).toEqual({ login: { __typename: 'Session' } });
  });

  it('ends every session when an admin says so, and on deactivation or a password reset', async () => {
    const ds = app.database.dataSource;
    for (const [action, query] of [
      ['revokeAllSessions', 'mutation($id: ID!) { revokeAllSessions(userId: $id) }'],
      ['deactivateUser', 'mutation($id: ID!) { deactivateUser(id: $id) { id } }'],
      ['resetPassword', 'mutation($id: ID!) { resetPassword(id: $id) { id } }'],
    ] as const) {
      const user = await createUser(ds, org.tenant.id, roleId);
      const session = await signIn(user.username);
      ok((await post(query, { token: org.token, variables: { id: user.id } })).body as never);
      expect((await refresh(session.cookie)).body.errors?.[0]?.extensions?.code, action).toBe('UNAUTHENTICATED');
      const [row]: Array<{ revoked_reason: string | null }> = await ds.query('SELECT revoked_reason FROM auth_session WHERE id = $1', [session.sessionId]);
      expect(row!.revoked_reason, action).not.toBeNull();
    }
  });

  it("lists a user's open sessions to an admin who may read user activity, and to nobody else", async () => {
    const ds = app.database.dataSource;
    const user = await createUser(ds, org.tenant.id, roleId);
    const first = await signIn(user.username);
    const second = await signIn(user.username);
    ok((await post('mutation { logout }', { token: second.accessToken, cookie: second.cookie })).body as never);
    const LIST = 'query($id: ID!) { userSessions(userId: $id) { id userAgent ip lastUsedAt } }';
    const listed = ok((await post(LIST, { token: org.token, variables: { id: user.id } })).body as never) as { userSessions: Array<{ id: string; userAgent: string | null }> };
    expect(listed.userSessions.map((session) => session.id)).toEqual([first.sessionId]);
    expect(listed.userSessions[0]!.userAgent).toEqual(expect.any(String));

    const readerRoleId = (await createRole(ds, org.tenant.id, ['users.access', 'users.read'], 'Session Readers')).id;
    const reader = await createUser(ds, org.tenant.id, readerRoleId);
    const refused = await post(LIST, { token: (await signIn(reader.username)).accessToken, variables: { id: user.id } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an access token already issued on the very next request once the user is deleted or an admin resets the password', async () => {
    for (const [action, query] of [
      ['deleteUser', 'mutation($id: ID!) { deleteUser(id: $id) { id } }'],
      ['resetPassword', 'mutation($id: ID!) { resetPassword(id: $id) { id } }'],
    ] as const) {
      const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
      const session = await signIn(user.username);
      expect((await me(session.accessToken)).body.errors, action).toBeUndefined();
      ok((await post(query, { token: org.token, variables: { id: user.id } })).body as never);
      expect((await me(session.accessToken)).body.errors?.[0]?.extensions?.code, action).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a personal API token on the very next request once its user is deleted', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const session = await signIn(user.username);
    const created = ok((await post('mutation { createApiToken(name: "Script") { secret apiToken { id } } }', { token: session.accessToken })).body as never) as {
      createApiToken: { secret: string; apiToken: { id: string } };
    };
    const { secret } = created.createApiToken;
    expect((await me(secret)).body.errors).toBeUndefined();
    ok((await post('mutation($id: ID!) { deleteUser(id: $id) { id } }', { token: org.token, variables: { id: user.id } })).body as never);
    expect((await me(secret)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [row]: Array<{ revoked_at: Date | null }> = await app.database.dataSource.query('SELECT revoked_at FROM api_token WHERE id = $1', [created.createApiToken.apiToken.id]);
    expect(row!.revoked_at).not.toBeNull();
  });
});
