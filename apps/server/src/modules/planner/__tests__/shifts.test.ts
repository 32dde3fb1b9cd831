import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test-support/fixtures.js';
import { ok, tenantWithAdmin, type TenantWithAdmin } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { assignSkill, auditActions, createShift, createSkill, createWorker, outboxFor, signedInWith } from './fixtures.js';

const SHIFT = `query($id: ID!) { shift(id: $id) {
  id title location headcount filled cancelledAt requiredSkill { name }
  offers { id status respondedAt worker { id displayName } }
} }`;
const OFFER = 'mutation($s: ID!, $u: [ID!]!) { offerShift(shiftId: $s, userIds: $u) { filled offers { id status worker { id } } } }';
const HOUR = 3_600_000;

interface ShiftView {
  id: string;
  filled: number;
  cancelledAt: string | null;
  requiredSkill: { name: string } | null;
  offers: Array<{ id: string; status: string; worker: { id: string; displayName?: string } }>;
}

describe('shifts: create, offer with its rules, withdraw, cancel', () => {
  let app: TestApp;
  let org: TenantWithAdmin;

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = org.token) => app.graphql<T>(query, variables, token);
  const shift = async (id: string) => ok(await call<{ shift: ShiftView }>(SHIFT, { id })).shift;
  const offer = (shiftId: string, userIds: string[]) => call<{ offerShift: ShiftView }>(OFFER, { s: shiftId, u: userIds });

  beforeAll(async () => {
    app = await startTestApp();
    org = await tenantWithAdmin(app, 'Shift Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates a shift and lists upcoming shifts by start, cancelled ones only on request', async () => {
    const skill = await createSkill(app, org, 'Crane');
    const later = await createShift(app, org, { title: 'Later', startsInHours: 72, requiredSkillId: skill, headcount: 2 });
    const sooner = await createShift(app, org, { title: 'Sooner', startsInHours: 24 });
    expect(await shift(later)).toMatchObject({ title: 'Later', location: 'Dock 4', headcount: 2, filled: 0, requiredSkill: { name: 'Crane' }, offers: [] });
    const listed = ok(await call<{ shifts: Array<{ id: string }> }>('{ shifts { id } }')).shifts.map((row) => row.id);
    expect(listed.indexOf(sooner)).toBeLessThan(listed.indexOf(later));
    ok(await call('mutation($id: ID!) { cancelShift(id: $id) { id } }', { id: sooner }));
    expect(ok(await call<{ shifts: Array<{ id: string }> }>('{ shifts { id } }')).shifts.map((row) => row.id)).not.toContain(sooner);
    const all = ok(await call<{ shifts: Array<{ id: string }> }>('{ shifts(filter: { includeCancelled: true }) { id } }')).shifts.map((row) => row.id);
    expect(all).toContain(sooner);
    const window = ok(await call<{ shifts: Array<{ id: string }> }>('query($to: DateTimeISO!) { shifts(filter: { to: $to, includeCancelled: true }) { id } }', {
      to: new Date(Date.now() + 48 * HOUR).toISOString(),
    })).shifts.map((row) => row.id);
    expect(window).toContain(sooner);
    expect(window).not.toContain(later);
  });

  it('refuses a shift that ends before it starts, starts in the past, or names another tenant’s skill', async () => {
    const input = (overrides: Record<string, unknown>) => ({
      title: 'Bad',
      location: 'Dock 1',
      startsAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + 30 * HOUR).toISOString(),
      ...overrides,
    });
    const create = (overrides: Record<string, unknown>) => call('mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }', { input: input(overrides) });
    expect((await create({ endsAt: new Date(Date.now() + 20 * HOUR).toISOString() })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    expect((await create({ startsAt: new Date(Date.now() - HOUR).toISOString() })).errors?.[0]?.extensions).toMatchObject({ field: 'startsAt' });
    expect((await create({ headcount: 0 })).errors?.[0]?.extensions).toMatchObject({ field: 'headcount' });
    expect((await create({ title: ' ' })).errors?.[0]?.extensions).toMatchObject({ field: 'title' });
    const other = await tenantWithAdmin(app, 'Skill Thief');
    const foreign = await createSkill(app, other, 'Foreign skill');
    expect((await create({ requiredSkillId: foreign })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [count]: Array<{ count: string }> = await app.database.dataSource.query("SELECT count(*) AS count FROM shift WHERE tenant_id = $1 AND title = 'Bad'", [org.tenant.id]);
    expect(Number(count!.count)).toBe(0);
  });

  it('offers to planner users and emails them, unless they switched shift offers off', async () => {
    const ana = await createWorker(app, org, { firstName: 'Ana', lastName: 'Offer' });
    const ben = await createWorker(app, org, { firstName: 'Ben', lastName: 'Quiet', origin: 'internal' });
    await app.database.dataSource.query("INSERT INTO notification_preference (user_id, tenant_id, event, email) VALUES ($1, $2, 'SHIFT_OFFERED', false)", [ben.id, org.tenant.id]);
    const shiftId = await createShift(app, org, { title: 'Morning pick', headcount: 2 });
    const offered = ok(await offer(shiftId, [ana.id, ben.id])).offerShift;
    expect(offered.offers.map((row) => [row.worker.id, row.status])).toEqual(
      expect.arrayContaining([
        [ana.id, 'OFFERED'],
        [ben.id, 'OFFERED'],
      ]),
    );
    expect(offered.offers).toHaveLength(2);
    const anaMail = await outboxFor(app, ana.email);
    expect(anaMail).toEqual([expect.objectContaining({ subject: 'Shift offered: Morning pick' })]);
    expect(anaMail[0]!.text).toMatch(/^Hello Ana Offer,/);
    expect(anaMail[0]!.text).toContain('"Morning pick" at Dock 4');
    expect(anaMail[0]!.text).toContain('My Shifts');
    expect(await outboxFor(app, ben.email)).toEqual([]);

    // Offering again changes nothing and sends nothing; a declined offer is offered afresh.
    ok(await offer(shiftId, [ana.id]));
    expect(await outboxFor(app, ana.email)).toHaveLength(1);
    await app.database.dataSource.query("UPDATE shift_offer SET status = 'DECLINED', responded_at = now() WHERE shift_id = $1 AND user_id = $2", [shiftId, ana.id]);
    const reoffered = ok(await offer(shiftId, [ana.id])).offerShift.offers.find((row) => row.worker.id === ana.id);
    expect(reoffered?.status).toBe('OFFERED');
    expect(await outboxFor(app, ana.email)).toHaveLength(2);
    const [audit]: Array<{ after: { offeredTo: string[] } }> = await app.database.dataSource.query(
      "SELECT after FROM audit_entry WHERE target_id = $1 AND action = 'planner.shift.offer' ORDER BY sequence LIMIT 1",
      [shiftId],
    );
    expect(audit!.after.offeredTo).toEqual([ana.id, ben.id]);
  });

  it('refuses, all or nothing, workers missing the skill, unavailable that day, inactive, or not planner users', async () => {
    const skill = await createSkill(app, org, 'Forklift');
    const skilled = await createWorker(app, org, { firstName: 'Sam', lastName: 'Skilled' });
    const unskilled = await createWorker(app, org, { firstName: 'Una', lastName: 'Skilless' });
    const away = await createWorker(app, org, { firstName: 'Al', lastName: 'Away' });
    const gone = await createWorker(app, org, { firstName: 'Ina', lastName: 'Active', isActive: false });
    const staff = await createUser(app.database.dataSource, org.tenant.id, org.adminRoleId, { firstName: 'Stu', lastName: 'Staff' });
    for (const worker of [skilled, away, gone]) await assignSkill(app, org, worker.id, skill);
    const shiftId = await createShift(app, org, { title: 'Forklift day', requiredSkillId: skill, startsInHours: 50 });
    const shiftDay = new Date(Date.now() + 50 * HOUR).toISOString().slice(0, 10);
    await app.database.dataSource.query("INSERT INTO unavailable_day (tenant_id, user_id, day, source) VALUES ($1, $2, $3, 'BLOCKED')", [org.tenant.id, away.id, shiftDay]);
    const auditBefore = (await auditActions(app, org)).length;

    const refused = await offer(shiftId, [skilled.id, unskilled.id, away.id, gone.id, staff.id]);
    const error = refused.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds', reason: 'OFFER_REFUSED' });
    expect(error?.message).toContain('Una Skilless lacks the required skill Forklift');
    expect(error?.message).toContain(`Al Away is unavailable on ${shiftDay}`);
    expect(error?.message).toContain('Ina Active is deactivated');
    expect(error?.message).toContain('Stu Staff is not a planner user');
    expect(error?.message).not.toContain('Sam Skilled');
    expect(error?.extensions?.refusals).toEqual(
      expect.arrayContaining([
        { userId: unskilled.id, reason: 'MISSING_SKILL', message: expect.any(String) },
        { userId: away.id, reason: 'UNAVAILABLE', message: expect.any(String) },
      ]),
    );
    expect((await shift(shiftId)).offers).toEqual([]);
    expect(await outboxFor(app, skilled.email)).toEqual([]);
    expect((await auditActions(app, org)).length).toBe(auditBefore);

    expect(ok(await offer(shiftId, [skilled.id])).offerShift.offers).toHaveLength(1);
    const other = await tenantWithAdmin(app, 'Offer Elsewhere');
    const foreignWorker = await createWorker(app, other);
    expect((await offer(shiftId, [foreignWorker.id])).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.graphql(OFFER, { s: shiftId, u: [foreignWorker.id] }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses offers on a filled, cancelled or started shift', async () => {
    const first = await createWorker(app, org);
    const second = await createWorker(app, org);
    const shiftId = await createShift(app, org, { title: 'One seat' });
    ok(await offer(shiftId, [first.id]));
    await app.database.dataSource.query("UPDATE shift_offer SET status = 'ACCEPTED', responded_at = now() WHERE shift_id = $1", [shiftId]);
    expect((await shift(shiftId)).filled).toBe(1);
    const filled = await offer(shiftId, [second.id]);
    expect(filled.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_FILLED' });

    const started = await createShift(app, org, { title: 'Started' });
    await app.database.dataSource.query("UPDATE shift SET starts_at = now() - interval '1 hour' WHERE id = $1", [started]);
    expect((await offer(started, [second.id])).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_STARTED' });

    const cancelled = await createShift(app, org, { title: 'Called off' });
    ok(await call('mutation($id: ID!) { cancelShift(id: $id) { id } }', { id: cancelled }));
    expect((await offer(cancelled, [second.id])).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_CANCELLED' });
    expect((await call('mutation($id: ID!) { cancelShift(id: $id) { id } }', { id: cancelled })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('withdraws an offer, and cancelling a shift emails everyone offered or booked on it', async () => {
    const booked = await createWorker(app, org, { firstName: 'Bo', lastName: 'Booked' });
    const asked = await createWorker(app, org, { firstName: 'Aki', lastName: 'Asked' });
    const withdrawn = await createWorker(app, org, { firstName: 'Wil', lastName: 'Withdrawn' });
    const shiftId = await createShift(app, org, { title: 'Night cover', headcount: 3 });
    const offers = ok(await offer(shiftId, [booked.id, asked.id, withdrawn.id])).offerShift.offers;
    await app.database.dataSource.query("UPDATE shift_offer SET status = 'ACCEPTED' WHERE shift_id = $1 AND user_id = $2", [shiftId, booked.id]);
    const withdrawOffer = offers.find((row) => row.worker.id === withdrawn.id)!;
    const afterWithdraw = ok(await call<{ withdrawShiftOffer: ShiftView }>('mutation($id: ID!) { withdrawShiftOffer(offerId: $id) { offers { id status } } }', { id: withdrawOffer.id }));
    expect(afterWithdraw.withdrawShiftOffer.offers.find((row) => row.id === withdrawOffer.id)?.status).toBe('WITHDRAWN');
    expect((await call('mutation($id: ID!) { withdrawShiftOffer(offerId: $id) { id } }', { id: withdrawOffer.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const cancelled = ok(await call<{ cancelShift: ShiftView }>('mutation($id: ID!) { cancelShift(id: $id) { cancelledAt } }', { id: shiftId })).cancelShift;
    expect(cancelled.cancelledAt).toEqual(expect.any(String));
    expect((await outboxFor(app, booked.email)).map((mail) => mail.subject)).toEqual(['Shift offered: Night cover', 'Shift cancelled: Night cover']);
    expect((await outboxFor(app, booked.email))[1]!.text).toContain('You no longer need to attend.');
    expect((await outboxFor(app, asked.email)).map((mail) => mail.subject)).toContain('Shift cancelled: Night cover');
    expect((await outboxFor(app, withdrawn.email)).map((mail) => mail.subject)).toEqual(['Shift offered: Night cover']);
    expect(await auditActions(app, org)).toEqual(expect.arrayContaining(['planner.shift.create', 'planner.shift.offer', 'planner.shift.withdraw_offer', 'planner.shift.cancel']));
  });

  it('guards every shift operation with its permission and keeps tenants apart', async () => {
    const shiftId = await createShift(app, org, { title: 'Guarded' });
    const reader = await signedInWith(app, org, ['planner.access', 'planner.shifts.read']);
    expect((await call('{ shifts { id } }', {}, reader)).errors).toBeUndefined();
    expect((await call('mutation($id: ID!) { cancelShift(id: $id) { id } }', { id: shiftId }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(OFFER, { s: shiftId, u: [] }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await signedInWith(app, org, ['users.access']);
    expect((await call('{ shifts { id } }', {}, outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const other = await tenantWithAdmin(app, 'Shift Elsewhere');
    expect((await app.graphql(SHIFT, { id: shiftId }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.graphql('mutation($id: ID!) { cancelShift(id: $id) { id } }', { id: shiftId }, other.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await app.graphql<{ shifts: unknown[] }>('{ shifts { id } }', {}, other.token)).shifts).toEqual([]);
    expect((await shift(shiftId)).cancelledAt).toBeNull();
  });
});
