import { describe, expect, it } from 'vitest';
import { retryDelaySeconds } from '../retry-delay.js';

describe('the wait between delivery attempts', () => {
  it('doubles per attempt, between half and all of the doubled base', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelaySeconds(attempts, 30, () => 1))).toEqual([30, 60, 120, 240]);
    expect([1, 2, 3, 4].map((attempts) => retryDelaySeconds(attempts, 30, () => 0))).toEqual([15, 30, 60, 120]);
  });

  it('never waits more than an hour', () => {
    expect(retryDelaySeconds(40, 30, () => 1)).toBe(3600);
    expect(retryDelaySeconds(40, 30, () => 0)).toBe(1800);
  });
});
