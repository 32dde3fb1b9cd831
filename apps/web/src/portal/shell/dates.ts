/** Whole days ("YYYY-MM-DD", as the API and `<input type="date">` spell them) and shift times. */
import { dayIn } from '../../time-zone/wall-time';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Noon UTC of a local date: arithmetic and formatting on it never cross a day boundary. */
function dayValue(value: string): number | null {
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day, 12);
  const date = new Date(time);
  // Rejects 2026-02-30, which Date.UTC would roll over to March.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null;
}

export function isLocalDate(value: string): boolean {
  return dayValue(value) !== null;
}

/**
 * Today on the worker's calendar: in their time zone (their own, else the organisation's), as the
 * server decides it, not the browser's: "today" at 00:30 in Auckland is not yesterday.
 */
export function localToday(timeZone: string, now: Date = new Date()): string {
  return dayIn(timeZone, now);
}

/** Days from start to end, both included; null when either is not a date. */
export function daysInclusive(start: string, end: string): number | null {
  const [from, to] = [dayValue(start), dayValue(end)];
  if (from === null || to === null) return null;
  return Math.round((to - from) / DAY_MS) + 1;
}

export const MAX_TIME_OFF_DAYS = 366;

export interface FieldProblem {
  field: 'startDate' | 'endDate';
  message: string;
}

/** The checks the API makes on a time-off request, so the form can say so before sending. */
export function checkTimeOffRange(start: string, end: string, today: string): FieldProblem | null {
  if (!isLocalDate(start)) return { field: 'startDate', message: 'Choose the first day.' };
  if (!isLocalDate(end)) return { field: 'endDate', message: 'Choose the last day.' };
  if (start < today) return { field: 'startDate', message: 'Time off cannot start in the past.' };
  const days = daysInclusive(start, end) ?? 0;
  if (days < 1) return { field: 'endDate', message: 'The last day cannot be before the first day.' };
  if (days > MAX_TIME_OFF_DAYS) return { field: 'endDate', message: `Ask for at most ${MAX_TIME_OFF_DAYS} days at a time.` };
  return null;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tue, 1 Dec 2026" for a local date; the value itself when it is not one. */
export function formatLocalDate(value: string): string {
  const time = dayValue(value);
  return time === null ? value : dayFormat.format(time);
}

export function formatDateRange(start: string, end: string): string {
  return start === end ? formatLocalDate(start) : `${formatLocalDate(start)} – ${formatLocalDate(end)}`;
}


/** "Tue, 1 Dec, 09:00 – 17:00" in the worker's zone, or both days when a night shift ends the next day there. */
export function formatShiftTime(startsAt: string, endsAt: string, timeZone: string): string {
  const [start, end] = [new Date(startsAt), new Date(endsAt)];
  const shiftDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
  const shiftTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone });
  const sameDay = dayIn(timeZone, start) === dayIn(timeZone, end);
  const from = `${shiftDay.format(start)}, ${shiftTime.format(start)}`;
  return sameDay ? `${from} – ${shiftTime.format(end)}` : `${from} – ${shiftDay.format(end)}, ${shiftTime.format(end)}`;
}

/** When something happened, on the worker's clock. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** Hours between two instants, for "8 h" next to a shift. */
export function shiftHours(startsAt: string, endsAt: string): number {
  return Math.round(((Date.parse(endsAt) - Date.parse(startsAt)) / 3_600_000) * 100) / 100;
}
