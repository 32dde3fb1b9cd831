import { describe, expect, it } from 'vitest';
import { checkTimeOffRange, daysInclusive, formatShiftTime, isLocalDate, localToday, shiftHours } from './dates';

describe('local dates', () => {
  it('accepts real calendar days only, without a time', () => {
    expect(isLocalDate('2026-12-01')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-12-01T09:00')).toBe(false);
    expect(isLocalDate('09:00-12:00')).toBe(false);
    expect(isLocalDate('')).toBe(false);
  });

  it("takes today from the worker's zone, not UTC or the browser's", () => {
    const lateUtc = new Date('2026-12-31T23:30:00Z');
    expect(localToday('UTC', lateUtc)).toBe('2026-12-31');
    expect(localToday('Pacific/Auckland', lateUtc)).toBe('2027-01-01');
    expect(localToday('America/New_York', new Date('2027-01-01T03:00:00Z'))).toBe('2026-12-31');
  });

  it('counts days with both ends included, across a daylight-saving change', () => {
    expect(daysInclusive('2026-03-28', '2026-03-30')).toBe(3);
    expect(daysInclusive('2026-12-01', '2026-12-01')).toBe(1);
    expect(daysInclusive('2026-12-02', '2026-12-01')).toBe(0);
  });
});

describe('checkTimeOffRange', () => {
  const today = '2026-06-10';

  it('accepts a range from today on', () => {
    expect(checkTimeOffRange('2026-06-10', '2026-06-12', today)).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(checkTimeOffRange('', '2026-06-12', today)?.field).toBe('startDate');
    expect(checkTimeOffRange('2026-06-09', '2026-06-12', today)).toEqual({ field: 'startDate', message: 'Time off cannot start in the past.' });
    expect(checkTimeOffRange('2026-06-12', '2026-06-11', today)).toEqual({ field: 'endDate', message: 'The last day cannot be before the first day.' });
    expect(checkTimeOffRange('2026-06-10', '2027-06-11', today)?.field).toBe('endDate');
    expect(checkTimeOffRange('2026-06-10', '2027-06-10', today)).toBeNull();
  });
});

describe('shift times', () => {
  it('shows one day for a day shift and both days for a night shift', () => {
    const day = formatShiftTime('2026-12-01T09:00:00Z', '2026-12-01T17:00:00Z', 'UTC');
    const night = formatShiftTime('2026-12-01T22:00:00Z', '2026-12-02T06:00:00Z', 'UTC');
    expect(day.split('–')).toHaveLength(2);
    expect(day.split('–')[1]?.trim()).toMatch(/^\d{2}:\d{2}/);
    expect(night.split('–')[1]?.trim()).not.toMatch(/^\d{2}:\d{2}/);
  });

  it("shows the times of the worker's zone", () => {
    const inAuckland = formatShiftTime('2027-01-14T23:30:00Z', '2027-01-15T07:30:00Z', 'Pacific/Auckland');
    // The browser's locale decides 12- or 24-hour clocks; the zone decides the hour.
    expect(inAuckland).toMatch(/(12:30|12:30 PM)/);
    expect(inAuckland.split('–')[1]?.trim()).toMatch(/^(20:30|08:30 PM)$/);
    const inNewYork = formatShiftTime('2027-01-14T23:30:00Z', '2027-01-15T07:30:00Z', 'America/New_York');
    expect(inNewYork).toMatch(/(18:30|06:30 PM)/);
    expect(inNewYork.split('–')[1]?.trim()).toMatch(/(02:30|02:30 AM)$/);
  });

  it('measures a shift in hours', () => {
    expect(shiftHours('2026-12-01T09:00:00Z', '2026-12-01T17:30:00Z')).toBe(8.5);
  });
});
