import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoTenant } from '../../../db/seed/demo-tenant.js';
import { ok } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';

const TABLES = ['skill', 'worker_skill', 'worker_profile', 'worker_certification', 'shift', 'shift_offer', 'time_off_request', 'user_account'];

describe('planner demo data', () => {
  let app: TestApp;
  let adminToken: string;

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const [row]: Array<{ count: string }> = await app.database.dataSource.query(`SELECT count(*) AS count FROM ${table}`);
      result[table] = Number(row!.count);
    }
    return result;
  }

  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoTenant(app.database.dataSource);
    const login = await app.graphql<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }',
      { input: { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' } },
    );
    adminToken = ok(login).login.accessToken;
  });
  afterAll(async () => {
    await app.close();
  });

  it('is re-runnable: a second run adds nothing', async () => {
    const first = await counts();
    expect(first.skill).toBe(3);
    expect(first.shift).toBe(4);
    await seedDemoTenant(app.database.dataSource);
    expect(await counts()).toEqual(first);
  });

  it("gives maria.lopez a planner profile, offers around today, a pending report and a pending time-off request", async () => {
    const users = ok(await app.graphql<{ plannerUsers: { edges: Array<{ node: { id: string; username: string } }> } }>(
      '{ plannerUsers(filter: { search: "maria.lopez" }) { edges { node { id username } } } }',
      {},
      adminToken,
    )).plannerUsers.edges;
    expect(users.map((edge) => edge.node.username)).toEqual(['maria.lopez']);
    const mariaId = users[0]!.node.id;
    const profile = ok(await app.graphql<{ workerProfile: { skills: Array<{ skill: { name: string } }>; certifications: Array<{ name: string; valid: boolean }>; compensation: unknown; workingHours: { days: unknown[] } } }>(
      'query($id: ID!) { workerProfile(userId: $id) { skills { skill { name } } certifications { name valid } compensation { rate } workingHours { days { weekday } } } }',
      { id: mariaId },
      adminToken,
    )).workerProfile;
    expect(profile.skills.map((row) => row.skill.name)).toEqual(['First aid', 'Forklift']);
    expect(profile.certifications).toEqual([
      { name: 'First aid certificate', valid: false },
      { name: 'Forklift licence', valid: true },
    ]);
    expect(profile.compensation).toEqual({ rate: '18.50' });
    expect(profile.workingHours.days).toHaveLength(4);

    const upcoming = ok(await app.graphql<{ shifts: Array<{ title: string; offers: Array<{ status: string; worker: { id: string } }> }> }>(
      '{ shifts { title offers { status worker { id } } } }',
      {},
      adminToken,
    )).shifts;
    const mariaOffers = upcoming.flatMap((shift) => shift.offers.filter((offer) => offer.worker.id === mariaId).map((offer) => [shift.title, offer.status]));
    expect(mariaOffers).toEqual([
      ['Warehouse loading', 'ACCEPTED'],
      ['Forklift cover', 'OFFERED'],
    ]);
    expect(upcoming.map((shift) => shift.title)).toContain('Electrical inspection');

    const [pending]: Array<{ count: string }> = await app.database.dataSource.query(
      `SELECT count(*) AS count FROM shift_offer o JOIN shift s ON s.id = o.shift_id
        WHERE o.user_id = $1 AND o.status = 'ACCEPTED' AND s.ends_at < now()
          AND NOT EXISTS (SELECT 1 FROM after_shift_report r WHERE r.shift_id = s.id AND r.user_id = o.user_id)`,
      [mariaId],
    );
    expect(Number(pending!.count)).toBe(1);
    const timeOff = ok(await app.graphql<{ timeOffRequests: Array<{ worker: { id: string } }> }>('{ timeOffRequests(status: PENDING) { worker { id } } }', {}, adminToken)).timeOffRequests;
    expect(timeOff.map((request) => request.worker.id)).toEqual([mariaId]);
  });
});
