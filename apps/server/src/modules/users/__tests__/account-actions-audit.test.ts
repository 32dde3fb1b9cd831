import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../secrets/sha256-hex.js';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

interface Row {
  action: string;
  actor_user_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('audit of account actions and link use', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, org.token);
  const entriesFor = (targetId: string): Promise<Row[]> =>
    app.database.dataSource.query('SELECT action, actor_user_id, before, after FROM audit_entry WHERE target_id = $1 ORDER BY sequence', [targetId]);

  /** Runs one step and returns the entries it added, so each step is held to exactly one. */
  async function added(targetId: string, step: () => Promise<unknown>): Promise<Row[]> {
    const before = (await entriesFor(targetId)).length;
    await step();
    return (await entriesFor(targetId)).slice(before);
  }

  beforeAll(async () => {
    app = await startTestApp({ publicUrl: 'https://access.example.test' });
    org = await tenantWithAdmin(app, 'Account Audit Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('records force reset, lockout clearing, 2FA reset and ending sessions, one entry each', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    await signIn(app, org.tenant.slug, user.username);

    const forced = await added(user.id, async () => ok(await call('mutation($id: ID!) { forceReset(id: $id) { id } }', { id: user.id })));
    expect(forced).toEqual([expect.objectContaining({ action: 'user.force_reset', actor_user_id: org.admin.id })]);

    const revoked = await added(user.id, async () => ok(await call('mutation($id: ID!) { revokeAllSessions(userId: $id) }', { id: user.id })));
    expect(revoked).toEqual([expect.objectContaining({ action: 'user.revoke_sessions', actor_user_id: org.admin.id })]);

    const enrolled = await createUser(app.database.dataSource, org.tenant.id, roleId);
    ok(await call('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, twoFactorRequired: true }) { id } }', { id: enrolled.id }));
    const enrol = ok(await app.graphql<{ login: { enrollmentToken: string; secret: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { ... on TwoFactorEnrollmentRequired { enrollmentToken secret } } }',
      { input: { tenant: org.tenant.slug, username: enrolled.username, password: TEST_PASSWORD } },
    )).login;
    ok(await app.graphql('mutation($t: String!, $c: String!) { confirmTwoFactorEnrollment(enrollmentToken: $t, code: $c) { recoveryCodes } }', {
      t: enrol.enrollmentToken,
      c: await generate({ secret: enrol.secret }),
    }));
    const twoFactor = await added(enrolled.id, async () => ok(await call('mutation($id: ID!) { resetTwoFactor(id: $id) { id } }', { id: enrolled.id })));
    expect(twoFactor).toEqual([expect.objectContaining({ action: 'user.reset_two_factor', actor_user_id: org.admin.id })]);

    const locked = await createUser(app.database.dataSource, org.tenant.id, roleId);
    for (let attempt = 0; attempt < app.config.signIn.accountMaxFailures; attempt++) {
      await app.graphql('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
        input: { tenant: org.tenant.slug, username: locked.username, password: 'Wrong#Password1' },
      });
    }
    const cleared = await added(locked.id, async () => ok(await call('mutation($id: ID!) { clearSignInLockout(id: $id) { id } }', { id: locked.id })));
    expect(cleared).toEqual([expect.objectContaining({ action: 'user.clear_sign_in_lockout', actor_user_id: org.admin.id })]);
    expect(await signIn(app, org.tenant.slug, locked.username)).toEqual(expect.any(String));
  });

