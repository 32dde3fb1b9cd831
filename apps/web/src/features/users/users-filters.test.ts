import { describe, expect, it } from 'vitest';
import { readFilters, toApiFilter } from './hooks/use-users-filters';

describe('users list filters in the address', () => {
  it('reads every filter and turns it into the API filter', () => {
    const values = readFilters(new URLSearchParams('name=ravi&email=acme&role=r1&status=ACTIVE,INACTIVE,BOGUS&login=notWithin&days=90'));
    expect(values.status).toEqual(['ACTIVE', 'INACTIVE']);
    expect(toApiFilter(values)).toEqual({
      name: 'ravi',
      email: 'acme',
      roleId: 'r1',
      states: ['ACTIVE', 'INACTIVE'],
      loginActivity: { notWithinDays: 90 },
    });
  });

  it('sends nulls for empty filters and falls back to 30 days for a bad number', () => {
    expect(toApiFilter(readFilters(new URLSearchParams()))).toEqual({ name: null, email: null, roleId: null, states: null, loginActivity: null });
    expect(toApiFilter(readFilters(new URLSearchParams('login=within&days=-4'))).loginActivity).toEqual({ withinDays: 30 });
    expect(toApiFilter(readFilters(new URLSearchParams('login=never&days=5'))).loginActivity).toEqual({ never: true });
  });
});
