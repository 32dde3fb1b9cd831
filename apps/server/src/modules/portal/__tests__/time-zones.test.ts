import { localDateIn } from '@access/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { describeShift } from '../../planner/shift-wording.js';
import { offeredShift, createShift, portalOrg, worker, type PortalOrg, type SignedInWorker } from './fixtures.js';

const SET_TENANT_ZONE = `mutation($zone: String!) { updateTenantSettings(input: { timeZone: $zone }) { timeZone } }`;
const OFFER = `mutation($shiftId: ID!, $userIds: [ID!]!) { offerShift(shiftId: $shiftId, userIds: $userIds) { id } }`;
const BLOCK = `mutation($date: String!) { blockDay(date: $date) { date } }`;

/** 23:30 UTC on Thursday 14 January 2027: already Friday the 15th in Auckland, still the 14th in New York. */
const LATE_EVENING_UTC = new Date('2027-01-14T23:30:00Z');
const EIGHT_HOURS = 8 * 3_600_000;

describe('time zones in the planner and the portal', () => {
  let app: TestApp;
  let org: PortalOrg;
  let kiwi: SignedInWorker;
  let newYorker: SignedInWorker;

  const outbox = (email: string): Promise<Array<{ text: string }>> =>
    app.database.dataSource.query('SELECT text_body AS text FROM mail_outbox WHERE to_address = $1 ORDER BY sequence', [email]);
  const setOwnZone = (userId: string, zone: string | null) => app.database.dataSource.query('UPDATE user_account SET time_zone = $2 WHERE id = $1', [userId, zone]);

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Auckland Org');
    ok(await app.graphql(SET_TENANT_ZONE, { zone: 'Pacific/Auckland' }, org.token));
    kiwi = await worker(app, org, { firstName: 'Kiri' });
    newYorker = await worker(app, org, { firstName: 'Nora' });
    await setOwnZone(newYorker.user.id, 'America/New_York');
  });
  afterAll(async () => {
    await app.close();
  });

  it("words a shift in each recipient's zone and names it", async () => {
    const shiftId = await createShift(app.database.dataSource, org.tenant.id, {
      title: 'Night cover',
      startsAt: LATE_EVENING_UTC,
      endsAt: new Date(LATE_EVENING_UTC.getTime() + EIGHT_HOURS),
    });
    ok(await app.graphql(OFFER, { shiftId, userIds: [kiwi.user.id, newYorker.user.id] }, org.token));
    const [toKiwi] = await outbox(kiwi.user.email);
    const [toNewYorker] = await outbox(newYorker.user.email);
    expect(toKiwi!.text).toContain('"Night cover" at Dock 4, Friday, 15 January 2027 at 12:30 to 20:30 (Pacific/Auckland)');
    expect(toNewYorker!.text).toContain('"Night cover" at Dock 4, Thursday, 14 January 2027 at 18:30 to Friday 15 January at 02:30 (America/New_York)');
  });

  it('reads wall-clock times across a daylight saving change from the zone database', () => {
    // New Zealand daylight saving time ends at 03:00 on 4 April 2027: four hours of work from 01:00 end at 04:00.
    const shift = { title: 'Clock change', location: 'Dock 4', startsAt: new Date('2027-04-03T12:00:00Z'), endsAt: new Date('2027-04-03T16:00:00Z') };
    expect(describeShift(shift, 'Pacific/Auckland')).toBe('"Clock change" at Dock 4, Sunday, 4 April 2027 at 01:00 to 04:00 (Pacific/Auckland)');
    // And spring forward in New York on 14 March 2027: 01:00 to 04:00 is two hours of work.
    const spring = { ...shift, startsAt: new Date('2027-03-14T06:00:00Z'), endsAt: new Date('2027-03-14T08:00:00Z') };
    expect(describeShift(spring, 'America/New_York')).toBe('"Clock change" at Dock 4, Sunday, 14 March 2027 at 01:00 to 04:00 (America/New_York)');
  });

  it("matches unavailable days on each worker's own calendar", async () => {
    const ds = app.database.dataSource;
    const other = await worker(app, org, { firstName: 'Kahu' });
    // The shift is on the 15th in Auckland: a day blocked on the 14th (its UTC day) does not stand in the way.
    await ds.query("INSERT INTO unavailable_day (tenant_id, user_id, day, source) VALUES ($1, $2, '2027-01-14', 'BLOCKED'), ($1, $3, '2027-01-15', 'BLOCKED')", [
      org.tenant.id,
      other.user.id,
      kiwi.user.id,
    ]);
    const shiftId = await createShift(ds, org.tenant.id, { title: 'Late cover', startsAt: LATE_EVENING_UTC, endsAt: new Date(LATE_EVENING_UTC.getTime() + EIGHT_HOURS), headcount: 3 });
    ok(await app.graphql(OFFER, { shiftId, userIds: [other.user.id] }, org.token));
    const refused = await app.graphql(OFFER, { shiftId, userIds: [kiwi.user.id] }, org.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', refusals: [{ userId: kiwi.user.id, reason: 'UNAVAILABLE' }] });
  });

  it("decides the portal's today in the worker's zone", async () => {
    // Pago Pago (UTC-11) and Kiritimati (UTC+14) never share a date, so whatever the hour, one of the
    // two checks below would go the other way if "today" were the server's UTC date.
    const now = new Date();
    const pagoToday = localDateIn('Pacific/Pago_Pago', now);
    await setOwnZone(kiwi.user.id, 'Pacific/Pago_Pago');
    await setOwnZone(newYorker.user.id, 'Pacific/Kiritimati');
    expect(ok(await app.graphql(BLOCK, { date: pagoToday }, kiwi.token))).toEqual({ blockDay: { date: pagoToday } });
    const refused = await app.graphql(BLOCK, { date: pagoToday }, newYorker.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    const listed = ok(await app.graphql<{ myAvailability: Array<{ date: string }> }>('{ myAvailability { date } }', {}, kiwi.token)).myAvailability;
    expect(listed.map((day) => day.date)).toContain(pagoToday);

    // A scheduler's "has this date passed?" for a certification reads the worker's calendar too.
    const ASSIGN = 'mutation($userId: ID!, $expiresOn: String) { assignCertification(userId: $userId, name: "First aid", expiresOn: $expiresOn) { id } }';
    ok(await app.graphql(ASSIGN, { userId: kiwi.user.id, expiresOn: pagoToday }, org.token));
    const passed = await app.graphql(ASSIGN, { userId: newYorker.user.id, expiresOn: pagoToday }, org.token);
    expect(passed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresOn' });

    await setOwnZone(kiwi.user.id, null);
    await setOwnZone(newYorker.user.id, 'America/New_York');
  });

  it("publishes the calendar feed in UTC, naming the worker's zone", async () => {
    await offeredShift(app.database.dataSource, org.tenant.id, newYorker.user.id, 'ACCEPTED', { startsAt: LATE_EVENING_UTC, endsAt: new Date(LATE_EVENING_UTC.getTime() + EIGHT_HOURS) });
    const url = ok(await app.graphql<{ regenerateCalendarFeed: { url: string } }>('mutation { regenerateCalendarFeed { url } }', {}, newYorker.token)).regenerateCalendarFeed.url;
    const text = await (await fetch(url)).text();
    expect(text).toContain('X-WR-TIMEZONE:America/New_York');
    expect(text).toContain('DTSTART:20270114T233000Z');
    expect(text).toContain('DTEND:20270115T073000Z');
    const kiwiUrl = ok(await app.graphql<{ regenerateCalendarFeed: { url: string } }>('mutation { regenerateCalendarFeed { url } }', {}, kiwi.token)).regenerateCalendarFeed.url;
    expect(await (await fetch(kiwiUrl)).text()).toContain('X-WR-TIMEZONE:Pacific/Auckland');
  });
});
