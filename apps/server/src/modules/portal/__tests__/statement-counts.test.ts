import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { assignCertification, assignSkill, createSkill, hoursFromNow, offeredShift, portalOrg, worker, type PortalOrg, type SignedInWorker } from './fixtures.js';

const PORTAL_QUERIES = [
  '{ portalDashboard { cards openOffers pendingReports } }',
  '{ myShifts { id title requiredSkill { name } status } }',
  '{ myPendingReports { id title requiredSkill { name } } }',
  '{ myReports { id shift { title requiredSkill { name } } status } }',
  '{ mySkills { skill { name } level selfRating } }',
  '{ myCertifications { id status valid proofs { fileName downloadUrl } worker { displayName } } }',
  '{ myAvailability { date source } }',
  '{ myTimeOffRequests { id status worker { displayName } } }',
];

describe('portal cards: SQL statements per request do not grow with the rows', () => {
  let app: TestApp;
  let org: PortalOrg;
  let wendy: SignedInWorker;
  let added = 0;

  async function statementsFor(query: string): Promise<number> {
    ok(await app.graphql(query, {}, wendy.token)); // warm the tenant's access model
    const before = app.database.statements();
    ok(await app.graphql(query, {}, wendy.token));
    return app.database.statements() - before;
  }

  /** `count` more of everything the cards list: offers, reports, skills, certifications with proofs, days, requests. */
  async function addRows(count: number): Promise<void> {
    const ds = app.database.dataSource;
    const tenantId = org.tenant.id;
    for (let i = 0; i < count; i++, added++) {
      const skillId = await createSkill(ds, tenantId, `Skill ${added}`);
      await assignSkill(ds, tenantId, wendy.user.id, skillId);
      await offeredShift(ds, tenantId, wendy.user.id, 'OFFERED', { startsAt: hoursFromNow(24 + added), requiredSkillId: skillId });
      await offeredShift(ds, tenantId, wendy.user.id, 'ACCEPTED', { startsAt: hoursFromNow(-48 - added), endsAt: hoursFromNow(-40 - added), requiredSkillId: skillId });
      const reported = await offeredShift(ds, tenantId, wendy.user.id, 'ACCEPTED', { startsAt: hoursFromNow(-200 - added), endsAt: hoursFromNow(-192 - added) });
      await ds.query('INSERT INTO after_shift_report (tenant_id, shift_id, user_id, hours_worked) VALUES ($1, $2, $3, 8)', [tenantId, reported.shiftId, wendy.user.id]);
      const certificationId = await assignCertification(ds, tenantId, wendy.user.id, `Card ${added}`);
      await ds.query(
        "INSERT INTO certification_proof (tenant_id, certification_id, file_name, content_type, size_bytes, storage_key) VALUES ($1, $2, 'card.png', 'image/png', 10, 'k')",
        [tenantId, certificationId],
      );
      const day = new Date(Date.now() + (30 + added) * 86_400_000).toISOString().slice(0, 10);
      await ds.query("INSERT INTO unavailable_day (tenant_id, user_id, day, source) VALUES ($1, $2, $3, 'BLOCKED')", [tenantId, wendy.user.id, day]);
      await ds.query('INSERT INTO time_off_request (tenant_id, user_id, start_date, end_date) VALUES ($1, $2, $3, $3)', [tenantId, wendy.user.id, day]);
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Portal Counting Org');
    wendy = await worker(app, org);
    await addRows(2);
  });
  afterAll(async () => {
    await app.close();
  });

  it('each card costs the same with 2 rows as with 12', async () => {
    const few: number[] = [];
    for (const query of PORTAL_QUERIES) few.push(await statementsFor(query));
    await addRows(10);
    for (const [index, query] of PORTAL_QUERIES.entries()) expect(await statementsFor(query), query).toBe(few[index]);
    for (const count of few) expect(count).toBeLessThanOrEqual(8);
    const lists = ok(await app.graphql<Record<string, unknown[]>>('{ myShifts { id } myPendingReports { id } myReports { id } mySkills { level } myCertifications { proofs { id } } myAvailability { id } }', {}, wendy.token));
    expect(Object.values(lists).map((list) => list.length)).toEqual([12, 12, 12, 12, 12, 12]);
  });
});
