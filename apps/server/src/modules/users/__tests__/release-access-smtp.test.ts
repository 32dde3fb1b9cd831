import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startSmtpCatcher } from '../../../test-support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { __typename ... on Session { accessToken } ... on PasswordChangeRequired { changeToken reason } }
}`;
interface LoginResult {
  login: { __typename: string; accessToken?: string; changeToken?: string; reason?: string };
}
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id state holdInvite } }`;

describe('release access: a temporary password by real SMTP that works exactly once', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let org: TenantWithAdmin;
  let roleId: string;

  const login = (username: string, password: string) =>
    app.graphql<LoginResult>(LOGIN, {
      input: { tenant: org.tenant.slug, username, password },
    });

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startTestApp({ smtpUrl: smtp.url, publicUrl: 'https://access.example.test' });
    org = await tenantWithAdmin(app, 'Mail Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, ['users.access', 'users.read'], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('creates an internal user in introduction mode: no email, no sign-in', async () => {
    const created = ok(await app.graphql<{ createUser: { id: string; state: string; holdInvite: boolean } }>(
      CREATE,
      { input: { username: 'grace', email: 'Grace@Example.test', firstName: 'Grace', lastName: 'Hopper', roleId } },
      org.token,
    ));
    expect(created.createUser).toMatchObject({ state: 'INTRODUCTION', holdInvite: true });
    expect(smtp.messages).toEqual([]);
    expect((await login('grace', 'anything')).errors?.[0]?.message).toBe('Invalid username or password');
  });

  it('emails a temporary password on release; the first sign-in may only choose a new password', async () => {
    const found = ok(await app.graphql<{ users: { edges: Array<{ node: { id: string } }> } }>(
      '{ users(first: 5, filter: { name: "grace" }) { edges { node { id } } } }',
      {},
      org.token,
    ));
    const id = found.users.edges[0]!.node.id;
    const released = ok(await app.graphql<{ releaseAccess: { state: string } }>('mutation($id: ID!) { releaseAccess(id: $id) { state } }', { id }, org.token));
    expect(released.releaseAccess.state).toBe('RELEASED');

    await app.deliverDueMail();
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toBe('grace@example.test');
    expect(mail.subject).toBe('Your Mail Org sign-in details');
    expect(mail.text).toContain('https://access.example.test/login');
    expect(mail.text).toContain(`Organisation:     ${org.tenant.slug}`);
    expect(mail.text).toMatch(/choose your own password straight away/);
    const temporary = /Temporary password: (\S+)/.exec(mail.text)?.[1];
    expect(temporary).toBeDefined();

    const first = ok(await login('grace', temporary!));
    expect(first.login).toMatchObject({ __typename: 'PasswordChangeRequired', reason: 'TEMPORARY_PASSWORD' });
    const narrow = first.login.changeToken!;
    const refused = await app.graphql('{ users(first: 5) { totalCount } }', {}, narrow);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });

    expect((await login('grace', temporary!)).errors?.[0]?.message).toBe('Invalid username or password');

    const same = await app.graphql('mutation($p: String!) { completePasswordChange(newPassword: $p) { __typename } }', { p: temporary }, narrow);
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(JSON.stringify(same.errors?.[0]?.extensions?.failures)).toContain('same_as_temporary');

    const weak = await app.graphql('mutation { completePasswordChange(newPassword: "short") { __typename } }', {}, narrow);
    const rules = (weak.errors?.[0]?.extensions?.failures as Array<{ rule: string }>).map((failure) => failure.rule);
    expect(rules).toEqual(expect.arrayContaining(['min_length', 'upper', 'digit', 'special']));

    const changed = ok(await app.graphql<{ completePasswordChange: { __typename: string; accessToken: string } }>(
      'mutation { completePasswordChange(newPassword: "Compiler#Cobol1959") { __typename ... on Session { accessToken } } }',
      {},
      narrow,
    ));
    expect(changed.completePasswordChange.__typename).toBe('Session');
    ok(await app.graphql('{ users(first: 5) { totalCount } }', {}, changed.completePasswordChange.accessToken));
    expect(ok(await login('grace', 'Compiler#Cobol1959')).login.__typename).toBe('Session');
    expect((await login('grace', temporary!)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const state = ok(await app.graphql<{ user: { state: string } }>('query($id: ID!) { user(id: $id) { state } }', { id }, org.token));
    expect(state.user.state).toBe('ACTIVE');
  });

  it('emails a temporary password when an admin resets one: the old password stops, the new one works once', async () => {
    const user = await createUser(app.database.dataSource, org.tenant.id, roleId, { username: 'ada', email: 'ada@example.test', firstName: 'Ada' });
    const before = smtp.messages.length;
    ok(await app.graphql('mutation($id: ID!) { resetPassword(id: $id) { id } }', { id: user.id }, org.token));
    await app.deliverDueMail();
    expect(smtp.messages).toHaveLength(before + 1);
    const mail = smtp.messages.at(-1)!;
    expect(mail.to).toBe('ada@example.test');
    expect(mail.subject).toBe('Your Mail Org password was reset');
    expect(mail.text).toContain('Your previous password no longer works');
    expect(mail.text).toContain('https://access.example.test/login');
    expect(mail.text).not.toContain(TEST_PASSWORD);
    const temporary = /Temporary password: (\S+)/.exec(mail.text)?.[1];
    expect(temporary).toBeDefined();

    expect((await login('ada', TEST_PASSWORD)).errors?.[0]?.message).toBe('Invalid username or password');
    expect(ok(await login('ada', temporary!)).login).toMatchObject({ __typename: 'PasswordChangeRequired', reason: 'TEMPORARY_PASSWORD' });
    expect((await login('ada', temporary!)).errors?.[0]?.message).toBe('Invalid username or password');
  });

  it('releases access while the mail server refuses the message, and keeps the message for a retry', async () => {
    const created = ok(await app.graphql<{ createUser: { id: string } }>(
      CREATE,
      { input: { username: 'linus', email: 'linus@example.test', roleId } },
      org.token,
    )).createUser;
    smtp.refuseMail(true);
    try {
      const released = ok(await app.graphql<{ releaseAccess: { state: string } }>('mutation($id: ID!) { releaseAccess(id: $id) { state } }', { id: created.id }, org.token));
      expect(released.releaseAccess.state).toBe('RELEASED');
      await app.deliverDueMail();
    } finally {
      smtp.refuseMail(false);
    }
    const [audit]: Array<{ count: string }> = await app.database.dataSource.query(
      "SELECT count(*) AS count FROM audit_entry WHERE target_id = $1 AND action = 'user.release_access'",
      [created.id],
    );
    expect(Number(audit!.count)).toBe(1);
    expect(smtp.messages.filter((message) => message.to === 'linus@example.test')).toEqual([]);
    const undelivered = ok(await app.graphql<{ mailDelivery: { messages: Array<{ to: string; status: string; lastError: string }> } }>(
      '{ mailDelivery { messages { to status lastError } } }',
      {},
      org.token,
    )).mailDelivery.messages;
    expect(undelivered).toEqual([{ to: 'linus@example.test', status: 'FAILED', lastError: expect.stringMatching(/550/) }]);
  });
});
