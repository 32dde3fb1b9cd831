import { localDateIn } from '@access/domain';
import type { ShiftEntity } from './entities/shift.entity.js';

const formats = new Map<string, { when: Intl.DateTimeFormat; until: Intl.DateTimeFormat; untilWithDay: Intl.DateTimeFormat }>();

function formatsFor(timeZone: string) {
  let found = formats.get(timeZone);
  if (!found) {
    found = {
      when: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }),
      until: new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone }),
      untilWithDay: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone }),
    };
    formats.set(timeZone, found);
  }
  return found;
}

/**
 * "Night cover" at Dock 4, Monday 1 December 2026 at 22:00 to Tuesday 2 December, 06:00 (Pacific/Auckland):
 * how emails name a shift, in the reader's zone and naming it, since reader and shift may be apart.
 */
export function describeShift(shift: Pick<ShiftEntity, 'title' | 'location' | 'startsAt' | 'endsAt'>, timeZone: string): string {
  const { when, until, untilWithDay } = formatsFor(timeZone);
  const sameDay = localDateIn(timeZone, shift.startsAt) === localDateIn(timeZone, new Date(shift.endsAt.getTime() - 1));
  const end = sameDay ? until.format(shift.endsAt) : untilWithDay.format(shift.endsAt);
  return `"${shift.title}" at ${shift.location}, ${when.format(shift.startsAt)} to ${end} (${timeZone})`;
}
