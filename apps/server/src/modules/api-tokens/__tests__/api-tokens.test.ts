import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const CREATE = 'mutation($name: String!, $expiresAt: DateTimeISO) { createApiToken(name: $name, expiresAt: $expiresAt) { secret apiToken { id name prefix lastUsedAt } } }';
interface Issued {
  secret: string;
  apiToken: { id: string; name: string; prefix: string; lastUsedAt: string | null };
}

describe('personal API tokens', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let readerRoleId: string;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Tokens Org');
    readerRoleId = (await createRole(app.database.dataSource, org.tenant.id, ['users.access', 'users.read'], 'Readers')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the secret once, stores only its hash, and acts as the user with their current permissions', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, readerRoleId);
    const token = await signIn(app, org.tenant.slug, user.username);
    const issued = ok(await app.graphql<{ createApiToken: Issued }>(CREATE, { name: 'Reporting script' }, token)).createApiToken;
    expect(issued.secret).toMatch(/^acc_[\w-]{40,}$/);
    expect(issued.secret.startsWith(issued.apiToken.prefix)).toBe(true);
    const [row]: Array<{ token_hash: string }> = await app.database.dataSource.query('SELECT token_hash FROM api_token WHERE id = $1', [issued.apiToken.id]);
    expect(row!.token_hash).not.toContain(issued.secret.slice(4));

    const viaToken = ok(await app.graphql<{ users: { totalCount: number } }>('{ users(first: 1) { totalCount } }', {}, issued.secret));
    expect(viaToken.users.totalCount).toBeGreaterThan(0);
    const listed = ok(await app.graphql<{ myApiTokens: Array<{ name: string; lastUsedAt: string | null }> }>('{ myApiTokens { name lastUsedAt } }', {}, token));
    expect(listed.myApiTokens).toEqual([{ name: 'Reporting script', lastUsedAt: expect.any(String) }]);
    expect(JSON.stringify(listed)).not.toContain(issued.secret);

    ok(await app.graphql('mutation($id: ID!) { revokeRolePermissions(roleId: $id, keys: ["users.read"]) { revoked } }', { id: readerRoleId }, org.token));
    expect((await app.graphql('{ users(first: 1) { totalCount } }', {}, issued.secret)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    ok(await app.graphql('mutation($id: ID!) { grantRolePermissions(roleId: $id, keys: ["users.read"]) { granted } }', { id: readerRoleId }, org.token));
  });

  it('regenerates (the old secret stops working) and revokes', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, readerRoleId);
    const token = await signIn(app, org.tenant.slug, user.username);
    const first = ok(await app.graphql<{ createApiToken: Issued }>(CREATE, { name: 'CI' }, token)).createApiToken;
    const second = ok(await app.graphql<{ regenerateApiToken: Issued }>('mutation($id: ID!) { regenerateApiToken(id: $id) { secret apiToken { id } } }', { id: first.apiToken.id }, token)).regenerateApiToken;
    expect(second.apiToken.id).toBe(first.apiToken.id);
    expect((await app.graphql('{ me { username } }', {}, first.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    ok(await app.graphql('{ me { username } }', {}, second.secret));
    ok(await app.graphql('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: first.apiToken.id }, token));
    expect((await app.graphql('{ me { username } }', {}, second.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [audit]: Array<{ count: string }> = await app.database.dataSource.query(
      "SELECT count(*) AS count FROM audit_entry WHERE target_id = $1 AND action LIKE 'api_token.%'",
      [user.id],
    );
    expect(Number(audit!.count)).toBe(3);
  });

  it('stops working when it expires and when the user is deactivated', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, readerRoleId);
    const token = await signIn(app, org.tenant.slug, user.username);
    const soon = ok(await app.graphql<{ createApiToken: Issued }>(CREATE, { name: 'Short', expiresAt: new Date(Date.now() + 60_000).toISOString() }, token)).createApiToken;
    const lasting = ok(await app.graphql<{ createApiToken: Issued }>(CREATE, { name: 'Long' }, token)).createApiToken;
    await app.database.dataSource.query("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1", [soon.apiToken.id]);
    expect((await app.graphql('{ me { username } }', {}, soon.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    ok(await app.graphql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: user.id }, org.token));
    expect((await app.graphql('{ me { username } }', {}, lasting.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [row]: Array<{ revoked_at: Date | null }> = await app.database.dataSource.query('SELECT revoked_at FROM api_token WHERE id = $1', [lasting.apiToken.id]);
    expect(row!.revoked_at).not.toBeNull();
  });

  it("lets a user administrator manage someone's tokens, and no one else's tokens are reachable", async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, readerRoleId);
    const issued = ok(await app.graphql<{ createUserApiToken: Issued }>(
      'mutation($userId: ID!) { createUserApiToken(userId: $userId, name: "Integration") { secret apiToken { id } } }',
      { userId: user.id },
      org.token,
    )).createUserApiToken;
    const listed = ok(await app.graphql<{ userApiTokens: Array<{ name: string }> }>('query($userId: ID!) { userApiTokens(userId: $userId) { name } }', { userId: user.id }, org.token));
    expect(listed.userApiTokens).toEqual([{ name: 'Integration' }]);
    const other = await createUser(app.database.dataSource, org.tenant.id, readerRoleId);
    const otherToken = await signIn(app, org.tenant.slug, other.username);
    expect((await app.graphql('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: issued.apiToken.id }, otherToken)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    ok(await app.graphql('mutation($userId: ID!, $id: ID!) { revokeUserApiToken(userId: $userId, id: $id) }', { userId: user.id, id: issued.apiToken.id }, org.token));
    expect((await app.graphql('{ me { username } }', {}, issued.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
