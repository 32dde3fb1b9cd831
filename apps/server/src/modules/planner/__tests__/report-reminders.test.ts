import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { OutboxMailer } from '../../mail/outbox-mailer.js';
import { sendDueReportReminders, type ReportReminderDeps } from '../report-reminders.js';
import { createWorker, outboxFor, pastAcceptedShift } from './fixtures.js';

describe('after-shift report reminders (REPORT_DUE)', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let deps: ReportReminderDeps;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Reminder Org');
    deps = { dataSource: app.database.dataSource, mailer: new OutboxMailer('outbox'), appUrl: 'https://access.example.test' };
  });
  afterAll(async () => {
    await app.close();
  });

  it('reminds each worker once per ended, accepted shift without a report, and never the others', async () => {
    const ds = app.database.dataSource;
    const due = await createWorker(app, org, { firstName: 'Dana' });
    const reported = await createWorker(app, org, { firstName: 'Rey' });
    const optedOut = await createWorker(app, org, { firstName: 'Oto' });
    const inactive = await createWorker(app, org, { firstName: 'Ina', isActive: false });
    const { shiftId } = await pastAcceptedShift(app, org, [due.id, reported.id, optedOut.id, inactive.id], 'Night cover');
    await ds.query('INSERT INTO after_shift_report (tenant_id, shift_id, user_id, hours_worked) VALUES ($1, $2, $3, 8)', [org.tenant.id, shiftId, reported.id]);
    await ds.query("INSERT INTO notification_preference (user_id, tenant_id, event, email) VALUES ($1, $2, 'REPORT_DUE', false)", [optedOut.id, org.tenant.id]);
    const [old] = await ds.query(
      `INSERT INTO shift (tenant_id, title, starts_at, ends_at, location, headcount)
       VALUES ($1, 'Last month', now() - interval '40 days', now() - interval '40 days' + interval '8 hours', 'Dock 4', 1) RETURNING id`,
      [org.tenant.id],
    );
    await ds.query("INSERT INTO shift_offer (tenant_id, shift_id, user_id, status) VALUES ($1, $2, $3, 'ACCEPTED')", [org.tenant.id, old.id, due.id]);

    expect(await sendDueReportReminders(deps)).toBe(1);
    const mails = await outboxFor(app, due.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Your after-shift report for "Night cover" is due');
    expect(mails[0]!.text).toContain('https://access.example.test/portal/reports');
    for (const other of [reported, optedOut, inactive]) expect(await outboxFor(app, other.email)).toEqual([]);

    expect(await sendDueReportReminders(deps)).toBe(0);
    expect(await outboxFor(app, due.email)).toHaveLength(1);
    const marked: Array<{ user_id: string }> = await ds.query('SELECT user_id FROM shift_offer WHERE shift_id = $1 AND report_reminded_at IS NOT NULL ORDER BY user_id', [shiftId]);
    expect(marked.map((row) => row.user_id)).toEqual([due.id, optedOut.id].sort());
  });

  it('leaves upcoming and running shifts alone', async () => {
    const worker = await createWorker(app, org, { firstName: 'Una' });
    const ds = app.database.dataSource;
    const [running] = await ds.query(
      `INSERT INTO shift (tenant_id, title, starts_at, ends_at, location, headcount)
       VALUES ($1, 'Running now', now() - interval '1 hour', now() + interval '7 hours', 'Dock 4', 1) RETURNING id`,
      [org.tenant.id],
    );
    await ds.query("INSERT INTO shift_offer (tenant_id, shift_id, user_id, status) VALUES ($1, $2, $3, 'ACCEPTED')", [org.tenant.id, running.id, worker.id]);
    expect(await sendDueReportReminders(deps)).toBe(0);
    // Once it has ended, the next pass reminds.
    expect(await sendDueReportReminders(deps, new Date(Date.now() + 8 * 3_600_000))).toBe(1);
    expect(await outboxFor(app, worker.email)).toHaveLength(1);
  });

  it('runs on its own on a timer when the server is configured with an interval', async () => {
    const timed = await startTestApp({ reportReminderIntervalSeconds: 1 }, { database: app.database });
    try {
      const worker = await createWorker(app, org, { firstName: 'Tim' });
      await pastAcceptedShift(app, org, [worker.id], 'Timed shift');
      await expect.poll(async () => (await outboxFor(app, worker.email)).length, { timeout: 8_000, interval: 200 }).toBe(1);
    } finally {
      await timed.close();
    }
  });
});
