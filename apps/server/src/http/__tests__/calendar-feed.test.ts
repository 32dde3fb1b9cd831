import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import {
  createOffer,
  createShift,
  hoursFromNow,
  offeredShift,
  portalOrg,
  setPortalAccess,
  worker,
  type PortalOrg,
  type SignedInWorker,
} from '../../modules/portal/__tests__/fixtures.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  description: string | null;
  start: string;
  end: string;
}

/** Reads the feed with ical.js, a parser independent of the library that wrote it. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description || null,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('GET /calendar/<token>.ics', () => {
  let app: TestApp;
  let org: PortalOrg;
  let wendy: SignedInWorker;

  const regenerate = async (who = wendy) =>
    ok(await app.graphql<{ regenerateCalendarFeed: { url: string } }>('mutation { regenerateCalendarFeed { url feed { createdAt lastFetchedAt } } }', {}, who.token))
      .regenerateCalendarFeed.url;

  beforeAll(async () => {
    app = await startTestApp();
    org = await portalOrg(app, 'Calendar Org');
    wendy = await worker(app, org);
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists exactly the accepted, not cancelled shifts of its worker', async () => {
    const ds = app.database.dataSource;
    const startsAt = new Date(Date.UTC(2099, 5, 1, 7, 30));
    const morning = await offeredShift(ds, org.tenant.id, wendy.user.id, 'ACCEPTED', {
      title: 'Morning pick, aisle 7',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8.5 * 3_600_000),
      location: 'Dock 4; Gate B',
      notes: 'Bring safety boots,\nhi-vis provided',
    });
    const worked = await offeredShift(ds, org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Last week', startsAt: hoursFromNow(-170), endsAt: hoursFromNow(-162) });
    for (const status of ['OFFERED', 'DECLINED', 'WITHDRAWN'] as const) {
      await offeredShift(ds, org.tenant.id, wendy.user.id, status, { title: `Not mine: ${status}` });
    }
    await offeredShift(ds, org.tenant.id, wendy.user.id, 'ACCEPTED', { title: 'Cancelled', cancelled: true });
    const colleague = await worker(app, org, { firstName: 'Carl' });
    const shared = await createShift(ds, org.tenant.id, { title: 'Colleague only', headcount: 2 });
    await createOffer(ds, org.tenant.id, shared, colleague.user.id, 'ACCEPTED');

    const url = await regenerate();
    expect(url).toMatch(new RegExp(`^${app.url}/calendar/cal_[A-Za-z0-9_-]{43}\\.ics$`));
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const events = parseFeed(await response.text());
    expect(events.map((event) => event.uid).sort()).toEqual([morning.offerId, worked.offerId].sort());
    expect(events.find((event) => event.uid === morning.offerId)).toEqual({
      uid: morning.offerId,
      summary: 'Morning pick, aisle 7',
      location: 'Dock 4; Gate B',
      description: 'Bring safety boots,\nhi-vis provided',
      start: '2099-06-01T07:30:00.000Z',
      end: '2099-06-01T16:00:00.000Z',
    });

    // Stable UIDs: a second fetch describes the same events, so calendar apps update rather than duplicate.
    expect(parseFeed(await (await fetch(url)).text()).map((event) => event.uid).sort()).toEqual(events.map((event) => event.uid).sort());
    const feed = ok(await app.graphql<{ myCalendarFeed: { lastFetchedAt: string | null } }>('{ myCalendarFeed { lastFetchedAt } }', {}, wendy.token)).myCalendarFeed;
    expect(feed.lastFetchedAt).not.toBeNull();
  });

  it('stops serving the old URL on regenerate and every URL on revoke', async () => {
    const first = await regenerate();
    expect((await fetch(first)).status).toBe(200);
    const second = await regenerate();
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);

    expect(ok(await app.graphql<{ revokeCalendarFeed: boolean }>('mutation { revokeCalendarFeed }', {}, wendy.token)).revokeCalendarFeed).toBe(true);
    expect((await fetch(second)).status).toBe(404);
    expect(ok(await app.graphql<{ myCalendarFeed: null }>('{ myCalendarFeed { createdAt } }', {}, wendy.token)).myCalendarFeed).toBeNull();
    expect(ok(await app.graphql<{ revokeCalendarFeed: boolean }>('mutation { revokeCalendarFeed }', {}, wendy.token)).revokeCalendarFeed).toBe(false);
  });

  it('keeps only the hash of the token, and answers 404 for anything made up', async () => {
    const url = await regenerate();
    const token = url.slice(url.lastIndexOf('/') + 1, -'.ics'.length);
    const rows: Array<{ token_hash: string }> = await app.database.dataSource.query('SELECT token_hash FROM calendar_feed WHERE user_id = $1', [wendy.user.id]);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    // One character changed in the middle: the last one carries padding bits, so it could decode alike.
    const altered = `${token.slice(0, 12)}${token[12] === 'x' ? 'y' : 'x'}${token.slice(13)}`;
    for (const path of [`/calendar/${token}`, `/calendar/${altered}.ics`, '/calendar/cal_x.ics', '/calendar/..%2F..%2Fetc%2Fpasswd.ics']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('goes dark while portal access is off', async () => {
    const url = await regenerate();
    await setPortalAccess(app.database.dataSource, wendy.user.id, false);
    expect((await fetch(url)).status).toBe(404);
    await setPortalAccess(app.database.dataSource, wendy.user.id, true);
    expect((await fetch(url)).status).toBe(200);
  });
});
