import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startSmtpCatcher } from '../../../test-support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createWorker, signedInWith } from './fixtures.js';

const ADD = `mutation($input: AddExternalPlannerUserInput!) {
  addExternalPlannerUser(input: $input) { id username email displayName affiliation inviteStatus portalAccess }
}`;
const LIST = `query($filter: PlannerUserFilter, $first: Int!, $after: String) {
  plannerUsers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id username affiliation inviteStatus } }
  }
}`;
const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { __typename ... on Session { accessToken } ... on PasswordChangeRequired { changeToken reason } }
}`;

interface PlannerUserNode {
  id: string;
  username: string;
  affiliation: string;
  inviteStatus: string;
}
interface ListResult {
  plannerUsers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: PlannerUserNode }> };
}

describe('Planner Users: list, add external worker, Activate & Invite', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let org: TenantWithAdmin;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const list = async (variables: Record<string, unknown>) => ok(await call<ListResult>(LIST, { first: 25, ...variables })).plannerUsers;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startTestApp({ smtpUrl: smtp.url, publicUrl: 'https://access.example.test' });
    org = await tenantWithAdmin(app, 'Planner Org');
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('adds an external worker on hold: Worker role, username from the email, portal on, no email, no sign-in', async () => {
    const added = ok(await call<{ addExternalPlannerUser: Record<string, unknown> & { id: string } }>(ADD, {
      input: { firstName: ' Maya ', lastName: 'Field', email: 'Maya.Field+Crew@Example.test' },
    })).addExternalPlannerUser;
    expect(added).toMatchObject({
      username: 'maya.field.crew@example.test',
      email: 'maya.field+crew@example.test',
      displayName: 'Maya Field',
      affiliation: 'EXTERNAL',
      inviteStatus: 'HOLDING',
      portalAccess: true,
    });
    const [row]: Array<{ role: string; is_system: boolean; origin: string; external_planner_access: boolean; hold_invite: boolean; password_hash: string | null }> =
      await app.database.dataSource.query(
        'SELECT r.name AS role, r.is_system, u.origin, u.external_planner_access, u.hold_invite, u.password_hash FROM user_account u JOIN role r ON r.id = u.role_id WHERE u.id = $1',
        [added.id],
      );
    expect(row).toEqual({ role: 'Worker', is_system: true, origin: 'external', external_planner_access: true, hold_invite: true, password_hash: null });
    await app.deliverDueMail();
    expect(smtp.messages).toEqual([]);
    const [audit]: Array<{ action: string }> = await app.database.dataSource.query('SELECT action FROM audit_entry WHERE target_id = $1', [added.id]);
    expect(audit?.action).toBe('user.create');

    const second = ok(await call<{ addExternalPlannerUser: { id: string } }>(ADD, { input: { firstName: 'Ola', lastName: 'Nord', email: 'ola@example.test' } }));
    const [roles]: Array<{ count: string }> = await app.database.dataSource.query("SELECT count(*) AS count FROM role WHERE tenant_id = $1 AND name = 'Worker'", [org.tenant.id]);
    expect(Number(roles!.count)).toBe(1);
    expect(second.addExternalPlannerUser.id).not.toBe(added.id);
  });

  it('refuses a duplicate email (whatever its case) and bad input, naming the field', async () => {
    await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId, { email: 'taken@example.test' });
    const duplicate = await call(ADD, { input: { firstName: 'T', lastName: 'Aken', email: 'TAKEN@example.test' } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL_TAKEN' });
    expect(duplicate.errors?.[0]?.message).toBe('Another user already has the email address taken@example.test');
    const badEmail = await call(ADD, { input: { firstName: 'No', lastName: 'Mail', email: 'not-an-email' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const noName = await call(ADD, { input: { firstName: '  ', lastName: 'Blank', email: 'blank@example.test' } });
    expect(noName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
    const [count]: Array<{ count: string }> = await app.database.dataSource.query("SELECT count(*) AS count FROM user_account WHERE email IN ('blank@example.test', 'not-an-email')");
    expect(Number(count!.count)).toBe(0);
  });

  it('Activate & Invite emails a temporary password; the first sign-in must choose a new one; a second invite is refused', async () => {
    const added = ok(await call<{ addExternalPlannerUser: { id: string; username: string } }>(ADD, {
      input: { firstName: 'Ivy', lastName: 'Invite', email: 'ivy@example.test' },
    })).addExternalPlannerUser;
    const invited = ok(await call<{ activateAndInvite: { inviteStatus: string } }>('mutation($id: ID!) { activateAndInvite(userId: $id) { inviteStatus } }', { id: added.id }));
    expect(invited.activateAndInvite.inviteStatus).toBe('INVITED');

    await app.deliverDueMail();
    const mail = smtp.messages.find((message) => message.to === 'ivy@example.test');
    expect(mail?.subject).toBe('Your Planner Org sign-in details');
    expect(mail?.text).toContain('https://access.example.test/portal/login');
    const temporary = /Temporary password: (\S+)/.exec(mail?.text ?? '')?.[1];
    expect(temporary).toBeDefined();
    const first = ok(await app.graphql<{ login: { __typename: string; reason?: string } }>(LOGIN, {
      input: { tenant: org.tenant.slug, username: added.username, password: temporary },
    }));
    expect(first.login).toMatchObject({ __typename: 'PasswordChangeRequired', reason: 'TEMPORARY_PASSWORD' });

    const again = await call('mutation($id: ID!) { activateAndInvite(userId: $id) { id } }', { id: added.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_HOLDING', inviteStatus: 'INVITED' });
    expect(again.errors?.[0]?.message).toBe('Ivy Invite has already been invited; to send a new temporary password, reset their password');
    const active = await createWorker(app, org);
    const refused = await call('mutation($id: ID!) { activateAndInvite(userId: $id) { id } }', { id: active.id });
    expect(refused.errors?.[0]?.message).toMatch(/has already activated their account/);
  });

  it('Activate & Invite goes through while the mail server refuses; the mail waits, dead-lettered, for a retry', async () => {
    const added = ok(await call<{ addExternalPlannerUser: { id: string } }>(ADD, { input: { firstName: 'Una', lastName: 'Sent', email: 'una@example.test' } }))
      .addExternalPlannerUser;
    smtp.refuseMail(true);
    try {
      const invited = ok(await call<{ activateAndInvite: { inviteStatus: string } }>('mutation($id: ID!) { activateAndInvite(userId: $id) { inviteStatus } }', { id: added.id }));
      expect(invited.activateAndInvite.inviteStatus).toBe('INVITED');
      await app.deliverDueMail();
    } finally {
      smtp.refuseMail(false);
    }
    const [row]: Array<{ hold_invite: boolean; has_password: boolean }> = await app.database.dataSource.query(
      'SELECT hold_invite, password_hash IS NOT NULL AS has_password FROM user_account WHERE id = $1',
      [added.id],
    );
    expect(row).toEqual({ hold_invite: false, has_password: true });
    expect(smtp.messages.filter((message) => message.to === 'una@example.test')).toEqual([]);
    const [mail]: Array<{ status: string }> = await app.database.dataSource.query('SELECT status FROM mail_outbox WHERE to_address = $1', ['una@example.test']);
    expect(mail).toEqual({ status: 'FAILED' });
  });

  it('lists planner users only, with search, affiliation and invite-status filters and keyset pages', async () => {
    const own = await tenantWithAdmin(app, 'Listing Org');
    const ds = app.database.dataSource;
    const internal = await createWorker(app, own, { origin: 'internal', firstName: 'Ingrid', lastName: 'Inside' });
    const external = await createWorker(app, own, { firstName: 'Eddie', lastName: 'Outside' });
    const inactive = await createWorker(app, own, { firstName: 'Nina', lastName: 'Napping', isActive: false });
    const holding = ok(await app.graphql<{ addExternalPlannerUser: { id: string } }>(ADD, { input: { firstName: 'Hal', lastName: 'Holding', email: 'hal@example.test' } }, own.token))
      .addExternalPlannerUser;
    const deleted = await createWorker(app, own, { firstName: 'Dora', lastName: 'Deleted' });
    await ds.query('UPDATE user_account SET deleted_at = now() WHERE id = $1', [deleted.id]);
    const listIn = async (variables: Record<string, unknown>) => ok(await app.graphql<ListResult>(LIST, { first: 25, ...variables }, own.token)).plannerUsers;

    const everyone = await listIn({});
    // The admin of the tenant is not a planner user; neither is the deleted worker.
    expect(everyone.edges.map((edge) => edge.node.id).sort()).toEqual([internal.id, external.id, inactive.id, holding.id].sort());
    expect(everyone.totalCount).toBe(4);

    expect((await listIn({ filter: { affiliation: 'INTERNAL' } })).edges.map((edge) => edge.node.id)).toEqual([internal.id]);
    expect((await listIn({ filter: { affiliation: 'EXTERNAL' } })).totalCount).toBe(3);
    expect((await listIn({ filter: { inviteStatus: 'HOLDING' } })).edges.map((edge) => edge.node.id)).toEqual([holding.id]);
    expect((await listIn({ filter: { inviteStatus: 'INACTIVE' } })).edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: inactive.id, inviteStatus: 'INACTIVE', affiliation: 'EXTERNAL' }),
    ]);
    expect((await listIn({ filter: { inviteStatus: 'ACTIVE', affiliation: 'EXTERNAL' } })).edges.map((edge) => edge.node.id)).toEqual([external.id]);
    expect((await listIn({ filter: { search: 'outSIDE' } })).edges.map((edge) => edge.node.id)).toEqual([external.id]);
    expect((await listIn({ filter: { search: 'hal@example' } })).edges.map((edge) => edge.node.id)).toEqual([holding.id]);
    expect((await listIn({ filter: { search: 'Ingrid Ins' } })).edges.map((edge) => edge.node.id)).toEqual([internal.id]);
    expect((await listIn({ filter: { search: '%' } })).totalCount).toBe(0);

    const firstPage = await listIn({ first: 3 });
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    expect(firstPage.totalCount).toBe(4);
    const secondPage = await listIn({ first: 3, after: firstPage.pageInfo.endCursor });
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    const paged = [...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.id);
    expect(paged).toEqual(everyone.edges.map((edge) => edge.node.id));
    // By last name: Holding, Inside, Napping, Outside.
    expect(paged).toEqual([holding.id, internal.id, inactive.id, external.id]);

    const badCursor = await app.graphql(LIST, { first: 3, after: 'nonsense' }, own.token);
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // PostgreSQL text cannot hold NUL, so a sort key with one cannot be compared with any name.
    const nulCursor = await app.graphql(LIST, { first: 3, after: Buffer.from(JSON.stringify(['a\u0000', internal.id])).toString('base64url') }, own.token);
    expect(nulCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await app.graphql(LIST, { first: 500 }, own.token);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses callers without the planner permissions', async () => {
    const reader = await signedInWith(app, org, ['planner.access', 'planner.users.read']);
    const nobody = await signedInWith(app, org, ['users.access', 'users.read']);
    expect((await call(LIST, { first: 5 }, nobody)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(LIST, { first: 5 }, reader)).data).toBeTruthy();
    const add = await call(ADD, { input: { firstName: 'No', lastName: 'Way', email: 'noway@example.test' } }, reader);
    expect(add.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const worker = await createWorker(app, org);
    expect((await call('mutation($id: ID!) { activateAndInvite(userId: $id) { id } }', { id: worker.id }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps tenants apart: another tenant sees no planner user of this one', async () => {
    const other = await tenantWithAdmin(app, 'Other Org');
    const added = ok(await call<{ addExternalPlannerUser: { id: string } }>(ADD, { input: { firstName: 'Tia', lastName: 'Tenant', email: 'tia@example.test' } }))
      .addExternalPlannerUser;
    const invite = await app.graphql('mutation($id: ID!) { activateAndInvite(userId: $id) { id } }', { id: added.id }, other.token);
    expect(invite.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherList = ok(await app.graphql<ListResult>(LIST, { first: 25 }, other.token)).plannerUsers;
    expect(otherList.totalCount).toBe(0);
    // The same email may exist in another tenant.
    expect((await app.graphql(ADD, { input: { firstName: 'Tia', lastName: 'Tenant', email: 'tia@example.test' } }, other.token)).errors).toBeUndefined();
  });

  it('does not treat a user without planner access as a planner user', async () => {
    const staff = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    const invite = await call('mutation($id: ID!) { activateAndInvite(userId: $id) { id } }', { id: staff.id });
    expect(invite.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await list({ filter: { search: staff.username } })).totalCount).toBe(0);
  });
});
