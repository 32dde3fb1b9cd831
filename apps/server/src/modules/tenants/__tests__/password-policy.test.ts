import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const POLICY = '{ passwordPolicy { minLength maxLength requireUpper requireSpecial specialCharacters rejectCommon } }';
const UPDATE = 'mutation($input: PasswordPolicyInput!) { updatePasswordPolicy(input: $input) { minLength maxLength requireSpecial } }';

describe('per-tenant password policy', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let other: TenantWithAdmin;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Policy Org');
    other = await tenantWithAdmin(app, 'Other Policy Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('starts from the default policy of seed 003', async () => {
    expect(ok(await app.graphql(POLICY, {}, org.token))).toEqual({
      passwordPolicy: { minLength: 8, maxLength: 60, requireUpper: true, requireSpecial: true, specialCharacters: '!@#$%^&*_-', rejectCommon: true },
    });
  });

  it('changes the rules (audited) and applies them where passwords are chosen, in that tenant only', async () => {
    expect(ok(await app.graphql(UPDATE, { input: { minLength: 14 } }, org.token))).toEqual({ updatePasswordPolicy: { minLength: 14, maxLength: 60, requireSpecial: true } });
    const user = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId);
    const refused = await app.graphql(
      'mutation($id: ID!) { setPassword(input: { userId: $id, password: "Short#Pass12", confirmation: "Short#Pass12" }) { id } }',
      { id: user.id },
      org.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(JSON.stringify(refused.errors?.[0]?.extensions?.failures)).toContain('min_length');

    const elsewhere = await createUser(app.database.dataSource, other.tenant.id, other.adminRoleId);
    ok(await app.graphql('mutation($id: ID!) { setPassword(input: { userId: $id, password: "Short#Pass12", confirmation: "Short#Pass12" }) { id } }', { id: elsewhere.id }, other.token));

    const [audit]: Array<{ before: { minLength: number }; after: { minLength: number } }> = await app.database.dataSource.query(
      "SELECT before, after FROM audit_entry WHERE tenant_id = $1 AND action = 'tenant.update_password_policy'",
      [org.tenant.id],
    );
    expect(audit).toMatchObject({ before: { minLength: 8 }, after: { minLength: 14 } });
  });

  it('refuses an impossible combination, saying which rule, and changes nothing', async () => {
    const result = await app.graphql(UPDATE, { input: { maxLength: 10 } }, org.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policy.maxLength', reason: 'PASSWORD_POLICY_INVALID' });
    expect(ok(await app.graphql<{ passwordPolicy: { maxLength: number } }>(POLICY, {}, org.token)).passwordPolicy.maxLength).toBe(60);
  });

  it('needs tenant.settings.update to change, and lets any user of the tenant read it', async () => {
    const role = await createRole(app.database.dataSource, org.tenant.id, [], 'Plain');
    const plain = await createUser(app.database.dataSource, org.tenant.id, role.id);
    const token = await signIn(app, org.tenant.slug, plain.username);
    expect((await app.graphql(UPDATE, { input: { minLength: 6 } }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await app.graphql<{ passwordPolicy: { minLength: number } }>(POLICY, {}, token)).passwordPolicy.minLength).toBe(14);
  });
});
