import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { assignSkill, auditActions, createShift, createSkill, createWorker, outboxFor, signedInWith } from './fixtures.js';

const ASSIGN = 'mutation($s: ID!, $u: ID!) { assignShift(shiftId: $s, userId: $u) { filled offers { status respondedAt worker { id } } } }';
const HOUR = 3_600_000;

interface Assigned {
  assignShift: { filled: number; offers: Array<{ status: string; respondedAt: string | null; worker: { id: string } }> };
}

describe('shifts: a scheduler assigns a worker directly', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const assign = (shiftId: string, userId: string, token = org.token) => app.graphql<Assigned>(ASSIGN, { s: shiftId, u: userId }, token);
  const offerRows = (shiftId: string): Promise<Array<{ status: string }>> =>
    app.database.dataSource.query('SELECT status FROM shift_offer WHERE shift_id = $1', [shiftId]);

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Assign Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('books the worker as accepted, emails them and audits it; an open offer becomes the booking', async () => {
    const ana = await createWorker(app, org, { firstName: 'Ana', lastName: 'Assigned' });
    const shiftId = await createShift(app, org, { title: 'Dock cover', headcount: 2 });
    const booked = ok(await assign(shiftId, ana.id)).assignShift;
    expect(booked.filled).toBe(1);
    expect(booked.offers).toEqual([{ status: 'ACCEPTED', respondedAt: expect.any(String), worker: { id: ana.id } }]);
    const mail = await outboxFor(app, ana.email);
    expect(mail.map((message) => message.subject)).toEqual(['Shift assigned: Dock cover']);
    expect(mail[0]!.text).toContain('"Dock cover" at Dock 4');
    expect(await auditActions(app, org)).toContain('planner.shift.assign');
    expect((await assign(shiftId, ana.id)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ASSIGNED' });

    const ben = await createWorker(app, org, { firstName: 'Ben', lastName: 'Offered' });
    ok(await app.graphql('mutation($s: ID!, $u: [ID!]!) { offerShift(shiftId: $s, userIds: $u) { id } }', { s: shiftId, u: [ben.id] }, org.token));
    expect(ok(await assign(shiftId, ben.id)).assignShift.filled).toBe(2);
    expect((await offerRows(shiftId)).map((row) => row.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
  });

  it('refuses, with the offer rules, a worker missing the skill or unavailable that day, and a full shift; nothing is written', async () => {
    const skill = await createSkill(app, org, 'Reach truck');
    const unskilled = await createWorker(app, org, { firstName: 'Una', lastName: 'Unskilled' });
    const away = await createWorker(app, org, { firstName: 'Al', lastName: 'Away' });
    await assignSkill(app, org, away.id, skill);
    const shiftId = await createShift(app, org, { title: 'Reach day', requiredSkillId: skill, startsInHours: 50 });
    const shiftDay = new Date(Date.now() + 50 * HOUR).toISOString().slice(0, 10);
    await app.database.dataSource.query("INSERT INTO unavailable_day (tenant_id, user_id, day, source) VALUES ($1, $2, $3, 'BLOCKED')", [org.tenant.id, away.id, shiftDay]);
    const auditBefore = (await auditActions(app, org)).length;

    const missing = (await assign(shiftId, unskilled.id)).errors?.[0];
    expect(missing?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId', reason: 'ASSIGN_REFUSED' });
    expect(missing?.message).toContain('Una Unskilled lacks the required skill Reach truck');
    const unavailable = (await assign(shiftId, away.id)).errors?.[0];
    expect(unavailable?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ASSIGN_REFUSED' });
    expect(unavailable?.message).toContain(`Al Away is unavailable on ${shiftDay}`);
    expect(await offerRows(shiftId)).toEqual([]);
    expect([...(await outboxFor(app, unskilled.email)), ...(await outboxFor(app, away.email))]).toEqual([]);
    expect((await auditActions(app, org)).length).toBe(auditBefore);

    const seat = await createShift(app, org, { title: 'One seat' });
    ok(await assign(seat, (await createWorker(app, org)).id));
    expect((await assign(seat, (await createWorker(app, org)).id)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_FILLED' });
  });

  it('needs planner.shifts.offer and stays inside the tenant', async () => {
    const worker = await createWorker(app, org);
    const shiftId = await createShift(app, org, { title: 'Guarded seat' });
    const reader = await signedInWith(app, org, ['planner.access', 'planner.shifts.read']);
    expect((await assign(shiftId, worker.id, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const scheduler = await signedInWith(app, org, ['planner.access', 'planner.shifts.read', 'planner.users.read', 'planner.shifts.offer']);

    const other = await tenantWithAdmin(app, 'Assign Elsewhere');
    const foreignWorker = await createWorker(app, other);
    expect((await assign(shiftId, foreignWorker.id, scheduler)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await assign(shiftId, foreignWorker.id, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await assign(shiftId, 'not-a-uuid', scheduler)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await offerRows(shiftId)).toEqual([]);
    expect(ok(await assign(shiftId, worker.id, scheduler)).assignShift.filled).toBe(1);
  });
});
