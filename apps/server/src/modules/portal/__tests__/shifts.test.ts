import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import {
  assignCertification,
  assignSkill,
  auditActions,
  createOffer,
  createShift,
  createSkill,
  hoursFromNow,
  offeredShift,
  portalOrg,
  worker,
  type PortalOrg,
  type SignedInWorker,
} from './fixtures.js';

interface PortalShift {
  id: string;
  offerId: string;
  title: string;
  status: string;
  respondedAt: string | null;
  requiredSkill: { name: string } | null;
}

const SHIFT_FIELDS = 'id offerId title status respondedAt requiredSkill { name }';

describe('portal: dashboard, My Shifts and After-Shift Reports', () => {
  let app: TestApp;
  let org: PortalOrg;

  const ds = () => app.database.dataSource;
  const call = <T = Record<string, unknown>>(who: SignedInWorker, query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, who.token);
  const answer = (who: SignedInWorker, verb: 'accept' | 'decline', offerId: string) =>
    call<Record<string, PortalShift>>(who, `mutation($id: ID!) { ${verb}ShiftOffer(offerId: $id) { ${SHIFT_FIELDS} } }`, { id: offerId });

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Shifts Org');
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the cards in order, My Skills and My Certifications only once assigned, with what is waiting', async () => {
    const wendy = await worker(app, org);
    const dashboard = () => call<{ portalDashboard: { cards: string[]; openOffers: number; pendingReports: number } }>(wendy, '{ portalDashboard { cards openOffers pendingReports } }');
    expect(ok(await dashboard()).portalDashboard).toEqual({
      cards: ['MY_SHIFTS', 'AFTER_SHIFT_REPORTS', 'NOTIFICATIONS', 'CALENDAR_LINKS', 'MY_AVAILABILITY', 'MY_PROFILE', 'MY_WORKING_HOURS', 'CHANGE_PASSWORD'],
      openOffers: 0,
      pendingReports: 0,
    });
    await assignSkill(ds(), org.tenant.id, wendy.user.id, await createSkill(ds(), org.tenant.id, 'Forklift'));
    await assignCertification(ds(), org.tenant.id, wendy.user.id);
    await offeredShift(ds(), org.tenant.id, wendy.user.id, 'OFFERED');
    await offeredShift(ds(), org.tenant.id, wendy.user.id, 'OFFERED', { cancelled: true });
    await offeredShift(ds(), org.tenant.id, wendy.user.id, 'ACCEPTED', { startsAt: hoursFromNow(-10), endsAt: hoursFromNow(-2) });
    expect(ok(await dashboard()).portalDashboard).toEqual({
      cards: ['MY_SHIFTS', 'AFTER_SHIFT_REPORTS', 'NOTIFICATIONS', 'CALENDAR_LINKS', 'MY_AVAILABILITY', 'MY_PROFILE', 'MY_SKILLS', 'MY_CERTIFICATIONS', 'MY_WORKING_HOURS', 'CHANGE_PASSWORD'],
      openOffers: 1,
      pendingReports: 1,
    });
  });

  it('lists upcoming offered and accepted shifts by start; past ones only when asked', async () => {
    const wendy = await worker(app, org);
    const skillId = await createSkill(ds(), org.tenant.id, 'First aid');
    const later = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'OFFERED', { title: 'Later', startsAt: hoursFromNow(72), requiredSkillId: skillId });
    const sooner = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Sooner', startsAt: hoursFromNow(5) });
    const running = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Running', startsAt: hoursFromNow(-1), endsAt: hoursFromNow(3) });
    const past = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Past', startsAt: hoursFromNow(-50), endsAt: hoursFromNow(-42) });
    await offeredShift(ds(), org.tenant.id, wendy.user.id, 'DECLINED', { title: 'Declined' });
    await offeredShift(ds(), org.tenant.id, wendy.user.id, 'WITHDRAWN', { title: 'Withdrawn' });
    await offeredShift(ds(), org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Cancelled', cancelled: true });
    await offeredShift(ds(), org.tenant.id, wendy.user.id, 'OFFERED', { title: 'Missed', startsAt: hoursFromNow(-0.5), endsAt: hoursFromNow(3) });

    const upcoming = ok(await call<{ myShifts: PortalShift[] }>(wendy, `{ myShifts { ${SHIFT_FIELDS} } }`)).myShifts;
    expect(upcoming.map((shift) => shift.title)).toEqual(['Running', 'Sooner', 'Later']);
    expect(upcoming[2]).toMatchObject({ id: later.shiftId, offerId: later.offerId, status: 'OFFERED', requiredSkill: { name: 'First aid' } });
    expect(upcoming[1]).toMatchObject({ id: sooner.shiftId, status: 'ACCEPTED' });
    expect(upcoming[0]!.offerId).toBe(running.offerId);

    const all = ok(await call<{ myShifts: PortalShift[] }>(wendy, `{ myShifts(includePast: true) { ${SHIFT_FIELDS} } }`)).myShifts;
    expect(all.map((shift) => shift.title)).toEqual(['Past', 'Running', 'Missed', 'Sooner', 'Later']);
    expect(all[0]!.offerId).toBe(past.offerId);
  });

  it('accepts and declines an offer, audited with the worker as actor', async () => {
    const wendy = await worker(app, org);
    const first = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'OFFERED');
    const accepted = ok(await answer(wendy, 'accept', first.offerId)).acceptShiftOffer!;
    expect(accepted).toMatchObject({ id: first.shiftId, offerId: first.offerId, status: 'ACCEPTED' });
    expect(accepted.respondedAt).not.toBeNull();
    // Answering twice the same way changes nothing; changing one's mind before the start is allowed.
    expect(ok(await answer(wendy, 'accept', first.offerId)).acceptShiftOffer!.status).toBe('ACCEPTED');
    expect(ok(await answer(wendy, 'decline', first.offerId)).declineShiftOffer!.status).toBe('DECLINED');
    const actions = (await auditActions(ds(), org.tenant.id)).filter((entry) => entry.actor_user_id === wendy.user.id);
    expect(actions.map((entry) => entry.action)).toEqual(['portal.shift_offer.accept', 'portal.shift_offer.decline']);
  });

  it('refuses answers to filled, cancelled, withdrawn and started shifts with CONFLICT', async () => {
    const wendy = await worker(app, org);
    const carl = await worker(app, org, { firstName: 'Carl' });
    const shiftId = await createShift(ds(), org.tenant.id, { headcount: 1 });
    await createOffer(ds(), org.tenant.id, shiftId, carl.user.id, 'ACCEPTED');
    const full = await createOffer(ds(), org.tenant.id, shiftId, wendy.user.id);
    expect((await answer(wendy, 'accept', full)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_FILLED' });
    ok(await answer(wendy, 'decline', full));

    const cancelled = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'OFFERED', { cancelled: true });
    const withdrawn = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'WITHDRAWN');
    const started = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'OFFERED', { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(2) });
    for (const verb of ['accept', 'decline'] as const) {
      expect((await answer(wendy, verb, cancelled.offerId)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_CANCELLED' });
      expect((await answer(wendy, verb, withdrawn.offerId)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OFFER_WITHDRAWN' });
      expect((await answer(wendy, verb, started.offerId)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_STARTED' });
    }
  });

  it('lets exactly one of two workers take the last place when both accept at once', async () => {
    const wendy = await worker(app, org);
    const carl = await worker(app, org, { firstName: 'Carl' });
    const shiftId = await createShift(ds(), org.tenant.id, { headcount: 1 });
    const offers = [await createOffer(ds(), org.tenant.id, shiftId, wendy.user.id), await createOffer(ds(), org.tenant.id, shiftId, carl.user.id)];
    const results = await Promise.all([answer(wendy, 'accept', offers[0]!), answer(carl, 'accept', offers[1]!)]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions?.reason).toBe('SHIFT_FILLED');
    const [row]: Array<{ count: number }> = await ds().query("SELECT count(*)::int AS count FROM shift_offer WHERE shift_id = $1 AND status = 'ACCEPTED'", [shiftId]);
    expect(row!.count).toBe(1);
  });

  it('takes one report per accepted shift once it has ended, with 0 < hours <= 24', async () => {
    const wendy = await worker(app, org);
    const worked = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Night audit', startsAt: hoursFromNow(-12), endsAt: hoursFromNow(-4) });
    const upcoming = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Tomorrow' });
    const declined = await offeredShift(ds(), org.tenant.id, wendy.user.id, 'DECLINED', { startsAt: hoursFromNow(-12), endsAt: hoursFromNow(-4) });
    const submit = (shiftId: string, hoursWorked: number) =>
      call<{ submitAfterShiftReport: { id: string; hoursWorked: number; status: string; notes: string | null; shift: { title: string; status: string } } }>(
        wendy,
        'mutation($input: AfterShiftReportInput!) { submitAfterShiftReport(input: $input) { id hoursWorked status notes shift { title status } } }',
        { input: { shiftId, hoursWorked, notes: '  Quiet night  ', incidents: '' } },
      );

    const pending = ok(await call<{ myPendingReports: PortalShift[] }>(wendy, '{ myPendingReports { id title } }')).myPendingReports;
    expect(pending).toEqual([{ id: worked.shiftId, title: 'Night audit' }]);

    for (const hours of [0, -1, 24.5]) {
      expect((await submit(worked.shiftId, hours)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hoursWorked' });
    }
    expect((await submit(upcoming.shiftId, 8)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_NOT_ENDED' });
    expect((await submit(declined.shiftId, 8)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHIFT_NOT_ACCEPTED' });

    const report = ok(await submit(worked.shiftId, 7.75)).submitAfterShiftReport;
    expect(report).toMatchObject({ hoursWorked: 7.75, status: 'SUBMITTED', notes: 'Quiet night', shift: { title: 'Night audit', status: 'ACCEPTED' } });
    expect((await submit(worked.shiftId, 8)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_ALREADY_SUBMITTED' });
    expect(ok(await call<{ myPendingReports: unknown[] }>(wendy, '{ myPendingReports { id } }')).myPendingReports).toEqual([]);
    const reports = ok(await call<{ myReports: Array<{ id: string; incidents: string | null }> }>(wendy, '{ myReports { id incidents } }')).myReports;
    expect(reports).toEqual([{ id: report.id, incidents: null }]);
    const actions = (await auditActions(ds(), org.tenant.id)).filter((entry) => entry.actor_user_id === wendy.user.id);
    expect(actions.map((entry) => entry.action)).toEqual(['portal.report.submit']);
  });

  it('never shows other workers on a shift', async () => {
    const wendy = await worker(app, org);
    const result = await call(wendy, '{ myShifts { offers { id } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
