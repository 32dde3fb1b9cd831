import { describe, expect, it } from 'vitest';
import { toCompensationInput, validateCompensation } from './compensation-form';
import { detailsValues, toDetailsInput, validateDetails } from './details-form';
import { toExternalUserInput, validateExternalUser } from './external-user-form';
import { normalizeRestrictions } from './restrictions';
import { EMPTY_SHIFT, toCreateShiftInput, validateShift } from './shift-form';
import { toWorkingHoursInput, validateWorkingHours, workingHoursValues } from './working-hours-form';

describe('add external planner user form', () => {
  it('needs a first name, a last name and an email address', () => {
    expect(validateExternalUser({ firstName: ' ', lastName: '', email: 'nope' })).toEqual({
      firstName: 'Enter a first name',
      lastName: 'Enter a last name',
      email: 'Enter an email address like name@example.com',
    });
    expect(validateExternalUser({ firstName: 'Ana', lastName: 'Silva', email: 'ana@example.com' })).toEqual({});
    expect(toExternalUserInput({ firstName: ' Ana ', lastName: 'Silva ', email: ' ana@example.com' })).toEqual({
      firstName: 'Ana',
      lastName: 'Silva',
      email: 'ana@example.com',
    });
  });
});

describe('worker details form', () => {
  it('keeps names required and sends empty optional fields as null', () => {
    const values = detailsValues({ firstName: 'Ana', lastName: null, phone: ' ' });
    expect(validateDetails(values)).toEqual({ lastName: 'Enter a last name' });
    expect(toDetailsInput({ ...values, lastName: 'Silva', address: ' 1 Quay St ' })).toEqual({
      firstName: 'Ana',
      lastName: 'Silva',
      phone: null,
      address: '1 Quay St',
      emergencyContactName: null,
      emergencyContactPhone: null,
    });
  });
});

describe('compensation form', () => {
  it('accepts a decimal rate with up to two decimals and a three-letter currency', () => {
    expect(validateCompensation({ payType: 'HOURLY', rate: '18.5', currency: 'eur' })).toEqual({});
    expect(toCompensationInput({ payType: 'HOURLY', rate: ' 18.5 ', currency: 'eur' })).toEqual({ payType: 'HOURLY', rate: '18.5', currency: 'EUR' });
    expect(Object.keys(validateCompensation({ payType: 'DAILY', rate: '18.505', currency: 'EURO' }))).toEqual(['rate', 'currency']);
    expect(Object.keys(validateCompensation({ payType: 'DAILY', rate: '-3', currency: 'EUR' }))).toEqual(['rate']);
  });
});

describe('working hours form', () => {
  it('starts from the API days, one row per weekday', () => {
    const values = workingHoursValues({ contractedHoursPerWeek: 20, maxHoursPerWeek: null, days: [{ weekday: 3, start: '08:00', end: '12:00' }] });
    expect(values.days.map((day) => day.works)).toEqual([false, false, true, false, false, false, false]);
    expect(values.contractedHoursPerWeek).toBe('20');
    expect(toWorkingHoursInput(values)).toEqual({ contractedHoursPerWeek: 20, maxHoursPerWeek: null, days: [{ weekday: 3, start: '08:00', end: '12:00' }] });
  });

  it('refuses an end before the start, bad times and a maximum below the contract', () => {
    const values = workingHoursValues({ contractedHoursPerWeek: 30, maxHoursPerWeek: 20, days: [] });
    values.days[0] = { weekday: 1, works: true, start: '17:00', end: '09:00' };
    values.days[1] = { weekday: 2, works: true, start: '9:00', end: '17:00' };
    values.days[2] = { weekday: 3, works: false, start: '17:00', end: '09:00' };
    expect(validateWorkingHours(values)).toEqual({
      maxHoursPerWeek: 'Maximum hours cannot be below the contracted hours',
      'day-1': 'The end must be after the start',
      'day-2': 'Enter times as HH:MM',
    });
  });
});

describe('restrictions', () => {
  it('drops blanks and repeats', () => {
    expect(normalizeRestrictions([' No night shifts ', '', 'no night shifts', 'Max 3 days in a row'])).toEqual(['No night shifts', 'Max 3 days in a row']);
  });
});

describe('create shift form', () => {
  const now = new Date('2026-06-01T08:00Z').getTime();
  const shift = { ...EMPTY_SHIFT, title: 'Night watch', location: 'Dock 4', startsAt: '2026-06-02T22:00', endsAt: '2026-06-03T06:00', headcount: '2' };

  it('accepts a shift that crosses midnight and sends instants', () => {
    expect(validateShift(shift, 'UTC', now)).toEqual({});
    const input = toCreateShiftInput({ ...shift, notes: '  ' }, 'UTC');
    expect(input).toMatchObject({ title: 'Night watch', location: 'Dock 4', requiredSkillId: null, headcount: 2, notes: null });
    expect(input.startsAt).toBe('2026-06-02T22:00:00.000Z');
    expect(input.endsAt).toMatch(/Z$/);
  });

  it("reads the times in the organisation's zone, whatever the browser's", () => {
    const input = toCreateShiftInput({ ...shift, startsAt: '2027-01-15T09:00', endsAt: '2027-01-15T17:00' }, 'Pacific/Auckland');
    expect(input).toMatchObject({ startsAt: '2027-01-14T20:00:00.000Z', endsAt: '2027-01-15T04:00:00.000Z' });
    // Across the end of daylight saving time in Auckland (03:00 on 4 April 2027) the offset changes from +13 to +12.
    const acrossChange = toCreateShiftInput({ ...shift, startsAt: '2027-04-03T22:00', endsAt: '2027-04-04T06:00' }, 'Pacific/Auckland');
    expect(acrossChange).toMatchObject({ startsAt: '2027-04-03T09:00:00.000Z', endsAt: '2027-04-03T18:00:00.000Z' });
  });

  it('refuses an end before the start, a past start, a missing title and a zero headcount', () => {
    expect(validateShift({ ...shift, endsAt: '2026-06-02T21:00' }, 'UTC', now)).toEqual({ endsAt: 'The end must be after the start' });
    expect(validateShift({ ...shift, startsAt: '2026-05-01T10:00', title: ' ', headcount: '0' }, 'UTC', now)).toEqual({
      title: 'Enter a title',
      startsAt: 'The start is in the past',
      headcount: 'Enter a whole number of workers, at least 1',
    });
  });
});
