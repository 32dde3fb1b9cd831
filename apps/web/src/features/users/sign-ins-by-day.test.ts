import { describe, expect, it } from 'vitest';
import { signInYear, utcDayAfter } from './sign-ins-by-day';

describe('a year of sign-ins per day', () => {
  it('fills the 365 days from the first with zeros and summarises them', () => {
    const year = signInYear('2025-12-07', [
      { day: '2025-12-07', signIns: 1 },
      { day: '2026-03-01', signIns: 4 },
      { day: '2026-06-01', signIns: 4 },
      { day: '2026-12-06', signIns: 2 },
    ]);
    expect(year.days).toHaveLength(365);
    expect(year.days[0]).toEqual({ day: '2025-12-07', signIns: 1 });
    expect(year.days[364]).toEqual({ day: '2026-12-06', signIns: 2 });
    expect(year.days.find((entry) => entry.day === '2026-02-28')).toEqual({ day: '2026-02-28', signIns: 0 });
    expect(year).toMatchObject({ total: 11, daysWithSignIns: 4, busiest: { day: '2026-03-01', signIns: 4 } });
  });

  it('has no busiest day in a year without sign-ins', () => {
    expect(signInYear('2025-12-07', [])).toMatchObject({ total: 0, daysWithSignIns: 0, busiest: null });
  });

  it('counts calendar days across a leap day in UTC', () => {
    expect(utcDayAfter('2028-02-28', 1)).toBe('2028-02-29');
    expect(utcDayAfter('2028-02-28', 2)).toBe('2028-03-01');
  });
});
