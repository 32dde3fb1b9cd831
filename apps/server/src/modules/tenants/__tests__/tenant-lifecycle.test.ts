import { randomBytes } from 'node:crypto';
import { SYSTEM_ROLE_KEYS } from '@access/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startSmtpCatcher } from '../../../test-support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const CREATE = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id slug name status suspendedAt } }`;
const SUSPEND = `mutation($id: ID!, $reason: String) { suspendTenant(id: $id, reason: $reason) { id status suspendedAt } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateTenant(id: $id) { id status suspendedAt } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameTenant(id: $id, name: $name) { id slug name } }`;
const PLATFORM_AUDIT = `query($filter: AuditFilter) { platformAuditEntries(filter: $filter, first: 50) {
  totalCount edges { node { action actor { label } targetId targetLabel before after } } } }`;
const ME = '{ me { username } }';

interface CreatedTenant {
  createTenant: { id: string; slug: string; name: string; status: string; suspendedAt: string | null };
}
interface PlatformAudit {
  platformAuditEntries: {
    totalCount: number;
    edges: Array<{ node: { action: string; actor: { label: string }; targetId: string; targetLabel: string; before: unknown; after: Record<string, unknown> } }>;
  };
}

const slugFor = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;

describe('platform tenants: onboarding, renaming, suspension', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let operator: { id: string; token: string };
  let demo: TenantWithAdmin;

  const counts = async () => {
    const [row] = await app.database.dataSource.query<Array<{ tenants: string; users: string; platform: string }>>(
      `SELECT (SELECT count(*) FROM tenant) AS tenants, (SELECT count(*) FROM user_account) AS users,
              (SELECT count(*) FROM audit_entry WHERE tenant_id IS NULL) AS platform`,
    );
    return row;
  };

  const create = (slug: string, overrides: Record<string, unknown> = {}) =>
    app.graphql<CreatedTenant>(
      CREATE,
      {
        input: {
          slug,
          name: 'Globex Europe',
          firstAdmin: { username: 'hank', email: `hank@${slug}.example`, firstName: 'Hank', lastName: 'Scorpio' },
          ...overrides,
        },
      },
      operator.token,
    );

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startTestApp({ smtpUrl: smtp.url, publicUrl: 'https://access.example.test' });
    operator = await signedInSuperAdmin(app);
    demo = await tenantWithAdmin(app, 'Existing Org');
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('creates a tenant with the system roles and invites its first administrator, who activates and signs in', async () => {
    const slug = slugFor('globex');
    const created = ok(await create(slug)).createTenant;
    expect(created).toMatchObject({ slug, name: 'Globex Europe', status: 'ACTIVE', suspendedAt: null });

    const roles = await app.database.dataSource.query<Array<{ name: string; is_system: boolean }>>('SELECT name, is_system FROM role WHERE tenant_id = $1', [created.id]);
    expect(roles).toHaveLength(SYSTEM_ROLE_KEYS.length);
    expect(roles.every((role) => role.is_system)).toBe(true);
    const [admin] = await app.database.dataSource.query<Array<{ id: string; role: string; password_hash: string | null; hold_invite: boolean }>>(
      'SELECT u.id, r.name AS role, u.password_hash, u.hold_invite FROM user_account u JOIN role r ON r.id = u.role_id WHERE u.tenant_id = $1',
      [created.id],
    );
    expect(admin).toMatchObject({ role: 'Administrator', password_hash: null, hold_invite: false });

    await app.deliverDueMail();
    const mail = smtp.messages.find((message) => message.to === `hank@${slug}.example`);
    expect(mail?.subject).toBe('Activate your Globex Europe account');
    expect(mail?.text).toContain(`Organisation:     ${slug}`);
    const token = /\/activate\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeTruthy();

    // Before activation there is no password to sign in with.
    await expect(signIn(app, slug, 'hank')).rejects.toThrow('Invalid username or password');
    ok(await app.graphql('mutation($token: String!, $password: String!) { activateAccount(token: $token, password: $password) }', { token, password: TEST_PASSWORD }));
    const adminToken = await signIn(app, slug, 'hank');
    const users = ok(await app.graphql<{ users: { totalCount: number; edges: Array<{ node: { username: string; role: { name: string } } }> } }>(
      '{ users(first: 10) { totalCount edges { node { username role { name } } } } }',
      {},
      adminToken,
    )).users;
    expect(users.totalCount).toBe(1);
    expect(users.edges.map((edge) => edge.node)).toEqual([{ username: 'hank', role: { name: 'Administrator' } }]);
    // The first administrator holds every administration permission of the tenant.
    ok(await app.graphql('mutation { createRole(input: { name: "Buyers" }) { id } }', {}, adminToken));

    const platform = ok(await app.graphql<PlatformAudit>(PLATFORM_AUDIT, { filter: { targetId: created.id } }, operator.token)).platformAuditEntries;
    expect(platform.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        action: 'tenant.create',
        actor: { label: 'Platform Operator (super admin)' },
        targetLabel: 'Globex Europe',
        after: expect.objectContaining({ slug, firstAdmin: { id: admin!.id, username: 'hank', email: `hank@${slug}.example` } }),
      }),
    ]);
    const inTenant = await app.database.dataSource.query<Array<{ action: string; actor_super_admin_id: string | null }>>(
      'SELECT action, actor_super_admin_id FROM audit_entry WHERE tenant_id = $1 ORDER BY sequence',
      [created.id],
    );
    expect(inTenant.slice(0, 2)).toEqual([
      { action: 'user.create', actor_super_admin_id: operator.id },
      { action: 'user.activation_link.create', actor_super_admin_id: operator.id },
    ]);
  });

  it.each([
    ['', 'SLUG_EMPTY'],
    ['Globex', 'SLUG_CHARACTERS'],
    ['globex corp', 'SLUG_CHARACTERS'],
    ['-globex', 'SLUG_EDGES'],
    ['admin', 'SLUG_RESERVED'],
    ['g', 'SLUG_TOO_SHORT'],
  ])('refuses the slug %j (%s) and creates nothing', async (slug, reason) => {
    const before = await counts();
    const refused = await create(slug);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug', reason });
    expect(await counts()).toEqual(before);
  });

  it('refuses a slug that is taken, a bad first-admin email and an empty name, creating nothing', async () => {
    const before = await counts();
    expect((await create(demo.tenant.slug)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug', reason: 'SLUG_TAKEN' });
    const badEmail = await create(slugFor('fresh'), { firstAdmin: { username: 'hank', email: 'not-an-email' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstAdmin.email' });
    expect((await create(slugFor('fresh'), { name: '   ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await counts()).toEqual(before);
  });

  it('is for super admins only: a tenant administrator is refused every platform operation', async () => {
    expect((await app.graphql(CREATE, { input: { slug: slugFor('x'), name: 'X', firstAdmin: { username: 'x1', email: 'x@x.example' } } }, demo.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(SUSPEND, { id: demo.tenant.id }, demo.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(PLATFORM_AUDIT, {}, demo.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql('{ tenants { id } }', {}, demo.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('renames the display name only, audited, and finds tenants by name or slug', async () => {
    const slug = slugFor('initech');
    const created = ok(await create(slug, { name: 'Initech' })).createTenant;
    const renamed = ok(await app.graphql<{ renameTenant: { slug: string; name: string } }>(RENAME, { id: created.id, name: '  Initech Holdings ' }, operator.token));
    expect(renamed.renameTenant).toMatchObject({ slug, name: 'Initech Holdings' });
    expect((await app.graphql(RENAME, { id: created.id, name: '' }, operator.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await app.graphql(RENAME, { id: 'not-an-id', name: 'X' }, operator.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const audit = ok(await app.graphql<PlatformAudit>(PLATFORM_AUDIT, { filter: { targetId: created.id, action: 'tenant.rename' } }, operator.token));
    expect(audit.platformAuditEntries.edges.map((edge) => [edge.node.before, edge.node.after])).toEqual([[{ name: 'Initech' }, { name: 'Initech Holdings' }]]);

    const byName = ok(await app.graphql<{ tenants: Array<{ slug: string }> }>('query($s: String) { tenants(filter: { search: $s }) { slug } }', { s: 'HOLDINGS' }, operator.token));
    expect(byName.tenants.map((tenant) => tenant.slug)).toEqual([slug]);
    const bySlug = ok(await app.graphql<{ tenants: Array<{ slug: string }> }>('query($s: String) { tenants(filter: { search: $s }) { slug } }', { s: slug }, operator.token));
    expect(bySlug.tenants.map((tenant) => tenant.slug)).toEqual([slug]);
  });

  it('suspension refuses sign-in, sessions and API tokens at once; reactivation restores them; nothing is deleted', async () => {
    const org = await tenantWithAdmin(app, 'Suspended Org');
    const apiToken = ok(await app.graphql<{ createApiToken: { secret: string } }>('mutation { createApiToken(name: "ci") { secret } }', {}, org.token)).createApiToken.secret;
    const linkUrl = ok(await app.graphql<{ createActivationLink: { url: string } }>(
      'mutation($id: ID!) { createActivationLink(userId: $id) { url } }',
      { id: (await app.database.dataSource.query<Array<{ id: string }>>(
        "INSERT INTO user_account (tenant_id, username, email, role_id, hold_invite) VALUES ($1, 'newbie', 'newbie@example.test', $2, false) RETURNING id",
        [org.tenant.id, org.adminRoleId],
      ))[0]!.id },
      org.token,
    )).createActivationLink.url;
    const before = await app.database.dataSource.query('SELECT count(*) FROM user_account WHERE tenant_id = $1', [org.tenant.id]);

    const suspended = ok(await app.graphql<{ suspendTenant: { status: string; suspendedAt: string } }>(SUSPEND, { id: org.tenant.id, reason: 'Unpaid invoice' }, operator.token));
    expect(suspended.suspendTenant.status).toBe('SUSPENDED');

    expect((await app.graphql(ME, {}, org.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(ME, {}, apiToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await app.graphql('mutation($input: LoginInput!) { login(input: $input) { __typename } }', {
      input: { tenant: org.tenant.slug, username: org.admin.username, password: TEST_PASSWORD },
    });
    expect(login.errors?.[0]).toMatchObject({ message: 'Invalid username or password', extensions: { code: 'UNAUTHENTICATED' } });
    const [refusal] = await app.database.dataSource.query<Array<{ after: { reason: string } }>>(
      "SELECT after FROM audit_entry WHERE tenant_id = $1 AND action = 'auth.login_refused' ORDER BY sequence DESC LIMIT 1",
      [org.tenant.id],
    );
    expect(refusal?.after.reason).toBe('TENANT_SUSPENDED');
    const token = new URL(linkUrl).searchParams.get('token');
    const redeemed = await app.graphql('mutation($token: String!, $password: String!) { activateAccount(token: $token, password: $password) }', { token, password: TEST_PASSWORD });
    expect(redeemed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_INVALID' });
    expect((await app.graphql(SUSPEND, { id: org.tenant.id }, operator.token)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TENANT_ALREADY_SUSPENDED' });
    // Another tenant is untouched.
    ok(await app.graphql(ME, {}, demo.token));

    const reactivated = ok(await app.graphql<{ reactivateTenant: { status: string; suspendedAt: string | null } }>(REACTIVATE, { id: org.tenant.id }, operator.token));
    expect(reactivated.reactivateTenant).toMatchObject({ status: 'ACTIVE', suspendedAt: null });
    expect(ok(await app.graphql<{ me: { username: string } }>(ME, {}, org.token)).me.username).toBe(org.admin.username);
    expect(ok(await app.graphql<{ me: { username: string } }>(ME, {}, apiToken)).me.username).toBe(org.admin.username);
    await signIn(app, org.tenant.slug, org.admin.username);
    expect(await app.database.dataSource.query('SELECT count(*) FROM user_account WHERE tenant_id = $1', [org.tenant.id])).toEqual(before);
    expect((await app.graphql(REACTIVATE, { id: org.tenant.id }, operator.token)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TENANT_NOT_SUSPENDED' });

    const trail = ok(await app.graphql<PlatformAudit>(PLATFORM_AUDIT, { filter: { targetId: org.tenant.id } }, operator.token)).platformAuditEntries;
    expect(trail.edges.map((edge) => [edge.node.action, edge.node.after])).toEqual([
      ['tenant.reactivate', { status: 'ACTIVE' }],
      ['tenant.suspend', { status: 'SUSPENDED', reason: 'Unpaid invoice' }],
    ]);
  });
});
