import type { CreateShiftInput } from '../../../gql/graphql';
import { wallTimeToInstant } from '../../../time-zone/wall-time';
import { optionalText, type FieldErrors } from './field-errors';

/** The create-shift form; start and end are `<input type="datetime-local">` values in the organisation's zone. */
export interface ShiftValues {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  requiredSkillId: string;
  headcount: string;
  notes: string;
}

export const EMPTY_SHIFT: ShiftValues = { title: '', startsAt: '', endsAt: '', location: '', requiredSkillId: '', headcount: '1', notes: '' };

/** A datetime-local value ("2026-12-01T09:00") read in the organisation's zone; NaN when invalid. */
const wallTime = (value: string, timeZone: string): number => wallTimeToInstant(value, timeZone)?.getTime() ?? Number.NaN;

export function validateShift(values: ShiftValues, timeZone: string, now: number = Date.now()): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = 'Enter a title';
  if (!values.location.trim()) errors.location = 'Enter a location';
  const start = wallTime(values.startsAt, timeZone);
  const end = wallTime(values.endsAt, timeZone);
  if (Number.isNaN(start)) errors.startsAt = 'Enter a start date and time';
  else if (start < now) errors.startsAt = 'The start is in the past';
  if (Number.isNaN(end)) errors.endsAt = 'Enter an end date and time';
  else if (!Number.isNaN(start) && end <= start) errors.endsAt = 'The end must be after the start';
  const headcount = Number(values.headcount);
  if (!Number.isInteger(headcount) || headcount < 1) errors.headcount = 'Enter a whole number of workers, at least 1';
  return errors;
}

/**
 * The API wants instants: wall-clock times in the organisation's zone become ISO timestamps here,
 * once. A scheduler abroad still plans 09:00 at the site, not 09:00 where their browser is.
 */
export function toCreateShiftInput(values: ShiftValues, timeZone: string): CreateShiftInput {
  return {
    title: values.title.trim(),
    startsAt: wallTimeToInstant(values.startsAt, timeZone)!.toISOString(),
    endsAt: wallTimeToInstant(values.endsAt, timeZone)!.toISOString(),
    location: values.location.trim(),
    requiredSkillId: values.requiredSkillId || null,
    headcount: Number(values.headcount),
    notes: optionalText(values.notes),
  };
}
