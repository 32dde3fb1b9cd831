import { dayIn } from '../../time-zone/wall-time';

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatDate = (iso: string): string => date.format(new Date(iso));

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/**
 * "12 Jun 2026, 09:00 – 17:00" in the zone the schedule is planned in (the organisation's), or both
 * full dates when the shift crosses midnight there.
 */
export function formatRange(startIso: string, endIso: string, timeZone: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const inZone = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const sameDay = dayIn(timeZone, start) === dayIn(timeZone, new Date(end.getTime() - 1));
  return `${inZone.format(start)} – ${sameDay ? new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone }).format(end) : inZone.format(end)}`;
}

/**
 * A local date ("2026-12-01") as words. Read as UTC on purpose: it is a calendar day, not an
 * instant, and must not shift to the day before west of Greenwich.
 */
export const formatDay = (localDate: string): string => day.format(new Date(`${localDate}T00:00:00Z`));

export function formatDayRange(start: string, end: string): string {
  return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
