import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createShift, createSkill, createWorker, dayFromToday, pastAcceptedShift } from './fixtures.js';
import { PLANNER_ADMIN_CROSS_REFERENCES, PLANNER_ADMIN_ISOLATION_CALLS, type PlannerIds } from './isolation-calls.js';

const PLANNER_TABLES = [
  'worker_profile',
  'skill',
  'worker_skill',
  'worker_certification',
  'shift',
  'shift_offer',
  'after_shift_report',
  'time_off_request',
  'unavailable_day',
];

describe('planner admin: tenant isolation', () => {
  let app: TestApp;
  let a: TenantWithAdmin;
  let b: TenantWithAdmin;
  let aIds: PlannerIds;
  let bIds: PlannerIds;

  /** Everything the planner keeps for a tenant, plus its users, mail and audit: nothing may change. */
  async function snapshotOf(tenantId: string): Promise<string> {
    const ds = app.database.dataSource;
    const tables = await Promise.all(PLANNER_TABLES.map((table) => ds.query(`SELECT * FROM ${table} WHERE tenant_id = $1 ORDER BY 1, 2`, [tenantId])));
    const users = await ds.query('SELECT id, first_name, hold_invite, password_hash, version FROM user_account WHERE tenant_id = $1 ORDER BY id', [tenantId]);
    const audit = await ds.query('SELECT count(*) FROM audit_entry WHERE tenant_id = $1', [tenantId]);
    const mail = await ds.query('SELECT count(*) FROM mail_outbox');
    return JSON.stringify({ tables, users, audit, mail });
  }

  async function idsFor(org: TenantWithAdmin): Promise<PlannerIds> {
    const ds = app.database.dataSource;
    const worker = await createWorker(app, org);
    const skillId = await createSkill(app, org, 'Rigging');
    await ds.query('INSERT INTO worker_skill (user_id, skill_id, tenant_id, level) VALUES ($1, $2, $3, 2)', [worker.id, skillId, org.tenant.id]);
    const shiftId = await createShift(app, org);
    const [offer]: Array<{ id: string }> = await ds.query("INSERT INTO shift_offer (tenant_id, shift_id, user_id, status) VALUES ($1, $2, $3, 'OFFERED') RETURNING id", [
      org.tenant.id,
      shiftId,
      worker.id,
    ]);
    const [certification]: Array<{ id: string }> = await ds.query(
      "INSERT INTO worker_certification (tenant_id, user_id, name, status) VALUES ($1, $2, 'Card', 'PENDING_REVIEW') RETURNING id",
      [org.tenant.id, worker.id],
    );
    const past = await pastAcceptedShift(app, org, [worker.id]);
    const [report]: Array<{ id: string }> = await ds.query(
      'INSERT INTO after_shift_report (tenant_id, shift_id, user_id, hours_worked) VALUES ($1, $2, $3, 6) RETURNING id',
      [org.tenant.id, past.shiftId, worker.id],
    );
    const [request]: Array<{ id: string }> = await ds.query(
      'INSERT INTO time_off_request (tenant_id, user_id, start_date, end_date) VALUES ($1, $2, $3, $3) RETURNING id',
      [org.tenant.id, worker.id, dayFromToday(15)],
    );
    await ds.query('UPDATE user_account SET hold_invite = true, activated_at = NULL WHERE id = $1', [worker.id]);
    return {
      workerId: worker.id,
      skillId,
      shiftId,
      offerId: offer!.id,
      certificationId: certification!.id,
      reportId: report!.id,
      timeOffRequestId: request!.id,
    };
  }

  beforeAll(async () => {
    app = await startTestApp();
    a = await tenantWithAdmin(app, 'Planner A');
    b = await tenantWithAdmin(app, 'Planner B');
    aIds = await idsFor(a);
    bIds = await idsFor(b);
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(Object.keys(PLANNER_ADMIN_ISOLATION_CALLS))("%s with tenant B's ids is NOT_FOUND and changes nothing", async (name) => {
    const before = await snapshotOf(b.tenant.id);
    const call = PLANNER_ADMIN_ISOLATION_CALLS[name]!(bIds, aIds);
    const result = await app.graphql(call.query, call.variables, a.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotOf(b.tenant.id)).toEqual(before);
  });

  it.each(Object.keys(PLANNER_ADMIN_CROSS_REFERENCES))('%s is NOT_FOUND and changes nothing', async (name) => {
    const beforeA = await snapshotOf(a.tenant.id);
    const beforeB = await snapshotOf(b.tenant.id);
    const call = PLANNER_ADMIN_CROSS_REFERENCES[name]!(bIds, aIds);
    const result = await app.graphql(call.query, call.variables, a.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await snapshotOf(a.tenant.id)).toEqual(beforeA);
    expect(await snapshotOf(b.tenant.id)).toEqual(beforeB);
  });

  it("the same calls with tenant A's own ids succeed, so the refusals above are about the tenant", async () => {
    const own = PLANNER_ADMIN_ISOLATION_CALLS.workerProfile!(aIds, aIds);
    expect((await app.graphql(own.query, own.variables, a.token)).errors).toBeUndefined();
    const approve = PLANNER_ADMIN_ISOLATION_CALLS.approveTimeOff!(aIds, aIds);
    expect((await app.graphql(approve.query, approve.variables, a.token)).errors).toBeUndefined();
    const invite = PLANNER_ADMIN_ISOLATION_CALLS.activateAndInvite!(aIds, aIds);
    expect((await app.graphql(invite.query, invite.variables, a.token)).errors).toBeUndefined();
  });
});
