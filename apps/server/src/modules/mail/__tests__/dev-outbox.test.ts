import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantEntity } from '../../tenants/tenant.entity.js';
import type { UserEntity } from '../../users/user.entity.js';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, signedInSuperAdmin, signIn, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

const OUTBOX = '{ devOutbox(limit: 200) { to subject text } }';
const RESET_LINK = 'mutation($id: ID!) { createPasswordResetLink(userId: $id) { url } }';
/** The one address a user of each tenant has: the outbox must tell their mail apart by user, not by address. */
const SHARED_ADDRESS = 'shared.inbox@example.test';

describe('the development outbox', () => {
  let app: TestApp;
  let orgA: TenantWithAdmin;
  let orgB: TenantWithAdmin;
  let sharedA: UserEntity;
  let sharedB: UserEntity;
  let managerToken: string;

  const outbox = (token: string) => app.graphql<{ devOutbox: Mail[] }>(OUTBOX, {}, token);
  /** A password reset link mailed to `user`, by their tenant's administrator; returns the link. */
  const mailResetLink = async (org: TenantWithAdmin, user: UserEntity) =>
    ok(await app.graphql<{ createPasswordResetLink: { url: string } }>(RESET_LINK, { id: user.id }, org.token)).createPasswordResetLink.url;
  const signedInWith = async (tenant: TenantEntity, permissions: string[]) => {
    const role = await createRole(app.database.dataSource, tenant.id, permissions);
    const user = await createUser(app.database.dataSource, tenant.id, role.id);
    return signIn(app, tenant.slug, user.username);
  };

  beforeAll(async () => {
    app = await startTestApp({ publicUrl: 'https://access.example.test' });
    orgA = await tenantWithAdmin(app, 'Outbox Org A');
    orgB = await tenantWithAdmin(app, 'Outbox Org B');
    const ds = app.database.dataSource;
    const staffA = await createRole(ds, orgA.tenant.id, [], 'Staff');
    const staffB = await createRole(ds, orgB.tenant.id, [], 'Staff');
    sharedA = await createUser(ds, orgA.tenant.id, staffA.id, { email: SHARED_ADDRESS });
    sharedB = await createUser(ds, orgB.tenant.id, staffB.id, { email: SHARED_ADDRESS });
    // As the User Manager system role has it: everything on users, passwords included.
    managerToken = await signedInWith(orgA.tenant, ['users.access', 'users.read', 'users.update', 'users.passwords.reset', 'users.passwords.set']);
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a worker and a user who may edit users but not set their passwords', async () => {
    await mailResetLink(orgA, sharedA);
    const worker = await outbox(await signedInWith(orgA.tenant, []));
    expect(worker.data).toBeNull();
    expect(worker.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', permission: 'users.passwords.set' });
    const editor = await outbox(await signedInWith(orgA.tenant, ['users.access', 'users.read', 'users.update', 'users.passwords.reset']));
    expect(editor.data).toBeNull();
    expect(editor.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', permission: 'users.passwords.set' });
  });

  it("does not show a user manager another tenant's mail to an address one of their own users shares", async () => {
    const linkA = await mailResetLink(orgA, sharedA);
    const linkB = await mailResetLink(orgB, sharedB);
    const seenByA = ok(await outbox(managerToken)).devOutbox;
    expect(seenByA.some((mail) => mail.text.includes(linkA))).toBe(true);
    expect(seenByA.some((mail) => mail.text.includes(linkB))).toBe(false);
    expect(seenByA.some((mail) => mail.subject.includes('Outbox Org B'))).toBe(false);
    const seenByB = ok(await outbox(orgB.token)).devOutbox;
    expect(seenByB.some((mail) => mail.text.includes(linkB))).toBe(true);
    expect(seenByB.some((mail) => mail.text.includes(linkA))).toBe(false);
  });

  it("shows a user manager their own tenant's mail by recipient, even after the recipient's address changed", async () => {
    const ds = app.database.dataSource;
    const staff = await createRole(ds, orgA.tenant.id, [], 'Movers');
    const mover = await createUser(ds, orgA.tenant.id, staff.id, { email: 'old.address@example.test' });
    const link = await mailResetLink(orgA, mover);
    await ds.query('UPDATE user_account SET email = $2 WHERE id = $1', [mover.id, 'new.address@example.test']);
    const seen = ok(await outbox(managerToken)).devOutbox;
    expect(seen.find((mail) => mail.text.includes(link))).toMatchObject({ to: 'old.address@example.test', subject: 'Reset your Outbox Org A password' });
  });

  it('shows no tenant the mail written before recipients were recorded', async () => {
    const ds = app.database.dataSource;
    await ds.query('INSERT INTO mail_outbox (to_address, subject, text_body) VALUES ($1, $2, $3)', [sharedA.email, 'Written before', 'no recipient id']);
    const seen = ok(await outbox(managerToken)).devOutbox;
    expect(seen.map((mail) => mail.subject)).not.toContain('Written before');
  });

  it("shows a super admin the mail of the tenant they entered only, and nothing outside a tenant", async () => {
    const linkA = await mailResetLink(orgA, sharedA);
    const linkB = await mailResetLink(orgB, sharedB);
    const operator = await signedInSuperAdmin(app);
    const outside = await outbox(operator.token);
    expect(outside.data).toBeNull();
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    ok(await app.graphql('mutation($id: ID!) { enterTenant(tenantId: $id) { id } }', { id: orgB.tenant.id }, operator.token));
    const inside = ok(await outbox(operator.token)).devOutbox;
    expect(inside.some((mail) => mail.text.includes(linkB))).toBe(true);
    expect(inside.some((mail) => mail.text.includes(linkA))).toBe(false);
  });

  it('is refused, saying why, when mail goes out over SMTP or the server runs in production', async () => {
    for (const overrides of [{ smtpUrl: 'smtp://127.0.0.1:9' }, { env: 'production' as const }]) {
      const other = await startTestApp({ ...overrides, dataDir: app.config.dataDir }, { database: app.database });
      try {
        const refused = await other.graphql<{ devOutbox: Mail[] }>(OUTBOX, {}, orgA.token);
        expect(refused.data).toBeNull();
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTBOX_UNAVAILABLE' });
      } finally {
        await other.close();
      }
    }
  });

  it('keeps captured mail out of Mail delivery, and retries nothing without SMTP', async () => {
    await mailResetLink(orgA, sharedA);
    const delivery = ok(await app.graphql<{ mailDelivery: { smtp: boolean; messages: unknown[] } }>('{ mailDelivery { smtp messages { id } } }', {}, orgA.token));
    expect(delivery.mailDelivery).toEqual({ smtp: false, messages: [] });
    // Left dead-lettered by an earlier run of the server with SMTP configured.
    const [failed]: Array<{ id: string }> = await app.database.dataSource.query(
      `INSERT INTO mail_outbox (to_address, recipient_user_id, recipient_tenant_id, subject, text_body, status, attempts)
       VALUES ($1, $2, $3, 'Stuck', 'Hello', 'FAILED', 8) RETURNING id`,
      [sharedA.email, sharedA.id, orgA.tenant.id],
    );
    const refused = await app.graphql('mutation($id: ID!) { retryMail(id: $id) { id } }', { id: failed!.id }, orgA.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SMTP_NOT_CONFIGURED' });
    const [row]: Array<{ status: string }> = await app.database.dataSource.query('SELECT status FROM mail_outbox WHERE id = $1', [failed!.id]);
    expect(row).toEqual({ status: 'FAILED' });
  });
});
