import { localDateIn } from '@access/domain';
import { BadUserInputError } from '../../kernel/errors.js';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A time of day anywhere in the value ("T09:00", "09:00-12:00"): the caller asked for part of a day. */
const HAS_TIME = /\d{1,2}:\d{2}|T\d/;

export const WHOLE_DAYS_MESSAGE = 'Availability is whole days: give a date like 2026-12-01 without a time';

/**
 * A calendar day as "YYYY-MM-DD", checked strictly: a time of day is refused with the whole-days
 * message, and impossible dates such as 2026-02-30 are refused too.
 */
export function parseLocalDate(field: string, value: string): string {
  const trimmed = value.trim();
  const match = LOCAL_DATE.exec(trimmed);
  if (!match) {
    if (HAS_TIME.test(trimmed)) throw new BadUserInputError(field, WHOLE_DAYS_MESSAGE, { reason: 'TIME_NOT_ALLOWED' });
    throw new BadUserInputError(field, 'Give a date like 2026-12-01');
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new BadUserInputError(field, `${trimmed} is not a day of the calendar`);
  }
  return trimmed;
}

/** Today's date in UTC: the server's one notion of "today" for expiry and availability. */
export function todayLocalDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Every day from `start` to `end`, both included. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The calendar days of a zone an interval touches (an end exactly at midnight does not touch the next day). */
export function daysTouched(startsAt: Date, endsAt: Date, timeZone: string): string[] {
  const lastInstant = new Date(endsAt.getTime() - 1);
  return daysBetween(localDateIn(timeZone, startsAt), localDateIn(timeZone, lastInstant));
}
