import { describe, expect, it } from 'vitest';
import { dayIn, wallTimeToInstant } from './wall-time';

describe('wall time in a zone', () => {
  it("reads 09:00 in the zone given, not the browser's", () => {
    expect(wallTimeToInstant('2027-01-15T09:00', 'Pacific/Auckland')?.toISOString()).toBe('2027-01-14T20:00:00.000Z');
    expect(wallTimeToInstant('2027-01-15T09:00', 'America/New_York')?.toISOString()).toBe('2027-01-15T14:00:00.000Z');
  });

  it('follows daylight saving changes on the date itself', () => {
    // Auckland leaves daylight saving time at 03:00 on 4 April 2027: +13 before, +12 after.
    expect(wallTimeToInstant('2027-04-04T01:00', 'Pacific/Auckland')?.toISOString()).toBe('2027-04-03T12:00:00.000Z');
    expect(wallTimeToInstant('2027-04-04T05:00', 'Pacific/Auckland')?.toISOString()).toBe('2027-04-03T17:00:00.000Z');
  });

  it('refuses what is not a datetime-local value', () => {
    expect(wallTimeToInstant('', 'UTC')).toBeNull();
    expect(wallTimeToInstant('2027-01-15', 'UTC')).toBeNull();
    expect(wallTimeToInstant('2027-13-45T09:00', 'UTC')).toBeNull();
  });

  it('names the day of a zone', () => {
    expect(dayIn('Pacific/Auckland', new Date('2027-01-14T23:30:00Z'))).toBe('2027-01-15');
    expect(dayIn('America/New_York', new Date('2027-01-14T23:30:00Z'))).toBe('2027-01-14');
  });
});
