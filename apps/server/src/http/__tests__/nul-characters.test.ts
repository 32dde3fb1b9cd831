import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole } from '../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }';

describe('text holding NUL (U+0000)', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let roleId: string;

  const usersNamed = async (username: string) =>
    Number((await app.database.dataSource.query('SELECT count(*) AS n FROM user_account WHERE tenant_id = $1 AND username = $2', [org.tenant.id, username]))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Nul Org');
    roleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('is refused in a variable as BAD_USER_INPUT naming its path, and nothing is written', async () => {
    const result = await app.graphql(CREATE, { input: { username: 'nul.var', email: 'nul.var@example.test', roleId, firstName: 'An\u0000a' } }, org.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.firstName' });
    expect(await usersNamed('nul.var')).toBe(0);
  });

  it('names the full path of the first NUL among nested objects and lists', async () => {
    const unused = 'query($v: Boolean! = false) { __typename @skip(if: $v) }';
    const inList = await app.graphql(unused, { extra: { list: [{ b: 'ok' }, { b: 'x\u0000' }] } });
    expect(inList.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'extra.list.1.b' });
    const afterList = await app.graphql(unused, { extra: { list: [{ b: 'ok' }, [['ok']]], after: 'x\u0000' } });
    expect(afterList.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'extra.after' });
  });

  it('is refused in a string literal of the document, naming the argument and input field', async () => {
    const result = await app.graphql(
      `mutation($role: ID!) { createUser(input: { username: "nul.inline", email: "nul.inline@example.test", roleId: $role, lastName: "B\\u0000" }) { id } }`,
      { role: roleId },
      org.token,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lastName' });
    expect(await usersNamed('nul.inline')).toBe(0);
  });

  it('leaves other text alone, escapes included', async () => {
    const created = ok(await app.graphql<{ createUser: { username: string } }>(CREATE, { input: { username: 'nul.none', email: 'nul.none@example.test', roleId, firstName: 'A\\u0000 \u0001' } }, org.token));
    expect(created.createUser.username).toBe('nul.none');
  });
});
