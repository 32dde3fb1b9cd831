import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { auditActions, createWorker, dayFromToday, outboxFor, pastAcceptedShift, signedInWith } from './fixtures.js';

const REPORTS = `query($status: ReportStatus) { afterShiftReports(status: $status) {
  id hoursWorked notes status reviewNote reviewedAt shift { id title } worker { id }
} }`;
const TO_REVIEW = '{ certificationsToReview { id name status valid worker { id displayName } proofs { fileName contentType sizeBytes } } }';
const TIME_OFF = 'query($status: TimeOffStatus) { timeOffRequests(status: $status) { id startDate endDate status reviewNote worker { id } } }';

describe('reviews: after-shift reports, certification proofs, time off', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);

  async function submitReport(shiftId: string, userId: string, hours: number, minutesAgo: number): Promise<string> {
    const [row]: Array<{ id: string }> = await app.database.dataSource.query(
      `INSERT INTO after_shift_report (tenant_id, shift_id, user_id, hours_worked, notes, submitted_at)
       VALUES ($1, $2, $3, $4, 'All fine', now() - make_interval(mins => $5)) RETURNING id`,
      [org.tenant.id, shiftId, userId, hours, minutesAgo],
    );
    return row!.id;
  }

  async function proofWaiting(userId: string, name: string, minutesAgo: number): Promise<string> {
    const ds = app.database.dataSource;
    const [certification]: Array<{ id: string }> = await ds.query(
      "INSERT INTO worker_certification (tenant_id, user_id, name, status) VALUES ($1, $2, $3, 'PENDING_REVIEW') RETURNING id",
      [org.tenant.id, userId, name],
    );
    await ds.query(
      `INSERT INTO certification_proof (tenant_id, certification_id, file_name, content_type, size_bytes, storage_key, uploaded_at)
       VALUES ($1, $2, 'card.pdf', 'application/pdf', 2048, $3, now() - make_interval(mins => $4))`,
      [org.tenant.id, certification!.id, `proofs/${certification!.id}`, minutesAgo],
    );
    return certification!.id;
  }

  // Requests are listed oldest first; two written in the same millisecond would tie, so each is a second apart.
  let requested = Date.now();
  async function requestTimeOff(userId: string, start: string, end: string): Promise<string> {
    requested += 1_000;
    const [row]: Array<{ id: string }> = await app.database.dataSource.query(
      "INSERT INTO time_off_request (tenant_id, user_id, start_date, end_date, reason, created_at) VALUES ($1, $2, $3, $4, 'Family visit', $5) RETURNING id",
      [org.tenant.id, userId, start, end, new Date(requested)],
    );
    return row!.id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Review Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists after-shift reports newest first, with shift and worker, and reviews one once', async () => {
    const worker = await createWorker(app, org);
    const colleague = await createWorker(app, org);
    const { shiftId } = await pastAcceptedShift(app, org, [worker.id, colleague.id], 'Loading bay');
    const older = await submitReport(shiftId, worker.id, 7.5, 60);
    const newer = await submitReport(shiftId, colleague.id, 8, 5);
    const listed = ok(await call<{ afterShiftReports: Array<Record<string, unknown>> }>(REPORTS)).afterShiftReports;
    expect(listed.map((report) => report.id)).toEqual([newer, older]);
    expect(listed[1]).toMatchObject({ hoursWorked: 7.5, notes: 'All fine', status: 'SUBMITTED', shift: { id: shiftId, title: 'Loading bay' }, worker: { id: worker.id } });

    const reviewed = ok(await call<{ reviewAfterShiftReport: Record<string, unknown> }>('mutation($id: ID!) { reviewAfterShiftReport(id: $id, note: "Thanks") { status reviewNote reviewedAt } }', { id: older }));
    expect(reviewed.reviewAfterShiftReport).toMatchObject({ status: 'REVIEWED', reviewNote: 'Thanks', reviewedAt: expect.any(String) });
    expect(ok(await call<{ afterShiftReports: Array<{ id: string }> }>(REPORTS, { status: 'SUBMITTED' })).afterShiftReports.map((report) => report.id)).toEqual([newer]);
    expect(ok(await call<{ afterShiftReports: Array<{ id: string }> }>(REPORTS, { status: 'REVIEWED' })).afterShiftReports.map((report) => report.id)).toEqual([older]);
    const twice = await call('mutation($id: ID!) { reviewAfterShiftReport(id: $id) { id } }', { id: older });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVIEWED' });
    expect((await auditActions(app, org)).filter((action) => action === 'planner.report.review')).toHaveLength(1);
  });

  it('lists proofs waiting for review, oldest upload first; approval and rejection email the worker', async () => {
    const worker = await createWorker(app, org, { firstName: 'Cara', lastName: 'Cert' });
    const recent = await proofWaiting(worker.id, 'First aid', 5);
    const waitingLonger = await proofWaiting(worker.id, 'Forklift licence', 120);
    const queue = ok(await call<{ certificationsToReview: Array<Record<string, unknown> & { id: string }> }>(TO_REVIEW)).certificationsToReview;
    expect(queue.map((row) => row.id)).toEqual([waitingLonger, recent]);
    expect(queue[0]).toMatchObject({
      name: 'Forklift licence',
      status: 'PENDING_REVIEW',
      valid: false,
      worker: { id: worker.id, displayName: 'Cara Cert' },
      proofs: [{ fileName: 'card.pdf', contentType: 'application/pdf', sizeBytes: 2048 }],
    });

    const approved = ok(await call<{ approveCertification: { status: string; valid: boolean } }>('mutation($id: ID!) { approveCertification(id: $id) { status valid } }', { id: waitingLonger }));
    expect(approved.approveCertification).toEqual({ status: 'APPROVED', valid: true });
    const rejected = ok(await call<{ rejectCertification: { status: string; valid: boolean; reviewNote: string } }>(
      'mutation($id: ID!) { rejectCertification(id: $id, reason: "The photo is unreadable") { status valid reviewNote } }',
      { id: recent },
    ));
    expect(rejected.rejectCertification).toEqual({ status: 'REJECTED', valid: false, reviewNote: 'The photo is unreadable' });
    expect(ok(await call<{ certificationsToReview: unknown[] }>(TO_REVIEW)).certificationsToReview).toEqual([]);
    const mails = await outboxFor(app, worker.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Your certification "Forklift licence" was approved', 'Your certification "First aid" was rejected']);
    expect(mails[1]!.text).toContain('The photo is unreadable');
    expect((await call('mutation($id: ID!) { rejectCertification(id: $id, reason: " ") { id } }', { id: recent })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it('approving time off turns every day into unavailability (keeping days already blocked) and emails the worker', async () => {
    const worker = await createWorker(app, org, { firstName: 'Tom', lastName: 'Timeoff' });
    const start = dayFromToday(10);
    const end = dayFromToday(13);
    await app.database.dataSource.query("INSERT INTO unavailable_day (tenant_id, user_id, day, source) VALUES ($1, $2, $3, 'BLOCKED')", [org.tenant.id, worker.id, dayFromToday(11)]);
    const first = await requestTimeOff(worker.id, start, end);
    const second = await requestTimeOff(worker.id, dayFromToday(20), dayFromToday(20));
    const pending = ok(await call<{ timeOffRequests: Array<{ id: string; worker: { id: string } }> }>(TIME_OFF, { status: 'PENDING' })).timeOffRequests;
    expect(pending.map((request) => request.id)).toEqual([first, second]);
    expect(pending[0]!.worker.id).toBe(worker.id);

    const approved = ok(await call<{ approveTimeOff: { status: string; reviewNote: string | null } }>('mutation($id: ID!) { approveTimeOff(id: $id, note: "Enjoy") { status reviewNote } }', { id: first }));
    expect(approved.approveTimeOff).toEqual({ status: 'APPROVED', reviewNote: 'Enjoy' });
    const profile = ok(await call<{ workerProfile: { unavailableDays: Array<{ date: string; source: string }> } }>('query($id: ID!) { workerProfile(userId: $id) { unavailableDays { date source } } }', {
      id: worker.id,
    })).workerProfile;
    expect(profile.unavailableDays).toEqual([
      { date: dayFromToday(10), source: 'TIME_OFF' },
      { date: dayFromToday(11), source: 'BLOCKED' },
      { date: dayFromToday(12), source: 'TIME_OFF' },
      { date: dayFromToday(13), source: 'TIME_OFF' },
    ]);
    const [audit]: Array<{ after: { daysBlocked: number } }> = await app.database.dataSource.query("SELECT after FROM audit_entry WHERE action = 'planner.time_off.approve' AND target_id = $1", [worker.id]);
    expect(audit!.after.daysBlocked).toBe(3);

    const rejected = ok(await call<{ rejectTimeOff: { status: string } }>('mutation($id: ID!) { rejectTimeOff(id: $id, reason: "Stocktake week") { status } }', { id: second }));
    expect(rejected.rejectTimeOff.status).toBe('REJECTED');
    expect((await call('mutation($id: ID!) { approveTimeOff(id: $id) { id } }', { id: second })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING' });
    const [days]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM unavailable_day WHERE user_id = $1', [worker.id]);
    expect(Number(days!.count)).toBe(4);
    expect((await outboxFor(app, worker.email)).map((mail) => mail.subject)).toEqual([`Time off approved: ${start} to ${end}`, `Time off not approved: ${dayFromToday(20)}`]);
  });

  it('a review whose email cannot be written leaves no trace: no status change, no days, no audit entry', async () => {
    const worker = await createWorker(app, org);
    const request = await requestTimeOff(worker.id, dayFromToday(30), dayFromToday(31));
    const auditBefore = (await auditActions(app, org)).length;
    // Make the mail step fail inside the transaction: the outbox refuses a recipient this long.
    await app.database.dataSource.query('UPDATE user_account SET email = $2 WHERE id = $1', [worker.id, `${'x'.repeat(250)}@e.t`]);
    await app.database.dataSource.query('ALTER TABLE mail_outbox ADD CONSTRAINT "CHK_test_short_recipient" CHECK (length(to_address) < 200)');
    try {
      const failed = await call('mutation($id: ID!) { approveTimeOff(id: $id) { id } }', { id: request });
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.database.dataSource.query('ALTER TABLE mail_outbox DROP CONSTRAINT "CHK_test_short_recipient"');
    }
    const [row]: Array<{ status: string }> = await app.database.dataSource.query('SELECT status FROM time_off_request WHERE id = $1', [request]);
    expect(row!.status).toBe('PENDING');
    const [days]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM unavailable_day WHERE user_id = $1', [worker.id]);
    expect(Number(days!.count)).toBe(0);
    expect((await auditActions(app, org)).length).toBe(auditBefore);
  });

  it('guards each review with its permission and keeps tenants apart', async () => {
    const worker = await createWorker(app, org);
    const request = await requestTimeOff(worker.id, dayFromToday(40), dayFromToday(40));
    const certification = await proofWaiting(worker.id, 'Electrical', 1);
    const { shiftId } = await pastAcceptedShift(app, org, [worker.id]);
    const report = await submitReport(shiftId, worker.id, 4, 1);

    const reportsOnly = await signedInWith(app, org, ['planner.access', 'planner.shifts.read', 'planner.reports.review']);
    expect((await call(REPORTS, {}, reportsOnly)).errors).toBeUndefined();
    expect((await call(TO_REVIEW, {}, reportsOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(TIME_OFF, {}, reportsOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call('mutation($id: ID!) { approveTimeOff(id: $id) { id } }', { id: request }, reportsOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call('mutation($id: ID!) { approveCertification(id: $id) { id } }', { id: certification }, reportsOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const timeOffOnly = await signedInWith(app, org, ['planner.access', 'planner.users.read', 'planner.timeoff.approve']);
    expect((await call(REPORTS, {}, timeOffOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call('mutation($id: ID!) { reviewAfterShiftReport(id: $id) { id } }', { id: report }, timeOffOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const other = await tenantWithAdmin(app, 'Review Elsewhere');
    const elsewhere = (query: string, id: string) => app.graphql(query, { id }, other.token);
    expect((await elsewhere('mutation($id: ID!) { approveTimeOff(id: $id) { id } }', request)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await elsewhere('mutation($id: ID!) { rejectCertification(id: $id, reason: "no") { id } }', certification)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await elsewhere('mutation($id: ID!) { reviewAfterShiftReport(id: $id) { id } }', report)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await app.graphql<{ timeOffRequests: unknown[] }>(TIME_OFF, {}, other.token)).timeOffRequests).toEqual([]);
    expect(ok(await app.graphql<{ certificationsToReview: unknown[] }>(TO_REVIEW, {}, other.token)).certificationsToReview).toEqual([]);
    expect(ok(await app.graphql<{ afterShiftReports: unknown[] }>(REPORTS, {}, other.token)).afterShiftReports).toEqual([]);
  });
});
