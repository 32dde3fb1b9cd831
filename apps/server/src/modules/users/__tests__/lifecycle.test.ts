import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const USER = 'query($id: ID!) { user(id: $id) { id state isActive version passwordChangeRequired approvalGroups { name } holidayDelegations { id } } }';

describe('user lifecycle and admin actions', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let staffRoleId: string;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const mutate = (name: string, id: string) => call(`mutation($id: ID!) { ${name}(id: $id) { id state } }`, { id });
  const newUser = async (fields: Parameters<typeof createUser>[3] = {}) => createUser(app.database.dataSource, org.tenant.id, staffRoleId, fields);
  async function auditCount(id: string): Promise<number> {
    const [row]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM audit_entry WHERE target_id = $1', [id]);
    return Number(row!.count);
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Lifecycle Org');
    staffRoleId = (await createRole(app.database.dataSource, org.tenant.id, ['users.access', 'users.read'], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses password actions in introduction mode and for inactive users, saying why', async () => {
    const created = ok(await call<{ createUser: { id: string } }>(
      'mutation($role: ID!) { createUser(input: { username: "intro", email: "intro@example.test", roleId: $role }) { id } }',
      { role: staffRoleId },
    )).createUser;
    for (const action of ['resetPassword', 'forceReset']) {
      const refused = await mutate(action, created.id);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USER_IN_INTRODUCTION' });
      expect(refused.errors?.[0]?.message).toMatch(/introduction mode/);
    }
    const inactive = await newUser({ isActive: false });
    const refused = await mutate('resetPassword', inactive.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USER_INACTIVE' });
    expect(refused.errors?.[0]?.message).toBe('Password actions are blocked for inactive users');
    const setRefused = await call('mutation($id: ID!) { setPassword(input: { userId: $id, password: "Fresh#Start2026", confirmation: "Fresh#Start2026" }) { id } }', { id: inactive.id });
    expect(setRefused.errors?.[0]?.extensions?.reason).toBe('USER_INACTIVE');
  });

  it('deactivates: sign-in and existing sessions stop at once, approval groups and delegations are cleared; reactivation keeps the password', async () => {
    const user = await newUser();
    const colleague = await newUser();
    const ds = app.database.dataSource;
    const [group]: Array<{ id: string }> = await ds.query("INSERT INTO approval_group (tenant_id, name) VALUES ($1, 'Purchase approvers') RETURNING id", [org.tenant.id]);
    await ds.query('INSERT INTO approval_group_member (group_id, user_id) VALUES ($1, $2), ($1, $3)', [group!.id, user.id, colleague.id]);
    await ds.query("INSERT INTO holiday_delegation (tenant_id, delegator_id, delegate_id, starts_on, ends_on) VALUES ($1, $2, $3, '2026-12-20', '2027-01-03')", [org.tenant.id, colleague.id, user.id]);
    const before = ok(await call<{ user: { approvalGroups: unknown[]; holidayDelegations: unknown[] } }>(USER, { id: user.id })).user;
    expect(before.approvalGroups).toEqual([{ name: 'Purchase approvers' }]);
    expect(before.holidayDelegations).toHaveLength(1);
    const named = ok(await call<{ user: { holidayDelegations: Array<{ delegator: { username: string }; delegate: { username: string } }> } }>(
      'query($id: ID!) { user(id: $id) { holidayDelegations { delegator { username } delegate { username } } } }',
      { id: user.id },
    )).user.holidayDelegations;
    expect(named).toEqual([{ delegator: { username: colleague.username }, delegate: { username: user.username } }]);

    const token = await signIn(app, org.tenant.slug, user.username);
    ok(await app.graphql('{ me { username } }', {}, token));
    const deactivated = ok(await mutate('deactivateUser', user.id)) as { deactivateUser: { state: string } };
    expect(deactivated.deactivateUser.state).toBe('INACTIVE');
    expect((await app.graphql('{ me { username } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const relogin = await app.graphql('mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }', {
      input: { tenant: org.tenant.slug, username: user.username, password: TEST_PASSWORD },
    });
    expect(relogin.errors?.[0]?.message).toBe('Invalid username or password');
    const after = ok(await call<{ user: { approvalGroups: unknown[]; holidayDelegations: unknown[] } }>(USER, { id: user.id })).user;
    expect(after).toMatchObject({ approvalGroups: [], holidayDelegations: [] });
    const colleagueGroups = ok(await call<{ user: { approvalGroups: unknown[] } }>(USER, { id: colleague.id })).user.approvalGroups;
    expect(colleagueGroups).toEqual([{ name: 'Purchase approvers' }]);
    const [audit]: Array<{ after: Record<string, unknown> }> = await ds.query(
      "SELECT after FROM audit_entry WHERE target_id = $1 AND action = 'user.deactivate'",
      [user.id],
    );
    expect(audit!.after).toMatchObject({ removedFromApprovalGroups: ['Purchase approvers'], removedHolidayDelegations: 1 });

    expect((await mutate('deactivateUser', user.id)).errors?.[0]?.extensions?.reason).toBe('USER_INACTIVE');
    expect((ok(await mutate('reactivateUser', user.id)) as { reactivateUser: { state: string } }).reactivateUser.state).toBe('ACTIVE');
    await signIn(app, org.tenant.slug, user.username);
  });

  it('soft-deletes: hidden, sign-in blocked; only a super admin inside the tenant restores', async () => {
    const user = await newUser({ firstName: 'Temporary', lastName: 'Contractor' });
    const deleted = ok(await call<{ deleteUser: { state: string } }>('mutation($id: ID!) { deleteUser(id: $id) { state } }', { id: user.id }));
    expect(deleted.deleteUser.state).toBe('DELETED');
    expect((await call(USER, { id: user.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = ok(await call<{ users: { edges: Array<{ node: { id: string } }> } }>('{ users(first: 100) { edges { node { id } } } }'));
    expect(list.users.edges.map((edge) => edge.node.id)).not.toContain(user.id);
    expect((await call('{ users(first: 5, filter: { states: [DELETED] }) { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const login = await app.graphql('mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }', {
      input: { tenant: org.tenant.slug, username: user.username, password: TEST_PASSWORD },
    });
    expect(login.errors?.[0]?.message).toBe('Invalid username or password');

    expect((await mutate('restoreUser', user.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const operator = await signedInSuperAdmin(app);
    ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { id } }', { id: org.tenant.id }, operator.token));
    const visible = ok(await app.graphql<{ users: { edges: Array<{ node: { id: string } }> } }>(
      '{ users(first: 50, filter: { states: [DELETED] }) { edges { node { id } } } }',
      {},
      operator.token,
    ));
    expect(visible.users.edges.map((edge) => edge.node.id)).toContain(user.id);
    const restored = ok(await app.graphql<{ restoreUser: { state: string } }>('mutation($id: ID!) { restoreUser(id: $id) { state } }', { id: user.id }, operator.token));
    expect(restored.restoreUser.state).toBe('ACTIVE');
    ok(await app.graphql('mutation { leaveTenant }', {}, operator.token));
    await signIn(app, org.tenant.slug, user.username);
  });

  it('forces a password change at the next sign-in of an active user', async () => {
    const user = await newUser();
    const forced = ok(await call<{ forceReset: { passwordChangeRequired: boolean } }>('mutation($id: ID!) { forceReset(id: $id) { passwordChangeRequired } }', { id: user.id }));
    expect(forced.forceReset.passwordChangeRequired).toBe(true);
    const login = ok(await app.graphql<{ login: { __typename: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { __typename } }',
      { input: { tenant: org.tenant.slug, username: user.username, password: TEST_PASSWORD } },
    ));
    expect(login.login.__typename).toBe('PasswordChangeRequired');
  });

  it('sets a password directly, returning every broken policy rule and checking the confirmation', async () => {
    const user = await newUser({ username: 'margaret' });
    const weak = await call('mutation($id: ID!) { setPassword(input: { userId: $id, password: "margaret", confirmation: "margaret" }) { id } }', { id: user.id });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PASSWORD_POLICY' });
    const rules = (weak.errors?.[0]?.extensions?.failures as Array<{ rule: string }>).map((failure) => failure.rule);
    expect(rules).toEqual(expect.arrayContaining(['upper', 'digit', 'special', 'contains_username']));
    const mismatch = await call('mutation($id: ID!) { setPassword(input: { userId: $id, password: "Apollo#Guidance11", confirmation: "Apollo#Guidance12" }) { id } }', { id: user.id });
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({ field: 'confirmation' });
    ok(await call('mutation($id: ID!) { setPassword(input: { userId: $id, password: "Apollo#Guidance11", confirmation: "Apollo#Guidance11" }) { id } }', { id: user.id }));
    ok(await app.graphql('mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }', {
      input: { tenant: org.tenant.slug, username: 'margaret', password: 'Apollo#Guidance11' },
    }));
  });

  it('edits with optimistic concurrency: of 20 edits from the same version one wins, the others get CONFLICT', async () => {
    const user = await newUser({ firstName: 'Ada' });
    const edit = (firstName: string) =>
      call<{ updateUser: { firstName: string; version: number } }>(
        'mutation($id: ID!, $name: String!) { updateUser(input: { id: $id, version: 1, firstName: $name }) { firstName version } }',
        { id: user.id, name: firstName },
      );
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => edit(`Edit ${i}`)));
    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) expect(loser.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const stored = ok(await call<{ user: { version: number } }>(USER, { id: user.id })).user;
    expect(stored.version).toBe(2);
    const [row]: Array<{ first_name: string }> = await app.database.dataSource.query('SELECT first_name FROM user_account WHERE id = $1', [user.id]);
    expect(row!.first_name).toBe(winners[0]!.data!.updateUser.firstName);
    const entries: Array<{ after: { firstName: string } }> = await app.database.dataSource.query(
      "SELECT after FROM audit_entry WHERE target_id = $1 AND action = 'user.update'",
      [user.id],
    );
    expect(entries.map((entry) => entry.after.firstName)).toEqual([row!.first_name]);
  });

  it('refuses to edit the username and to reuse an email address', async () => {
    const user = await newUser();
    await newUser({ email: 'taken@example.test' });
    const username = await call('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, username: "renamed" }) { id } }', { id: user.id });
    expect(username.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username', reason: 'USERNAME_LOCKED' });
    const email = await call('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, email: "TAKEN@example.test" }) { id } }', { id: user.id });
    expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL_TAKEN' });
    const invalid = await call('mutation($id: ID!) { updateUser(input: { id: $id, version: 1, email: "not an email" }) { id } }', { id: user.id });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const duplicate = await call('mutation($role: ID!) { createUser(input: { username: "dup", email: "taken@example.test", roleId: $role }) { id } }', { role: staffRoleId });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'EMAIL_TAKEN' });
    expect(await auditCount(user.id)).toBe(0);
  });

  it('changes the role with immediate effect on the next request', async () => {
    const nobodyRole = await createRole(app.database.dataSource, org.tenant.id, [], 'Nobody');
    const user = await newUser();
    const token = await signIn(app, org.tenant.slug, user.username);
    ok(await app.graphql('{ users(first: 1) { totalCount } }', {}, token));
    ok(await call('mutation($id: ID!, $role: ID!) { changeRole(id: $id, roleId: $role) { id } }', { id: user.id, role: nobodyRole.id }));
    expect((await app.graphql('{ users(first: 1) { totalCount } }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditCount(user.id)).toBe(1);
  });

  it('toggles portal access without touching the account', async () => {
    const user = await newUser();
    const on = ok(await call<{ setPortalAccess: { portalAccess: boolean; state: string } }>(
      'mutation($id: ID!) { setPortalAccess(id: $id, enabled: true) { portalAccess state } }',
      { id: user.id },
    ));
    expect(on.setPortalAccess).toEqual({ portalAccess: true, state: 'ACTIVE' });
    const off = ok(await call<{ setPortalAccess: { portalAccess: boolean; state: string } }>(
      'mutation($id: ID!) { setPortalAccess(id: $id, enabled: false) { portalAccess state } }',
      { id: user.id },
    ));
    expect(off.setPortalAccess).toEqual({ portalAccess: false, state: 'ACTIVE' });
    expect(await auditCount(user.id)).toBe(2);
  });

  it('never lets the tenant lock itself out', async () => {
    const selfDeactivate = await mutate('deactivateUser', org.admin.id);
    expect(selfDeactivate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMINISTRATOR' });
    const selfDelete = await mutate('deleteUser', org.admin.id);
    expect(selfDelete.errors?.[0]?.extensions?.reason).toBe('LAST_ADMINISTRATOR');
    const demote = await call('mutation($id: ID!, $role: ID!) { changeRole(id: $id, roleId: $role) { id } }', { id: org.admin.id, role: staffRoleId });
    expect(demote.errors?.[0]?.extensions?.reason).toBe('LAST_ADMINISTRATOR');

    await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    ok(await call('mutation($id: ID!, $role: ID!) { changeRole(id: $id, roleId: $role) { id } }', { id: org.admin.id, role: staffRoleId }));
  });
});
