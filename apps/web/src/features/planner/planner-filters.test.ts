import { describe, expect, it } from 'vitest';
import { readPlannerFilters, toPlannerUserFilter, plannerFilterChange } from './hooks/use-planner-users-filters';

describe('planner users filters in the address', () => {
  it('reads search, affiliation and invite status and turns them into the API filter', () => {
    const values = readPlannerFilters(new URLSearchParams('q=%20ana%20&affiliation=EXTERNAL&status=HOLDING'));
    expect(values).toEqual({ search: ' ana ', affiliation: 'EXTERNAL', status: 'HOLDING' });
    expect(toPlannerUserFilter(values)).toEqual({ search: 'ana', affiliation: 'EXTERNAL', inviteStatus: 'HOLDING' });
  });

  it('treats unknown values from a hand-edited link as "any" and sends nulls', () => {
    const values = readPlannerFilters(new URLSearchParams('affiliation=PARTNER&status=deleted'));
    expect(toPlannerUserFilter(values)).toEqual({ search: null, affiliation: null, inviteStatus: null });
  });

  it('writes changes over the other parameters and removes emptied filters', () => {
    const params = new URLSearchParams('q=ana&status=ACTIVE&tab=x');
    plannerFilterChange({ status: '', affiliation: 'INTERNAL' })(params);
    expect(params.toString()).toBe('q=ana&tab=x&affiliation=INTERNAL');
  });
});