  it('records creating, revoking and using links, without the secret', async () => {
    const held = ok(await call<{ createUser: { id: string } }>(
      'mutation($role: ID!) { createUser(input: { username: "grace", email: "grace@example.test", roleId: $role, holdInvite: false }) { id } }',
      { role: roleId },
    )).createUser;
    let activation = '';
    expect(await added(held.id, async () => {
      activation = ok(await call<{ createActivationLink: { url: string } }>('mutation($id: ID!) { createActivationLink(userId: $id) { url } }', { id: held.id })).createActivationLink.url;
    })).toEqual([expect.objectContaining({ action: 'user.activation_link.create' })]);
    const activated = await added(held.id, async () =>
      ok(await app.graphql('mutation($t: String!) { activateAccount(token: $t, password: "Compiler#Bootstrap3") }', { t: tokenOf(activation) })),
    );
    expect(activated).toEqual([expect.objectContaining({ action: 'user.activate_with_link', actor_user_id: held.id })]);

    let reset = '';
    expect(await added(held.id, async () => {
      reset = ok(await call<{ createPasswordResetLink: { url: string } }>('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: held.id }))
        .createPasswordResetLink.url;
    })).toEqual([expect.objectContaining({ action: 'user.password_reset_link.create', actor_user_id: org.admin.id })]);
    const used = await added(held.id, async () =>
      ok(await app.graphql('mutation($t: String!) { resetPasswordWithLink(token: $t, password: "Compiler#Bootstrap4") }', { t: tokenOf(reset) })),
    );
    expect(used).toEqual([expect.objectContaining({ action: 'user.reset_password_with_link', actor_user_id: held.id })]);
    const reused = await added(held.id, async () => {
      const again = await app.graphql('mutation($t: String!) { resetPasswordWithLink(token: $t, password: "Compiler#Bootstrap5") }', { t: tokenOf(reset) });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'LINK_INVALID' });
    });
    expect(reused).toEqual([]);

    ok(await call('mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }', { id: held.id }));
    const revokedLinks = await added(held.id, async () => {
      expect(ok(await call<{ revokePasswordResetLinks: number }>('mutation($id: ID!) { revokePasswordResetLinks(userId: $id) }', { id: held.id })).revokePasswordResetLinks).toBe(1);
    });
    expect(revokedLinks).toEqual([expect.objectContaining({ action: 'user.password_reset_link.revoke', actor_user_id: org.admin.id })]);

    const trail = JSON.stringify(await entriesFor(held.id));
    for (const secret of [tokenOf(activation), tokenOf(reset), sha256Hex(tokenOf(reset))]) expect(trail).not.toContain(secret);
    expect(trail).not.toMatch(/Compiler#Bootstrap/);
  });

  it('signing in writes a login event and the last login, which Recent Activity counts', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId);
    const activity = async () =>
      ok(await call<{ userActivity: { lastLoginAt: string | null; loginsLast7Days: number; loginsLast30Days: number; loginsLast365Days: number } }>(
        'query($id: ID!) { userActivity(userId: $id) { lastLoginAt loginsLast7Days loginsLast30Days loginsLast365Days } }',
        { id: user.id },
      )).userActivity;
    expect(await activity()).toEqual({ lastLoginAt: null, loginsLast7Days: 0, loginsLast30Days: 0, loginsLast365Days: 0 });
    await signIn(app, org.tenant.slug, user.username);
    await signIn(app, org.tenant.slug, user.username);
    await app.graphql('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
      input: { tenant: org.tenant.slug, username: user.username, password: 'Wrong#Password1' },
    });
    const after = await activity();
    expect(after).toMatchObject({ loginsLast7Days: 2, loginsLast30Days: 2, loginsLast365Days: 2 });
    expect(Date.now() - Date.parse(after.lastLoginAt!)).toBeLessThan(60_000);
    const events: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM login_event WHERE user_id = $1', [user.id]);
    expect(Number(events[0]!.count)).toBe(2);
  });

  it("lists the user's recent audit entries as actor and as target, and only theirs", async () => {
    const clerkRole = await createRole(app.database.dataSource, org.tenant.id, ['users.access', 'users.read', 'users.update'], 'Clerk');
    const clerk = await createUser(app.database.dataSource, org.tenant.id, clerkRole.id, { firstName: 'Cleo', lastName: 'Clerk' });
    const clerkToken = await signIn(app, org.tenant.slug, clerk.username);
    const bystander = await createUser(app.database.dataSource, org.tenant.id, roleId);
    ok(await call('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, jobTitle: "Records clerk" }) { id } }', { id: clerk.id }));
    ok(await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, department: "Archive" }) { id } }', { id: bystander.id }, clerkToken));
    ok(await call('mutation($id: ID!) { updateUser(input: { id: $id, version: 2, location: "Lyon" }) { id } }', { id: bystander.id }));

    const recent = ok(await call<{ userActivity: { recentAuditEntries: Array<{ action: string; targetId: string; actor: { userId: string } }> } }>(
      'query($id: ID!) { userActivity(userId: $id) { recentAuditEntries { action targetId actor { userId } } } }',
      { id: clerk.id },
    )).userActivity.recentAuditEntries;
    expect(recent).toEqual([
      { action: 'user.update', targetId: bystander.id, actor: { userId: clerk.id } },
      { action: 'user.update', targetId: clerk.id, actor: { userId: org.admin.id } },
    ]);

    const involving = ok(await call<{ auditEntries: { totalCount: number; edges: Array<{ node: { targetId: string } }> } }>(
      'query($id: ID!) { auditEntries(filter: { involvingId: $id }) { totalCount edges { node { targetId } } } }',
      { id: clerk.id },
    )).auditEntries;
    expect(involving.totalCount).toBe(2);
    expect(involving.edges.map((edge) => edge.node.targetId)).toEqual([bystander.id, clerk.id]);
  });

  it('filters the tenant trail by actor, target, action prefix and time range, paging by cursor', async () => {
    const other = await tenantWithAdmin(app, 'Filter Org');
    const second = await createUser(app.database.dataSource, other.tenant.id, other.adminRoleId, { firstName: 'Sam', lastName: 'Second' });
    const secondToken = await signIn(app, other.tenant.slug, second.username);
    const start = new Date(Date.now() - 1_000).toISOString();
    const roleIds: string[] = [];
    for (const [name, token] of [['Alpha', other.token], ['Beta', secondToken], ['Gamma', other.token]] as const) {
      roleIds.push(ok(await app.graphql<{ createRole: { id: string } }>('mutation($n: String!) { createRole(input: { name: $n }) { id } }', { n: name }, token)).createRole.id);
    }
    ok(await app.graphql('mutation($id: ID!) { renameRole(id: $id, name: "Alpha prime") { id } }', { id: roleIds[0] }, secondToken));
    ok(await app.graphql('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, jobTitle: "Second" }) { id } }', { id: second.id }, other.token));

    type Page = { auditEntries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { action: string; targetId: string } }> } };
    const list = async (filter: Record<string, unknown>, first = 50, after: string | null = null) =>
      ok(await app.graphql<Page>(
        'query($f: AuditFilter, $first: Int!, $after: String) { auditEntries(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { action targetId } } } }',
        { f: filter, first, after },
        other.token,
      )).auditEntries;

    const bySecond = await list({ actorId: second.id });
    expect(bySecond.edges.map((edge) => edge.node.action)).toEqual(['role.rename', 'role.create']);
    expect((await list({ targetId: roleIds[0] })).edges.map((edge) => edge.node.action)).toEqual(['role.rename', 'role.create']);
    const roleEntries = await list({ action: 'role.', from: start });
    expect(roleEntries.totalCount).toBe(4);
    expect(roleEntries.edges.every((edge) => edge.node.action.startsWith('role.'))).toBe(true);
    expect((await list({ action: 'role.create', from: start })).totalCount).toBe(3);
    expect((await list({ from: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);
    expect((await list({ to: start, action: 'role.' })).totalCount).toBe(0);

    const firstPage = await list({ from: start }, 2);
    expect(firstPage.totalCount).toBe(5);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const rest = await list({ from: start }, 50, firstPage.pageInfo.endCursor);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const seen = [...firstPage.edges, ...rest.edges].map((edge) => `${edge.node.action}:${edge.node.targetId}`);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);

    // The first tenant's entries never show up in the second one's trail.
    expect((await list({ actorId: org.admin.id })).totalCount).toBe(0);
    const backwards = await app.graphql('query($f: AuditFilter) { auditEntries(filter: $f) { totalCount } }', { f: { from: new Date().toISOString(), to: start } }, other.token);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const badId = await app.graphql('query { auditEntries(filter: { actorId: "nope" }) { totalCount } }', {}, other.token);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.actorId' });
  });
});
