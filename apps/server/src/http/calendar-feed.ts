import { DEFAULT_TIME_ZONE, effectiveTimeZone } from '@access/domain';
import { Router } from 'express';
import ical, { ICalEventStatus } from 'ical-generator';
import type { DataSource } from 'typeorm';
import { readCalendarFeed, type FeedContents } from '../modules/portal/queries/calendar-feed.js';
import { displayName } from '../modules/users/display-name.js';

function calendarOf({ owner, offers }: FeedContents): string {
  const calendar = ical({ name: `Shifts of ${displayName(owner)}`, prodId: { company: 'Access', product: 'Planner' } });
  // Times stay in UTC ("…Z"), which every calendar app reads the same way; X-WR-TIMEZONE tells
  // Google and Apple Calendar which zone to show the subscription in. A TZID would need a VTIMEZONE
  // block of the zone's transitions, which ical-generator writes only with an extra zone generator.
  calendar.x([{ key: 'X-WR-TIMEZONE', value: effectiveTimeZone(owner.timeZone, owner.tenant?.settings?.timeZone ?? DEFAULT_TIME_ZONE) }]);
  for (const offer of offers) {
    const { shift } = offer;
    calendar.createEvent({
      // The offer id stays the same across fetches, so calendar apps update an event instead of duplicating it.
      id: offer.id,
      start: shift.startsAt,
      end: shift.endsAt,
      stamp: offer.respondedAt ?? offer.offeredAt,
      summary: shift.title,
      location: shift.location,
      description: shift.notes ?? null,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/**
 * GET /calendar/<token>.ics: the worker's accepted shifts for calendar apps. The token in the path
 * is the only credential (calendar apps send no headers), so anything unknown is a plain 404.
 */
export function calendarFeedRoutes(dataSource: DataSource): Router {
  const router = Router();
  // Express 5 forwards a rejected promise to the error handler, so no try/catch here.
  router.get('/calendar/:file', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const file = req.params.file;
    const contents = file.endsWith('.ics') ? await readCalendarFeed(dataSource, file.slice(0, -'.ics'.length)) : null;
    if (!contents) {
      res.status(404).type('text/plain').send('Calendar feed not found');
      return;
    }
    res.set('Content-Type', 'text/calendar; charset=utf-8').send(calendarOf(contents));
  });
  return router;
}
