import { PERMISSION_KEYS } from '@access/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createShift, createSkill, createWorker, signedInWith } from './fixtures.js';
import { PLANNER_ADMIN_ISOLATION_CALLS, type PlannerIds } from './isolation-calls.js';

/** The admin planner operations that take no id. */
const WITHOUT_IDS: Record<string, string> = {
  plannerUsers: '{ plannerUsers { totalCount } }',
  skills: '{ skills { id } }',
  shifts: '{ shifts { id } }',
  afterShiftReports: '{ afterShiftReports { id } }',
  certificationsToReview: '{ certificationsToReview { id } }',
  timeOffRequests: '{ timeOffRequests { id } }',
  addExternalPlannerUser: 'mutation { addExternalPlannerUser(input: { firstName: "No", lastName: "Body", email: "nobody@example.test" }) { id } }',
  createSkill: 'mutation { createSkill(name: "Sneaky") { id } }',
};

describe('planner admin: every operation needs its planner permission', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let ids: PlannerIds;
  let everythingButPlanner: string;

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Guarded Org');
    const worker = await createWorker(app, org);
    const ds = app.database.dataSource;
    const shiftId = await createShift(app, org);
    const [offer]: Array<{ id: string }> = await ds.query("INSERT INTO shift_offer (tenant_id, shift_id, user_id) VALUES ($1, $2, $3) RETURNING id", [org.tenant.id, shiftId, worker.id]);
    // Only the ids matter here: every call must be refused before any record is read.
    ids = {
      workerId: worker.id,
      skillId: await createSkill(app, org, 'Guarding'),
      shiftId,
      offerId: offer!.id,
      certificationId: worker.id,
      reportId: worker.id,
      timeOffRequestId: worker.id,
    };
    everythingButPlanner = await signedInWith(app, org, PERMISSION_KEYS.filter((key) => !key.startsWith('planner.')));
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(Object.keys(PLANNER_ADMIN_ISOLATION_CALLS))('%s is FORBIDDEN without planner permissions', async (name) => {
    const call = PLANNER_ADMIN_ISOLATION_CALLS[name]!(ids, ids);
    const result = await app.graphql(call.query, call.variables, everythingButPlanner);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each(Object.keys(WITHOUT_IDS))('%s is FORBIDDEN without planner permissions', async (name) => {
    const result = await app.graphql(WITHOUT_IDS[name]!, {}, everythingButPlanner);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('nothing was written by the refused calls', async () => {
    const [skills]: Array<{ count: string }> = await app.database.dataSource.query('SELECT count(*) AS count FROM skill WHERE tenant_id = $1', [org.tenant.id]);
    expect(Number(skills!.count)).toBe(1);
    const [users]: Array<{ count: string }> = await app.database.dataSource.query("SELECT count(*) AS count FROM user_account WHERE email = 'nobody@example.test'");
    expect(Number(users!.count)).toBe(0);
  });
});
