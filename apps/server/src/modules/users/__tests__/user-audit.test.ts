import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

describe('audit of user administration', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;
  let otherRoleId: string;

  async function entriesFor(targetId: string): Promise<Array<{ action: string; before: unknown; after: Record<string, unknown> | null; actor_user_id: string | null }>> {
    return app.database.dataSource.query('SELECT action, before, after, actor_user_id FROM audit_entry WHERE target_id = $1 ORDER BY sequence', [targetId]);
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Audit Users Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
    otherRoleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Other')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('leaves exactly one entry per mutation, naming the admin and what changed', async () => {
    const id = ok(await app.graphql<{ createUser: { id: string } }>(
      'mutation($role: ID!) { createUser(input: { username: "audited", email: "audited@example.test", roleId: $role }) { id } }',
      { role: roleId },
      org.token,
    )).createUser.id;
    const steps: Array<[string, string, Record<string, unknown>]> = [
      ['mutation($id: ID!) { updateUser(input: { id: $id, version: 1, jobTitle: "Auditor" }) { id } }', 'user.update', { id }],
      ['mutation($id: ID!) { releaseAccess(id: $id) { id } }', 'user.release_access', { id }],
      ['mutation($id: ID!) { createActivationLink(userId: $id) { url } }', 'user.activation_link.create', { id }],
      ['mutation($id: ID!) { revokeActivationLinks(userId: $id) }', 'user.activation_link.revoke', { id }],
      ['mutation($id: ID!) { resetPassword(id: $id) { id } }', 'user.reset_password', { id }],
      ['mutation($id: ID!) { setPassword(input: { userId: $id, password: "Ledger#Balanced7", confirmation: "Ledger#Balanced7" }) { id } }', 'user.set_password', { id }],
      ['mutation($id: ID!, $role: ID!) { changeRole(id: $id, roleId: $role) { id } }', 'user.change_role', { id, role: otherRoleId }],
      ['mutation($id: ID!) { setPortalAccess(id: $id, enabled: true) { id } }', 'user.set_portal_access', { id }],
      ['mutation($id: ID!) { deactivateUser(id: $id) { id } }', 'user.deactivate', { id }],
      ['mutation($id: ID!) { reactivateUser(id: $id) { id } }', 'user.reactivate', { id }],
      ['mutation($id: ID!) { deleteUser(id: $id) { id } }', 'user.delete', { id }],
    ];
    let expected = 1;
    for (const [query, action, variables] of steps) {
      ok(await app.graphql(query, variables, org.token));
      expected += 1;
      const entries = await entriesFor(id);
      expect(entries, action).toHaveLength(expected);
      expect(entries.at(-1)).toMatchObject({ action, actor_user_id: org.admin.id });
    }
    const entries = await entriesFor(id);
    expect(entries[1]).toMatchObject({ before: { jobTitle: null }, after: { jobTitle: 'Auditor' } });
    expect(entries.find((entry) => entry.action === 'user.change_role')).toMatchObject({ before: { roleId }, after: { roleId: otherRoleId, roleName: 'Other' } });
    expect(JSON.stringify(entries)).not.toMatch(/Ledger#Balanced7|\$argon2/);

    const operator = await signedInSuperAdmin(app);
    ok(await app.graphql('mutation($t: ID!) { enterTenant(tenantId: $t) { id } }', { t: org.tenant.id }, operator.token));
    ok(await app.graphql('mutation($id: ID!) { restoreUser(id: $id) { id } }', { id }, operator.token));
    const restored = (await entriesFor(id)).at(-1)!;
    expect(restored).toMatchObject({ action: 'user.restore', actor_user_id: null });
  });

  it('records why a sign-in was refused, while the caller only hears the generic message', async () => {
    const cases: Array<[string, (id: string) => Promise<unknown>, string]> = [
      ['wrong password', async () => undefined, 'WRONG_PASSWORD'],
      ['inactive', (id) => app.database.dataSource.query('UPDATE user_account SET is_active = false WHERE id = $1', [id]), 'USER_INACTIVE'],
      ['deleted', (id) => app.database.dataSource.query('UPDATE user_account SET deleted_at = now() WHERE id = $1', [id]), 'USER_DELETED'],
      ['introduction', (id) => app.database.dataSource.query('UPDATE user_account SET hold_invite = true WHERE id = $1', [id]), 'USER_IN_INTRODUCTION'],
    ];
    for (const [name, prepare, reason] of cases) {
      const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
      await prepare(user.id);
      const result = await app.graphql('mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }', {
        input: { tenant: org.tenant.slug, username: user.username, password: name === 'wrong password' ? 'Wrong#Password1' : TEST_PASSWORD },
      });
      expect(result.errors?.[0]?.message, name).toBe('Invalid username or password');
      const entries = await entriesFor(user.id);
      expect(entries, name).toEqual([expect.objectContaining({ action: 'auth.login_refused', after: { reason } })]);
    }
  });
});
