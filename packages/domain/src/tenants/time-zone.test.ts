import { describe, expect, it } from 'vitest';
import { effectiveTimeZone, isKnownTimeZone, listTimeZones, localDateIn } from './time-zone.js';

describe('time zones', () => {
  it('knows canonical IANA names and the aliases Intl resolves', () => {
    for (const zone of ['UTC', 'Europe/Amsterdam', 'Pacific/Auckland', 'America/New_York', 'Asia/Kolkata', 'Asia/Calcutta', 'US/Eastern']) expect(isKnownTimeZone(zone)).toBe(true);
  });

  it('refuses made-up names, offsets, blanks and padded names', () => {
    for (const zone of ['Mars/Olympus_Mons', 'Europe/Atlantis', '+02:00', 'GMT+2 ', '', ' UTC', 'utc;drop']) expect(isKnownTimeZone(zone)).toBe(false);
  });

  it('lists sorted canonical zones including UTC', () => {
    const zones = listTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Pacific/Auckland');
    expect([...zones].sort()).toEqual(zones);
  });

  it("falls back to the tenant's zone when a person has none", () => {
    expect(effectiveTimeZone(null, 'Pacific/Auckland')).toBe('Pacific/Auckland');
    expect(effectiveTimeZone('America/New_York', 'Pacific/Auckland')).toBe('America/New_York');
  });

  it('puts an instant on the calendar day of the zone', () => {
    const lateUtc = new Date('2026-12-01T23:30:00Z');
    expect(localDateIn('UTC', lateUtc)).toBe('2026-12-01');
    expect(localDateIn('Pacific/Auckland', lateUtc)).toBe('2026-12-02');
    expect(localDateIn('America/New_York', lateUtc)).toBe('2026-12-01');
    expect(localDateIn('America/New_York', new Date('2026-12-02T04:30:00Z'))).toBe('2026-12-01');
  });
});
