import { fromZonedTime } from 'date-fns-tz';

const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A `datetime-local` value ("2026-12-01T09:00") read in a zone, as an instant; null when it is not
 * such a value. The zone database decides the offset on that date, daylight saving time included.
 */
export function wallTimeToInstant(value: string, timeZone: string): Date | null {
  if (!WALL_TIME.test(value)) return null;
  const instant = fromZonedTime(value, timeZone);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The calendar day ("YYYY-MM-DD") it is in a zone at an instant. */
export function dayIn(timeZone: string, instant: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
