import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRole, createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startSmtpCatcher } from '../../../test-support/smtp-catcher.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { DELIVERY_LEASE_SECONDS } from '../deliver-due-mail.js';

const MAX_ATTEMPTS = 3;
const RESET = 'mutation($id: ID!) { resetPassword(id: $id) { id } }';
const DELIVERY = '{ mailDelivery { smtp messages { id to subject status attempts nextAttemptAt lastError createdAt } } }';
const RETRY = 'mutation($id: ID!) { retryMail(id: $id) { id status attempts nextAttemptAt } }';

interface Undelivered {
  id: string;
  to: string;
  subject: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
}
interface OutboxRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  text_body: string;
}

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe('mail delivery through the outbox', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let org: TenantWithAdmin;
  let staffRoleId: string;

  const rowsTo = (address: string): Promise<OutboxRow[]> =>
    app.database.dataSource.query(
      'SELECT id, status, attempts, next_attempt_at, last_error, sent_at, text_body FROM mail_outbox WHERE to_address = $1 ORDER BY sequence',
      [address],
    );
  const caughtFor = (address: string) => smtp.messages.filter((message) => message.to === address);
  const staffMember = (username: string) => createUser(app.database.dataSource, org.tenant.id, staffRoleId, { username, email: `${username}@example.test` });
  const reset = async (userId: string) => ok(await app.graphql(RESET, { id: userId }, org.token));

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    app = await startTestApp({ smtpUrl: smtp.url, publicUrl: 'https://access.example.test', mailMaxAttempts: MAX_ATTEMPTS, mailRetryBaseSeconds: 30 });
    org = await tenantWithAdmin(app, 'Delivery Org');
    staffRoleId = (await createRole(app.database.dataSource, org.tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('sends queued mail soon after the commit, without being asked', async () => {
    const user = await staffMember('prompt');
    await reset(user.id);
    await vi.waitFor(() => expect(caughtFor('prompt@example.test')).toHaveLength(1), { timeout: 5000, interval: 20 });
  });

  it('commits the admin action while the SMTP server is down, and delivers its mail exactly once when it is back', async () => {
    const user = await staffMember('outage');
    await smtp.stop();
    try {
      await reset(user.id);
      const [audit]: Array<{ count: string }> = await app.database.dataSource.query(
        "SELECT count(*) AS count FROM audit_entry WHERE target_id = $1 AND action = 'user.reset_password'",
        [user.id],
      );
      expect(Number(audit!.count)).toBe(1);

      await app.deliverDueMail();
      const [failed] = await rowsTo('outage@example.test');
      expect(failed).toMatchObject({ status: 'QUEUED', attempts: 1, sent_at: null });
      expect(failed!.last_error).toMatch(/ECONNREFUSED/);
      expect(failed!.next_attempt_at!.getTime()).toBeGreaterThan(Date.now() + 10_000);
      // Not due yet: nothing is tried before the wait is over.
      expect((await app.deliverDueMail()).failed).toBe(0);
    } finally {
      await smtp.start();
    }
    expect(caughtFor('outage@example.test')).toEqual([]);

    expect(await app.deliverDueMail(later(120))).toEqual({ sent: 1, failed: 0 });
    await app.deliverDueMail(later(7200));
    const caught = caughtFor('outage@example.test');
    expect(caught).toHaveLength(1);
    expect(caught[0]!.subject).toBe('Your Delivery Org password was reset');
    expect(caught[0]!.text).toMatch(/Temporary password: \S+/);
    const [sent] = await rowsTo('outage@example.test');
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, next_attempt_at: null, last_error: null });
    expect(sent!.sent_at).toBeInstanceOf(Date);
    // The temporary password is not kept once the server has the message.
    expect(sent!.text_body).toBe('');
  });

  it('dead-letters a message after the last attempt, shows it without its body, and sends it once retried', async () => {
    const user = await staffMember('deadletter');
    await smtp.stop();
    let messageId: string;
    try {
      await reset(user.id);
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await app.deliverDueMail(later(attempt * 7200));
      const [row] = await rowsTo('deadletter@example.test');
      expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, next_attempt_at: null });
      messageId = row!.id;
      expect(await app.deliverDueMail(later(30 * 86400))).toEqual({ sent: 0, failed: 0 });

      const view = await app.graphql<{ mailDelivery: { smtp: boolean; messages: Undelivered[] } }>(DELIVERY, {}, org.token);
      const listed = ok(view).mailDelivery;
      expect(listed.smtp).toBe(true);
      expect(listed.messages.find((message) => message.id === messageId)).toMatchObject({
        to: 'deadletter@example.test',
        subject: 'Your Delivery Org password was reset',
        status: 'FAILED',
        attempts: MAX_ATTEMPTS,
        nextAttemptAt: null,
        lastError: expect.stringMatching(/ECONNREFUSED/),
      });
      expect(JSON.stringify(view)).not.toContain('Temporary password');
    } finally {
      await smtp.start();
    }

    const retried = ok(await app.graphql<{ retryMail: Undelivered }>(RETRY, { id: messageId }, org.token)).retryMail;
    expect(retried).toMatchObject({ id: messageId, status: 'QUEUED', attempts: 0 });
    const [audit]: Array<{ action: string; target_type: string; actor_user_id: string }> = await app.database.dataSource.query(
      'SELECT action, target_type, actor_user_id FROM audit_entry WHERE target_id = $1',
      [messageId],
    );
    expect(audit).toEqual({ action: 'mail.retry', target_type: 'mail', actor_user_id: org.admin.id });
    await app.deliverDueMail();
    await app.deliverDueMail(later(86400));
    expect(caughtFor('deadletter@example.test')).toHaveLength(1);
    expect((await rowsTo('deadletter@example.test'))[0]).toMatchObject({ status: 'SENT' });

    const again = await app.graphql(RETRY, { id: messageId }, org.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MAIL_NOT_FAILED' });
  });

  it('dead-letters at once a message the server refuses for good', async () => {
    const user = await staffMember('refused');
    smtp.refuseMail(true);
    try {
      await reset(user.id);
      await app.deliverDueMail();
    } finally {
      smtp.refuseMail(false);
    }
    const [row] = await rowsTo('refused@example.test');
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(row!.last_error).toMatch(/550/);
  });

  it("leaves a message another worker has claimed alone until that worker's lease ends", async () => {
    const user = await staffMember('leased');
    await smtp.stop();
    try {
      await reset(user.id);
      // Whatever attempt the commit woke up fails now, not once the server is back.
      await app.deliverDueMail();
    } finally {
      await smtp.start();
    }
    const [row] = await rowsTo('leased@example.test');
    // As a worker's claim leaves it: that worker then died before writing the outcome.
    const leaseEnd = later(DELIVERY_LEASE_SECONDS);
    await app.database.dataSource.query('UPDATE mail_outbox SET attempts = 1, next_attempt_at = $2 WHERE id = $1', [row!.id, leaseEnd]);
    await app.deliverDueMail(later(DELIVERY_LEASE_SECONDS - 60));
    expect(caughtFor('leased@example.test')).toEqual([]);
    await app.deliverDueMail(later(DELIVERY_LEASE_SECONDS + 1));
    expect(caughtFor('leased@example.test')).toHaveLength(1);
    expect((await rowsTo('leased@example.test'))[0]).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('sends each message once when two instances deliver at the same time', async () => {
    const second = await startTestApp({ smtpUrl: smtp.url }, { database: app.database });
    try {
      const users = await Promise.all(Array.from({ length: 12 }, (_, index) => staffMember(`both${index}`)));
      await smtp.stop();
      try {
        for (const user of users) await reset(user.id);
        await Promise.all([app.deliverDueMail(), second.deliverDueMail()]);
      } finally {
        await smtp.start();
      }
      const [first, other] = await Promise.all([app.deliverDueMail(later(7200)), second.deliverDueMail(later(7200))]);
      expect(first!.sent + other!.sent).toBe(users.length);
      for (const user of users) expect(caughtFor(user.email!)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it("shows and retries only the caller's own tenant's mail", async () => {
    const user = await staffMember('isolated');
    smtp.refuseMail(true);
    try {
      await reset(user.id);
      await app.deliverDueMail();
    } finally {
      smtp.refuseMail(false);
    }
    const [row] = await rowsTo('isolated@example.test');
    const other = await tenantWithAdmin(app, 'Other Delivery Org');
    const theirs = ok(await app.graphql<{ mailDelivery: { messages: Undelivered[] } }>(DELIVERY, {}, other.token)).mailDelivery;
    expect(theirs.messages).toEqual([]);
    const refused = await app.graphql(RETRY, { id: row!.id }, other.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await rowsTo('isolated@example.test'))[0]).toMatchObject({ status: 'FAILED' });
  });
});
