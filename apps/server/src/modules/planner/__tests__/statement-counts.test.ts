import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createShift, createSkill, createWorker, pastAcceptedShift } from './fixtures.js';

const PLANNER_USERS = 'query($first: Int!) { plannerUsers(first: $first) { totalCount edges { node { id displayName inviteStatus } } } }';
const SHIFTS = '{ shifts { id filled requiredSkill { name } offers { status worker { displayName affiliation } } } }';
const REPORTS = '{ afterShiftReports { id shift { title requiredSkill { name } offers { status } } worker { displayName } } }';
const CERTIFICATIONS = '{ certificationsToReview { id worker { displayName } proofs { fileName } } }';
const TIME_OFF = '{ timeOffRequests { id worker { displayName } } }';

describe('planner lists: SQL statements per request do not grow with the rows', () => {
  let app: TestApp;
  let org: TenantWithAdmin;
  let skillId: string;

  async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    ok(await app.graphql(query, variables, org.token)); // warm the tenant's access model
    const before = app.database.statements();
    ok(await app.graphql(query, variables, org.token));
    return app.database.statements() - before;
  }

  /** `count` more of everything the lists show: workers, shifts offered to them, reports, proofs, requests. */
  async function addRows(count: number): Promise<void> {
    const ds = app.database.dataSource;
    for (let i = 0; i < count; i++) {
      const worker = await createWorker(app, org);
      await ds.query('INSERT INTO worker_skill (user_id, skill_id, tenant_id, level) VALUES ($1, $2, $3, 3)', [worker.id, skillId, org.tenant.id]);
      const shiftId = await createShift(app, org, { requiredSkillId: skillId, startsInHours: 24 + i });
      ok(await app.graphql('mutation($s: ID!, $u: [ID!]!) { offerShift(shiftId: $s, userIds: $u) { id } }', { s: shiftId, u: [worker.id] }, org.token));
      const { shiftId: pastId } = await pastAcceptedShift(app, org, [worker.id]);
      await ds.query('INSERT INTO after_shift_report (tenant_id, shift_id, user_id, hours_worked) VALUES ($1, $2, $3, 8)', [org.tenant.id, pastId, worker.id]);
      const [certification]: Array<{ id: string }> = await ds.query(
        "INSERT INTO worker_certification (tenant_id, user_id, name, status) VALUES ($1, $2, 'Card', 'PENDING_REVIEW') RETURNING id",
        [org.tenant.id, worker.id],
      );
      await ds.query(
        "INSERT INTO certification_proof (tenant_id, certification_id, file_name, content_type, size_bytes, storage_key) VALUES ($1, $2, 'card.png', 'image/png', 10, 'k')",
        [org.tenant.id, certification!.id],
      );
      await ds.query("INSERT INTO time_off_request (tenant_id, user_id, start_date, end_date) VALUES ($1, $2, '2031-01-01', '2031-01-02')", [org.tenant.id, worker.id]);
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Counting Org');
    skillId = await createSkill(app, org, 'Forklift');
    await addRows(2);
  });
  afterAll(async () => {
    await app.close();
  });

  it('each list costs the same with 2 rows as with 12', async () => {
    const queries = [SHIFTS, REPORTS, CERTIFICATIONS, TIME_OFF];
    const few = [];
    for (const query of queries) few.push(await statementsFor(query));
    const firstPageFew = await statementsFor(PLANNER_USERS, { first: 25 });
    await addRows(10);
    for (const [index, query] of queries.entries()) expect(await statementsFor(query), query).toBe(few[index]);
    expect(await statementsFor(PLANNER_USERS, { first: 25 })).toBe(firstPageFew);
    // Lists with nested workers, shifts and offers still take only a handful of statements.
    for (const count of few) expect(count).toBeLessThanOrEqual(8);
  });
});
