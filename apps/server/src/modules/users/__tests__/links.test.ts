import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

describe('activation and password reset links', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, org.token);
  const links = async (id: string) =>
    ok(await call<{ user: { links: Array<{ kind: string; status: string }> } }>('query($id: ID!) { user(id: $id) { links { kind status createdAt expiresAt } } }', { id })).user.links;
  const login = (username: string, password: string) =>
    app.graphql<{ login: { __typename: string } }>('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
      input: { tenant: org.tenant.slug, username, password },
    });

  beforeAll(async () => {
    app = await startTestApp({ publicUrl: 'https://access.example.test' });
    org = await tenantWithAdmin(app, 'Links Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('activates a released account once through its link, and emails the link', async () => {
    const created = ok(await call<{ createUser: { id: string } }>(
      'mutation($role: ID!) { createUser(input: { username: "hedy", email: "hedy@example.test", roleId: $role, holdInvite: false }) { id } }',
      { role: roleId },
    )).createUser;
    const refusedWhileHeld = await call('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: created.id });
    expect(refusedWhileHeld.errors?.[0]?.extensions?.reason).toBe('USER_NOT_ACTIVATED');

    const issued = ok(await call<{ createActivationLink: { url: string; emailed: boolean } }>(
      'mutation($id: ID!) { createActivationLink(userId: $id) { url expiresAt emailed } }',
      { id: created.id },
    )).createActivationLink;
    expect(issued.url).toMatch(/^https:\/\/access\.example\.test\/activate\?token=/);
    const outbox = ok(await call<{ devOutbox: Array<{ to: string; subject: string; text: string }> }>('{ devOutbox(limit: 1) { to subject text } }')).devOutbox;
    expect(outbox[0]).toMatchObject({ to: 'hedy@example.test', subject: 'Activate your Links Org account' });
    expect(outbox[0]!.text).toContain(issued.url);
    const [stored]: Array<{ token_hash: string }> = await app.database.dataSource.query('SELECT token_hash FROM user_token WHERE user_id = $1', [created.id]);
    expect(stored!.token_hash).not.toContain(tokenOf(issued.url));
    expect(await links(created.id)).toEqual([expect.objectContaining({ kind: 'ACTIVATION', status: 'PENDING' })]);

    const weak = await app.graphql('mutation($t: String!) { activateAccount(token: $t, password: "weak") }', { t: tokenOf(issued.url) });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    ok(await app.graphql('mutation($t: String!) { activateAccount(token: $t, password: "Frequency#Hop1942") }', { t: tokenOf(issued.url) }));
    const again = await app.graphql('mutation($t: String!) { activateAccount(token: $t, password: "Frequency#Hop1943") }', { t: tokenOf(issued.url) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'LINK_INVALID' });
    expect(ok(await login('hedy', 'Frequency#Hop1942')).login.__typename).toBe('Session');
    expect(await links(created.id)).toEqual([expect.objectContaining({ kind: 'ACTIVATION', status: 'USED' })]);
  });

  it('resets an active user through a reset link; revoked and expired links do nothing', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId, { username: 'alan' });
    const first = ok(await call<{ createPasswordResetLink: { url: string } }>('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: user.id })).createPasswordResetLink;
    expect(ok(await call<{ revokePasswordResetLinks: number }>('mutation($id: ID!) { revokePasswordResetLinks(userId: $id) }', { id: user.id })).revokePasswordResetLinks).toBe(1);
    const revoked = await app.graphql('mutation($t: String!) { resetPasswordWithLink(token: $t, password: "Enigma#Bombe1940") }', { t: tokenOf(first.url) });
    expect(revoked.errors?.[0]?.extensions?.reason).toBe('LINK_INVALID');
    expect(await links(user.id)).toEqual([expect.objectContaining({ kind: 'PASSWORD_RESET', status: 'REVOKED' })]);

    const second = ok(await call<{ createPasswordResetLink: { url: string } }>('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: user.id })).createPasswordResetLink;
    await app.database.dataSource.query("UPDATE user_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL", [user.id]);
    expect(await links(user.id)).toEqual([expect.objectContaining({ status: 'EXPIRED' })]);
    const expired = await app.graphql('mutation($t: String!) { resetPasswordWithLink(token: $t, password: "Enigma#Bombe1940") }', { t: tokenOf(second.url) });
    expect(expired.errors?.[0]?.extensions?.reason).toBe('LINK_INVALID');

    const third = ok(await call<{ createPasswordResetLink: { url: string } }>('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: user.id })).createPasswordResetLink;
    const wrongKind = await app.graphql('mutation($t: String!) { activateAccount(token: $t, password: "Enigma#Bombe1940") }', { t: tokenOf(third.url) });
    expect(wrongKind.errors?.[0]?.extensions?.reason).toBe('LINK_INVALID');
    ok(await app.graphql('mutation($t: String!) { resetPasswordWithLink(token: $t, password: "Enigma#Bombe1940") }', { t: tokenOf(third.url) }));
    ok(await login('alan', 'Enigma#Bombe1940'));
  });

  it("keeps one tenant's mail out of another tenant's development outbox", async () => {
    const other = await tenantWithAdmin(app, 'Other Links Org');
    const outbox = ok(await app.graphql<{ devOutbox: Array<{ to: string }> }>('{ devOutbox(limit: 50) { to } }', {}, other.token)).devOutbox;
    expect(outbox.map((mail) => mail.to)).not.toContain('hedy@example.test');
    const own = ok(await call<{ devOutbox: Array<{ to: string }> }>('{ devOutbox(limit: 50) { to } }')).devOutbox;
    expect(own.map((mail) => mail.to)).toContain('hedy@example.test');
  });

  it('refuses reset links for inactive users', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId, { isActive: false });
    const refused = await call('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: user.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USER_INACTIVE' });
  });
});
