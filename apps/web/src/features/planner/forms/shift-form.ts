import type { CreateShiftInput } from '../../../gql/graphql';
import { optionalText, type FieldErrors } from './field-errors';

/** The create-shift form; start and end are `<input type="datetime-local">` values in local time. */
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

/** A datetime-local value ("2026-12-01T09:00") read in the browser's time zone; NaN when invalid. */
const localTime = (value: string): number => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? new Date(value).getTime() : Number.NaN);

export function validateShift(values: ShiftValues, now: number = Date.now()): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = 'Enter a title';
  if (!values.location.trim()) errors.location = 'Enter a location';
  const start = localTime(values.startsAt);
  const end = localTime(values.endsAt);
  if (Number.isNaN(start)) errors.startsAt = 'Enter a start date and time';
  else if (start < now) errors.startsAt = 'The start is in the past';
  if (Number.isNaN(end)) errors.endsAt = 'Enter an end date and time';
  else if (!Number.isNaN(start) && end <= start) errors.endsAt = 'The end must be after the start';
  const headcount = Number(values.headcount);
  if (!Number.isInteger(headcount) || headcount < 1) errors.headcount = 'Enter a whole number of workers, at least 1';
  return errors;
}

/** The API wants instants: local wall-clock times become ISO timestamps here, once. */
export function toCreateShiftInput(values: ShiftValues): CreateShiftInput {
  return {
    title: values.title.trim(),
    startsAt: new Date(values.startsAt).toISOString(),
    endsAt: new Date(values.endsAt).toISOString(),
    location: values.location.trim(),
    requiredSkillId: values.requiredSkillId || null,
    headcount: Number(values.headcount),
    notes: optionalText(values.notes),
  };
}
