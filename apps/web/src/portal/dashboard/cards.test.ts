import { describe, expect, it } from 'vitest';
import { dashboardCards, PORTAL_CARDS } from './cards';

describe('dashboardCards', () => {
  it('keeps the order and the selection of the API (skills and certifications only when assigned)', () => {
    const cards = dashboardCards(['MY_SHIFTS', 'MY_PROFILE', 'CHANGE_PASSWORD'], { openOffers: 0, pendingReports: 0 });
    expect(cards.map((card) => card.title)).toEqual(['My Shifts', 'My Profile', 'Change Password']);
    expect(cards.every((card) => card.attention === undefined)).toBe(true);
  });

  it('counts open offers on My Shifts and pending reports on After-Shift Reports', () => {
    const cards = dashboardCards(['MY_SHIFTS', 'AFTER_SHIFT_REPORTS', 'MY_SKILLS'], { openOffers: 2, pendingReports: 1 });
    expect(cards.map((card) => card.attention)).toEqual(['2 open offers', '1 report to complete', undefined]);
  });

  it('gives every card its own page', () => {
    const paths = Object.values(PORTAL_CARDS).map((card) => card.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
