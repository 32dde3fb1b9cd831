import type { WorkingHoursInput } from '../../../gql/graphql';
import type { FieldErrors } from './field-errors';

/** One weekday row of the form: off, or a start and end time. */
export interface WorkingDayRow {
  weekday: number;
  works: boolean;
  start: string;
  end: string;
}

export interface WorkingHoursValues {
  contractedHoursPerWeek: string;
  maxHoursPerWeek: string;
  days: WorkingDayRow[];
}

const DEFAULT_START = '09:00';
const DEFAULT_END = '17:00';

export function workingHoursValues(hours: {
  contractedHoursPerWeek?: number | null;
  maxHoursPerWeek?: number | null;
  days: ReadonlyArray<{ weekday: number; start: string; end: string }>;
}): WorkingHoursValues {
  return {
    contractedHoursPerWeek: hours.contractedHoursPerWeek?.toString() ?? '',
    maxHoursPerWeek: hours.maxHoursPerWeek?.toString() ?? '',
    days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
      const day = hours.days.find((entry) => entry.weekday === weekday);
      return { weekday, works: Boolean(day), start: day?.start ?? DEFAULT_START, end: day?.end ?? DEFAULT_END };
    }),
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const HOURS_IN_WEEK = 168;

function hoursError(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const hours = Number(value);
  return Number.isFinite(hours) && hours >= 0 && hours <= HOURS_IN_WEEK ? undefined : `Enter hours between 0 and ${HOURS_IN_WEEK}`;
}

/** Errors by field; a weekday's error is keyed `day-<weekday>`. */
export function validateWorkingHours(values: WorkingHoursValues): FieldErrors {
  const errors: FieldErrors = {};
  const contracted = hoursError(values.contractedHoursPerWeek);
  const max = hoursError(values.maxHoursPerWeek);
  if (contracted) errors.contractedHoursPerWeek = contracted;
  if (max) errors.maxHoursPerWeek = max;
  if (!contracted && !max && values.contractedHoursPerWeek.trim() && values.maxHoursPerWeek.trim()) {
    if (Number(values.maxHoursPerWeek) < Number(values.contractedHoursPerWeek)) errors.maxHoursPerWeek = 'Maximum hours cannot be below the contracted hours';
  }
  for (const day of values.days) {
    if (!day.works) continue;
    if (!TIME.test(day.start) || !TIME.test(day.end)) errors[`day-${day.weekday}`] = 'Enter times as HH:MM';
    // "HH:MM" strings compare in time order.
    else if (day.end <= day.start) errors[`day-${day.weekday}`] = 'The end must be after the start';
  }
  return errors;
}

export function toWorkingHoursInput(values: WorkingHoursValues): WorkingHoursInput {
  const hours = (value: string) => (value.trim() ? Number(value) : null);
  return {
    contractedHoursPerWeek: hours(values.contractedHoursPerWeek),
    maxHoursPerWeek: hours(values.maxHoursPerWeek),
    days: values.days.filter((day) => day.works).map(({ weekday, start, end }) => ({ weekday, start, end })),
  };
}
